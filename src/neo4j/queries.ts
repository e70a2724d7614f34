// The Cypher govgraph runs, read from cypher/ (never built from values). Labels and types in the
// load templates come from schema/schema.json's whitelist.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isLabel, isRelationType } from '../graph/schema';

export const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');
export const SCHEMA_CYPHER = path.resolve(__dirname, '..', '..', 'schema', 'schema.cypher');

const cache = new Map<string, string>();

export function readCypher(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

/** The statements of a .cypher file: comments dropped, split on `;` at line ends. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n').trim())
    .filter(Boolean);
}

export function schemaStatements(): string[] {
  return statements(readCypher(SCHEMA_CYPHER));
}

export function mergeNodesQuery(label: string): string {
  if (!isLabel(label)) throw new Error(`mergeNodesQuery: label "${label}" is not in schema/schema.json`);
  return readCypher(path.join(CYPHER_DIR, 'load', 'merge-nodes.cypher')).replace('{{LABEL}}', label);
}

export function mergeRelationshipsQuery(type: string): string {
  if (!isRelationType(type)) throw new Error(`mergeRelationshipsQuery: type "${type}" is not in schema/schema.json`);
  return readCypher(path.join(CYPHER_DIR, 'load', 'merge-relationships.cypher')).replace('{{TYPE}}', type);
}

export function loadQuery(name: 'forget-article' | 'refresh-seen' | 'article-exists'): string {
  return readCypher(path.join(CYPHER_DIR, 'load', `${name}.cypher`));
}

// CSV files for `neo4j-admin database import full`: one nodes file per label, one relationships
// file per type, typed headers. Arrays use U+001F as delimiter (pass --array-delimiter=U+001F),
// because names and sentences may contain any printable character.
import * as path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { GovGraph } from '../graph';
import type { AttrValue } from '../types';
import { writeFileAtomic } from './atomic';
import { nodeRows, relationshipRows } from './rows';
import type { GraphWriter, WriteSummary } from './types';

export const ARRAY_DELIMITER = '\u001f';

function typed(name: string, values: Array<AttrValue | string[]>): string {
  if (values.some((v) => Array.isArray(v))) return `${name}:string[]`;
  if (values.every((v) => typeof v === 'number')) return `${name}:long`;
  if (values.every((v) => typeof v === 'boolean')) return `${name}:boolean`;
  return name;
}

function cell(value: AttrValue | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(ARRAY_DELIMITER) : String(value);
}

export function csvWriter(outDir: string): GraphWriter {
  return {
    name: 'csv',
    async write(graph: GovGraph): Promise<WriteSummary> {
      const dir = path.resolve(outDir, 'csv');
      const targets: string[] = [];
      for (const [label, rows] of nodeRows(graph)) {
        const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
        const header = ['id:ID', ':LABEL', 'name', 'aliases:string[]', ...keys.map((k) => typed(k, rows.map((r) => r.props[k]).filter((v) => v !== undefined)))];
        const body = rows.map((r) => [r.id, `Entity;${label}`, r.name, r.aliases.join(ARRAY_DELIMITER), ...keys.map((k) => cell(r.props[k]))]);
        const file = path.join(dir, `nodes-${label}.csv`);
        await writeFileAtomic(file, stringify([header, ...body]));
        targets.push(file);
      }
      for (const [type, rows] of relationshipRows(graph)) {
        const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
        const header = [
          ':START_ID', ':END_ID', ':TYPE', 'key', 'firstSeen', 'lastSeen',
          'evidenceKeys:string[]', 'evidenceDocIds:string[]', 'evidenceSentences:string[]', 'evidenceStarts:long[]', 'evidenceEnds:long[]', 'evidenceRules:string[]',
          ...keys.map((k) => typed(k, rows.map((r) => r.props[k]).filter((v): v is AttrValue => v !== undefined))),
        ];
        const body = rows.map((r) => [
          r.from, r.to, type, r.key, r.firstSeen ?? '', r.lastSeen ?? '',
          r.ev.keys.join(ARRAY_DELIMITER), r.ev.docIds.join(ARRAY_DELIMITER), r.ev.sentences.join(ARRAY_DELIMITER),
          r.ev.starts.join(ARRAY_DELIMITER), r.ev.ends.join(ARRAY_DELIMITER), r.ev.rules.join(ARRAY_DELIMITER),
          ...keys.map((k) => cell(r.props[k])),
        ]);
        const file = path.join(dir, `relationships-${type}.csv`);
        await writeFileAtomic(file, stringify([header, ...body]));
        targets.push(file);
      }
      return { writer: this.name, targets, nodes: graph.order, relationships: graph.size };
    },
  };
}

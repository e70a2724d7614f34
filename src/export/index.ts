// The file writers, in the order `govgraph build` runs them. All share the GraphWriter interface with
// the Neo4j writer (src/neo4j/writer.ts).
import { cypherScriptWriter } from './cypher-script';
import { csvWriter } from './csv';
import { graphmlWriter } from './graphml';
import { jsonWriter } from './json';
import type { GraphWriter } from './types';

/** Every file export of a graph into `outDir`: graph.json, import.cypher, csv/, graph.graphml and graph.gexf. */
export function fileWriters(outDir: string): GraphWriter[] {
  return [jsonWriter(outDir), cypherScriptWriter(outDir), csvWriter(outDir), graphmlWriter(outDir)];
}

export type { GraphWriter, WriteSummary } from './types';

// import.cypher: an idempotent script for Neo4j Browser or cypher-shell. It runs the very queries
// the driver load runs (cypher/load/*.cypher), with the rows written as escaped literals.
import * as path from 'node:path';
import type { GovGraph } from '../graph';
import { writeFileAtomic } from './atomic';
import { cypherLiteral, type CypherValue } from './cypher-literal';
import { mergeNodesQuery, mergeRelationshipsQuery, schemaStatements, statements } from '../neo4j/queries';
import { chunk, nodeRows, relationshipRows } from './rows';
import type { GraphWriter, WriteSummary } from './types';

const BATCH = 200;

export function importScript(graph: GovGraph): string {
  const out: string[] = [
    '// govgraph import script: idempotent (MERGE on ids), safe to run twice.',
    '// cypher-shell -f import.cypher   or paste into Neo4j Browser (multi-statement editor).',
  ];
  for (const s of schemaStatements()) out.push(s + ';');
  for (const [label, rows] of nodeRows(graph)) {
    const query = statements(mergeNodesQuery(label))[0]!;
    for (const batch of chunk(rows, BATCH)) out.push(withRows(query, batch as unknown as CypherValue[]));
  }
  for (const [type, rows] of relationshipRows(graph)) {
    const query = statements(mergeRelationshipsQuery(type))[0]!;
    for (const batch of chunk(rows, BATCH)) out.push(withRows(query, batch as unknown as CypherValue[]));
  }
  return out.join('\n') + '\n';
}

function withRows(query: string, rows: CypherValue[]): string {
  if (!query.includes('UNWIND $rows AS row')) throw new Error('import script: load query does not start with UNWIND $rows');
  return query.replace('UNWIND $rows AS row', () => `UNWIND ${cypherLiteral(rows)} AS row`) + ';';
}

export function cypherScriptWriter(outDir: string): GraphWriter {
  return {
    name: 'import.cypher',
    async write(graph: GovGraph): Promise<WriteSummary> {
      const file = path.resolve(outDir, 'import.cypher');
      await writeFileAtomic(file, importScript(graph));
      return { writer: this.name, targets: [file], nodes: graph.order, relationships: graph.size };
    },
  };
}

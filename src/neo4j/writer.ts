// The graph into Neo4j through the driver, as a GraphWriter like the file writers: schema first, then
// nodes, then relationships, in batches of `UNWIND $rows … MERGE` inside managed write transactions
// (retried on transient errors). Parameters only; writing the same graph twice changes nothing.
// Also here: removing one article and what only it supports.
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphWriter, WriteSummary } from '../export/types';
import { chunk, nodeRows, relationshipRows, type NodeRow, type RelationshipRow } from '../export/rows';
import type { GovGraph } from '../graph';
import { loadQuery, mergeNodesQuery, mergeRelationshipsQuery, schemaStatements, statements } from './queries';
import { integers } from './values';

export interface LoadOptions {
  database?: string;
  /** How the summary names the database (its URI); never includes credentials. */
  target?: string;
  batchSize?: number;
  /** Called after each batch with the running totals. */
  onProgress?: (done: { nodes: number; relationships: number }) => void;
}

export interface LoadSummary extends WriteSummary {
  batches: number;
  ms: number;
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // Two loads into a fresh database at once: they deadlock on the schema lock (executeWrite retries
    // that), and IF NOT EXISTS can still fail when the other creates the same rule first — which is done.
    for (const statement of schemaStatements()) {
      await session.executeWrite((tx) => tx.run(statement)).catch((err: unknown) => {
        if ((err as { code?: unknown }).code !== 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') throw err;
      });
    }
  } finally {
    await session.close();
  }
}

export interface Neo4jWriter extends GraphWriter {
  write(graph: GovGraph): Promise<LoadSummary>;
}

/** A writer into the database `driver` reaches. */
export function neo4jWriter(driver: Driver, options: LoadOptions = {}): Neo4jWriter {
  return { name: 'neo4j', write: (graph) => loadGraph(driver, graph, options) };
}

export async function loadGraph(driver: Driver, graph: GovGraph, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 1000;
  await applySchema(driver, options.database);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  const done = { nodes: 0, relationships: 0 };
  let batches = 0;
  try {
    for (const [label, rows] of nodeRows(graph)) {
      const query = statements(mergeNodesQuery(label))[0]!;
      for (const batch of chunk<NodeRow>(rows, batchSize)) {
        await session.executeWrite((tx) => tx.run(query, { rows: integers(batch) }));
        done.nodes += batch.length;
        batches++;
        options.onProgress?.(done);
      }
    }
    for (const [type, rows] of relationshipRows(graph)) {
      const query = statements(mergeRelationshipsQuery(type))[0]!;
      for (const batch of chunk<RelationshipRow>(rows, batchSize)) {
        await session.executeWrite((tx) => tx.run(query, { rows: integers(batch) }));
        done.relationships += batch.length;
        batches++;
        options.onProgress?.(done);
      }
    }
  } finally {
    await session.close();
  }
  return { writer: 'neo4j', targets: [options.target ?? 'neo4j'], ...done, batches, ms: Date.now() - started };
}

/** Remove one article and every fact supported only by it (see cypher/load/forget-article.cypher). */
export async function forgetArticle(driver: Driver, articleId: string, database?: string): Promise<{ found: boolean }> {
  const id = articleId.replace(/^Article:/, '');
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const exists = await session.executeRead((tx) => tx.run(statements(loadQuery('article-exists'))[0]!, { articleId: id }));
    const n = exists.records[0]?.get('n');
    if (!n || Number(n) === 0) return { found: false };
    await session.executeWrite((tx) => tx.run(statements(loadQuery('forget-article'))[0]!, { articleId: id }));
    await session.executeWrite((tx) => tx.run(statements(loadQuery('refresh-seen'))[0]!));
    return { found: true };
  } finally {
    await session.close();
  }
}

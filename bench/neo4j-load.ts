// Loading a graph into Neo4j through the driver (loadGraph): a first load to warm the server, then
// relationships per second for each batch size into an emptied database, then a re-load of the same
// graph (idempotent MERGE); on a local server started for the bench on free ports with a data folder
// of its own, stopped and removed after.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadGraph } from '../src/neo4j/writer';
import { relationshipRows } from '../src/export/rows';
import type { GovGraph } from '../src/graph';
import { freePort, startLocalServer } from '../src/neo4j/local-server';
import { build } from '../src/pipeline';
import { childMain } from './child';

export interface LoadRun {
  batchSize: number;
  /** The first load after the server started (cold JIT and caches), into an empty database, or again over the same graph. */
  kind: 'first' | 'empty' | 'reload';
  nodes: number;
  relationships: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  /** Schema statements, nodes and relationships: the whole loadGraph call. */
  totalSeconds: number;
  relationshipsPerSecond: number;
  /** Nodes and relationships in the database afterwards. */
  stored: { nodes: number; relationships: number };
}

export interface Neo4jResult {
  input: string;
  articles: number;
  buildSeconds: number;
  /** JSON size of the relationship rows sent (their evidence sentences are most of it). */
  relationshipPayloadBytes: number;
  serverStartSeconds: number;
  runs: LoadRun[];
}

// Emptying the bench's own throw-away database between runs, in batches the server's transaction
// memory can take (CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not
// executeQuery). Relationships first: DETACH DELETE of a hub node would take its hundreds of
// thousands of relationships in one batch and exceed the transaction memory pool.
const WIPE = [
  'MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS',
  'MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS',
];
const RELOAD_BATCH_SIZE = 1000;
const COUNT = 'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships';

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of WIPE) await session.run(statement);
  } finally {
    await session.close();
  }
}

async function stored(driver: Driver): Promise<LoadRun['stored']> {
  const { records } = await driver.executeQuery(COUNT);
  return { nodes: Number(records[0]!.get('nodes')), relationships: Number(records[0]!.get('relationships')) };
}

async function timedLoad(driver: Driver, graph: GovGraph, batchSize: number, kind: LoadRun['kind']): Promise<LoadRun> {
  const started = process.hrtime.bigint();
  let nodesDoneAt: bigint | undefined;
  const summary = await loadGraph(driver, graph, {
    batchSize,
    onProgress: ({ nodes, relationships }) => {
      if (nodes === graph.order && relationships === 0) nodesDoneAt = process.hrtime.bigint();
    },
  });
  const ended = process.hrtime.bigint();
  const relationshipStart = nodesDoneAt ?? started;
  const relationshipSeconds = Number(ended - relationshipStart) / 1e9;
  return {
    batchSize,
    kind,
    nodes: summary.nodes,
    relationships: summary.relationships,
    nodeSeconds: Number(relationshipStart - started) / 1e9,
    relationshipSeconds,
    totalSeconds: Number(ended - started) / 1e9,
    relationshipsPerSecond: summary.relationships / relationshipSeconds,
    stored: await stored(driver),
  };
}

export async function measureLoad(input: string, batchSizes: number[], onProgress: (done: number) => void): Promise<Neo4jResult> {
  const buildStarted = process.hrtime.bigint();
  let articles = 0;
  const { graph } = await build([input], {
    onDocument: () => {
      if (++articles % 100 === 0) onProgress(articles);
    },
  });
  const buildSeconds = Number(process.hrtime.bigint() - buildStarted) / 1e9;
  let relationshipPayloadBytes = 0;
  for (const rows of relationshipRows(graph).values()) for (const row of rows) relationshipPayloadBytes += Buffer.byteLength(JSON.stringify(row));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-bench-neo4j-'));
  const server = await startLocalServer({ dataDir, boltPort: await freePort(), httpPort: await freePort(), quiet: true }).catch((err: unknown) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  });
  const stop = () => server.stop().finally(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const onSignal = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const driver = neo4j.driver(server.boltUri, undefined, { userAgent: 'govgraph-bench' });
  try {
    const runs: LoadRun[] = [await timedLoad(driver, graph, RELOAD_BATCH_SIZE, 'first')];
    for (const batchSize of batchSizes) {
      await wipe(driver);
      runs.push(await timedLoad(driver, graph, batchSize, 'empty'));
    }
    // The last load left the graph in place: the same graph again, with loadGraph's default batch size.
    runs.push(await timedLoad(driver, graph, RELOAD_BATCH_SIZE, 'reload'));
    return { input, articles, buildSeconds, relationshipPayloadBytes, serverStartSeconds: server.startupMs / 1000, runs };
  } finally {
    await driver.close();
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (require.main === module) {
  childMain(([input, batches], progress) => measureLoad(input!, batches!.split(',').map(Number), progress));
}

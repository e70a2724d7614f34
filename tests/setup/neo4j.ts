// Global setup of the `neo4j` test project: a throw-away Neo4j on free loopback ports with its data
// in a temporary folder, stopped and removed after the run. With NEO4J_URI set in the environment,
// that server is used instead — only if it holds nothing but govgraph's own nodes, since tests wipe it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalServer, type ServerHandle } from '../../src/neo4j/local-server';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Browser URL of the throw-away server; '' for a server named by NEO4J_URI. */
  browserUrl: string;
  external: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export { freePort };

async function assertOnlyGovgraphData(conn: TestNeo4j): Promise<void> {
  const driver = neo4j.driver(conn.uri, conn.password ? neo4j.auth.basic(conn.user, conn.password) : undefined);
  try {
    const result = await driver.executeQuery('MATCH (n) WHERE NOT n:Entity RETURN count(n) AS foreign', {}, { database: conn.database });
    const foreign = result.records[0]!.get('foreign').toNumber();
    if (foreign > 0) {
      throw new Error(`NEO4J_URI=${conn.uri} holds ${foreign} node(s) govgraph did not write; the tests wipe the database, so point NEO4J_URI at an empty one`);
    }
  } finally {
    await driver.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  if (env.NEO4J_URI) {
    const conn: TestNeo4j = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || 'neo4j',
      browserUrl: '',
      external: true,
    };
    await assertOnlyGovgraphData(conn);
    project.provide('neo4j', conn);
    return async () => {};
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-test-neo4j-'));
  let handle: ServerHandle | undefined;
  try {
    handle = await startLocalServer({ dataDir, boltPort: await freePort(), httpPort: await freePort(), quiet: true });
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  project.provide('neo4j', { uri: handle.boltUri, user: 'neo4j', password: '', database: 'neo4j', browserUrl: handle.browserUrl, external: false });
  const server = handle;
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

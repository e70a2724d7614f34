// Neo4j going away, refusing us or fighting over locks, against real servers: clear one-line
// messages with exit codes and no secrets (the same for every command), the authentication rate limit
// and a rejected query named as such, a load killed halfway and re-run ends identical to a clean
// load, transient errors are retried, and a server with authentication takes the whole load.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Neo4jError } from '../../src/errors';
import { verifyConnection, type Connection } from '../../src/neo4j/connection';
import { loadGraph } from '../../src/neo4j/writer';
import { startLocalServer, type ServerHandle } from '../../src/neo4j/local-server';
import type { BuildResult } from '../../src/pipeline';
import { govgraph } from '../helpers/cli';
import { dumpDatabase } from '../helpers/dump';
import { resetDatabase, testDriver } from '../helpers/neo4j';
import { buildSeeds } from '../helpers/seeds';
import { freePort } from '../setup/neo4j';

const local = !inject('neo4j').external;
const tempDirs: string[] = [];
const servers: ServerHandle[] = [];

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

async function server(options: { dataDir?: string; authPassword?: string } = {}): Promise<ServerHandle> {
  const handle = await startLocalServer({
    dataDir: options.dataDir ?? tempDir('govgraph-fault-'),
    boltPort: await freePort(),
    httpPort: await freePort(),
    authPassword: options.authPassword,
    quiet: true,
  });
  servers.push(handle);
  return handle;
}

let seeds: BuildResult;
beforeAll(async () => {
  seeds = await buildSeeds();
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** stderr as lines, without npm/node noise. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.trim() !== '');
}

describe('server down at start', () => {
  it('the main job says so in one line, exits 3, and the file exports are complete', async () => {
    const out = tempDir('govgraph-out-');
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const run = await govgraph(['run', 'seeds', '--out', out], { NEO4J_URI: uri });
    expect(run.code).toBe(3);
    const lines = errorLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^govgraph: cannot reach Neo4j at ${uri}: .+\\[E_NEO4J_UNAVAILABLE\\]$`));
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')) as { nodes: unknown[] };
    expect(graph.nodes).toHaveLength(seeds.graph.order);
  });
});

describe.runIf(local)('a server with authentication', () => {
  const password = 'Sekret-pass-9';
  let auth: ServerHandle;
  beforeAll(async () => {
    auth = await server({ authPassword: password });
  });

  // First: the right password, before any wrong one could trip the server's lockout.
  it('takes the whole load through the main job when the password is right', async () => {
    const out = tempDir('govgraph-out-');
    const run = await govgraph(['run', 'seeds', '--out', out], { NEO4J_URI: auth.boltUri, NEO4J_PASSWORD: password });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Loaded into Neo4j at ${auth.boltUri}: ${seeds.graph.order} nodes, ${seeds.graph.size} relationships`);
    expect(run.stdout).not.toContain(password);
    const driver = neo4j.driver(auth.boltUri, neo4j.auth.basic('neo4j', password));
    const result = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    await driver.close();
    expect(result.records[0]!.get('n').toNumber()).toBe(seeds.graph.order);
  });

  it('refuses no password with a one-line message saying one is needed', async () => {
    const run = await govgraph(['report', 'hubs'], { NEO4J_URI: auth.boltUri });
    expect(run.code).toBe(3);
    expect(errorLines(run.stderr)).toEqual([
      `govgraph: Neo4j at ${auth.boltUri} refused the credentials: the server needs a password: set NEO4J_PASSWORD (and NEO4J_USER if not neo4j) [E_NEO4J_AUTH]`,
    ]);
  });

  it('refuses a wrong password with a one-line message that prints neither password', async () => {
    const wrong = 'wrong-pass-7';
    const run = await govgraph(['report', 'hubs'], { NEO4J_URI: auth.boltUri, NEO4J_PASSWORD: wrong });
    expect(run.code).toBe(3);
    expect(errorLines(run.stderr)).toEqual([
      `govgraph: Neo4j at ${auth.boltUri} refused the credentials: check NEO4J_USER (neo4j) and NEO4J_PASSWORD [E_NEO4J_AUTH]`,
    ]);
    expect(run.stdout + run.stderr).not.toContain(wrong);
    expect(run.stdout + run.stderr).not.toContain(password);
  });

  it('forget with a wrong password says so in the same one line and exit code, no stack', async () => {
    const wrong = 'wrong-pass-8';
    const run = await govgraph(['forget', 'Article:0123456789abcdef'], { NEO4J_URI: auth.boltUri, NEO4J_PASSWORD: wrong });
    expect(errorLines(run.stderr)).toEqual([
      `govgraph: Neo4j at ${auth.boltUri} refused the credentials: check NEO4J_USER (neo4j) and NEO4J_PASSWORD [E_NEO4J_AUTH]`,
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });

  // Last in this block: it leaves user neo4j locked out for a few seconds.
  it('names the authentication rate limit as such, not as wrong credentials', async () => {
    // Neo4j refuses a user for 5 s after 3 failed attempts (dbms.security.auth_max_failed_attempts).
    const conn: Connection = { uri: auth.boltUri, user: 'neo4j', password: 'wrong-pass-9', database: 'neo4j', source: 'env' };
    const codes: string[] = [];
    for (let attempt = 0; attempt < 6 && !codes.includes('E_NEO4J_RATE_LIMIT'); attempt++) {
      const err = await verifyConnection(conn).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(Neo4jError);
      codes.push((err as Neo4jError).code);
      if ((err as Neo4jError).code === 'E_NEO4J_RATE_LIMIT') {
        expect((err as Neo4jError).message).toBe(
          `Neo4j at ${auth.boltUri} refuses to authenticate for now: too many failed attempts (authentication rate limit); wait a few seconds, then check NEO4J_USER (neo4j) and NEO4J_PASSWORD`,
        );
      }
    }
    expect(codes).toContain('E_NEO4J_AUTH');
    expect(codes.at(-1)).toBe('E_NEO4J_RATE_LIMIT');
  });
});

describe('a query the server rejects', () => {
  it('is a query error with its own code and exit 2, not "cannot reach"', async () => {
    const { uri, user, password } = inject('neo4j');
    const run = await govgraph(['report', 'hubs', '--param', 'limit=-1'], { NEO4J_URI: uri, NEO4J_USER: user, ...(password ? { NEO4J_PASSWORD: password } : {}) });
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^govgraph: Neo4j at ${uri} rejected the query: .+ \\(Neo\\.ClientError\\.[A-Za-z.]+\\) \\[E_NEO4J_QUERY\\]$`))]);
    expect(run.code).toBe(2);
  });
});

describe.runIf(local)('a server killed in the middle of a load', () => {
  it('after a restart, re-running the load gives the same graph as a clean load', async () => {
    const dataDir = tempDir('govgraph-killed-');
    const first = await server({ dataDir });
    // A dead server is a transient error too: the driver would retry it for 30 s; 1 s is enough here.
    let driver = neo4j.driver(first.boltUri, undefined, { maxTransactionRetryTime: 1000 });
    let batches = 0;
    const interrupted = loadGraph(driver, seeds.graph, {
      batchSize: 5,
      onProgress: () => {
        if (++batches === 12) process.kill(first.pid, 'SIGKILL');
      },
    });
    await expect(interrupted).rejects.toThrow();
    await driver.close().catch(() => undefined);
    expect(batches).toBeGreaterThanOrEqual(12);

    const restarted = await server({ dataDir });
    driver = neo4j.driver(restarted.boltUri);
    const partial = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    // Something was committed before the kill, not everything.
    expect(partial.records[0]!.get('n').toNumber()).toBeGreaterThan(0);
    await loadGraph(driver, seeds.graph);
    const recovered = await dumpDatabase(driver);
    await driver.close();

    const clean = testDriver();
    await resetDatabase(clean);
    await loadGraph(clean, seeds.graph, { database: inject('neo4j').database });
    const expected = await dumpDatabase(clean);
    await clean.close();
    expect(recovered).toEqual(expected);
  });
});

describe('transient errors', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('a deadlock between two managed transactions is retried by the driver until both commit', async () => {
    const database = inject('neo4j').database;
    await resetDatabase(driver);
    await driver.executeQuery("CREATE (:Lock {id: 'a', n: 0}), (:Lock {id: 'b', n: 0})", {}, { database });
    let attempts = 0;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const crossing = (first: string, second: string) => {
      const session = driver.session({ database });
      return session
        .executeWrite(async (tx) => {
          attempts++;
          await tx.run('MATCH (l:Lock {id: $id}) SET l.n = l.n + 1', { id: first });
          await sleep(500);
          await tx.run('MATCH (l:Lock {id: $id}) SET l.n = l.n + 1', { id: second });
        })
        .finally(() => session.close());
    };
    await Promise.all([crossing('a', 'b'), crossing('b', 'a')]);
    // Neo4j broke the deadlock by failing one transaction (a transient error); it was run again.
    expect(attempts).toBeGreaterThanOrEqual(3);
    const result = await driver.executeQuery('MATCH (l:Lock) RETURN l.id AS id, l.n AS n ORDER BY id', {}, { database });
    expect(result.records.map((r) => [r.get('id'), r.get('n').toNumber()])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('two loads of the same graph at once end as one load', async () => {
    const database = inject('neo4j').database;
    await resetDatabase(driver);
    await loadGraph(driver, seeds.graph, { database });
    const once = await dumpDatabase(driver);
    await resetDatabase(driver);
    await Promise.all([loadGraph(driver, seeds.graph, { database, batchSize: 20 }), loadGraph(driver, seeds.graph, { database, batchSize: 20 })]);
    expect(await dumpDatabase(driver)).toEqual(once);
  });
});

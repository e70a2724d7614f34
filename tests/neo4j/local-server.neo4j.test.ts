// The local Neo4j launcher: answers through neo4j-driver, serves the Browser, listens on loopback
// only, keeps its data across a restart and reports its status honestly: two starts at once end
// with one server both use, and a record naming a dead pid is cleaned by status, stop and start.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localServerStatus, startLocalServer, stopLocalServer } from '../../src/neo4j/local-server';
import { freePort } from '../setup/neo4j';
import { govgraph, neo4jCtl } from '../helpers/cli';
import { testDriver } from '../helpers/neo4j';
import { seedFile } from '../helpers/seeds';

/** Local addresses (hex, as in /proc/net/tcp) of the sockets listening on `port`. */
function listenAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hexPort}`)) out.push(local.split(':')[0]!);
    }
  }
  return out;
}

describe('the test server', () => {
  it('answers a query through neo4j-driver', async () => {
    const driver = testDriver();
    try {
      const result = await driver.executeQuery('RETURN 40 + 2 AS answer');
      expect(result.records[0]!.get('answer').toNumber()).toBe(42);
    } finally {
      await driver.close();
    }
  });
});

describe('the local launcher', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-launcher-'));
  afterAll(async () => {
    await stopLocalServer(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.runIf(!inject('neo4j').external)('serves Bolt and the Browser on 127.0.0.1 only, and keeps the graph across a restart', async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    const first = await startLocalServer({ dataDir, boltPort, httpPort, quiet: true });
    expect(first.boltUri).toBe(`bolt://127.0.0.1:${boltPort}`);
    const status = localServerStatus(dataDir);
    expect(status.running && status.pid).toBe(first.pid);

    // 127.0.0.1 in /proc/net/tcp's byte order, plain or IPv4-mapped (::ffff:127.0.0.1, Java's
    // usual socket); nothing listens on 0.0.0.0 or ::.
    const loopback = ['0100007F', '0000000000000000FFFF00000100007F'];
    for (const port of [boltPort, httpPort]) {
      const addresses = listenAddresses(port);
      expect(addresses.length).toBeGreaterThan(0);
      for (const a of addresses) expect(loopback).toContain(a);
    }
    const page = await fetch(first.browserUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Neo4j Browser</title>');

    let driver = neo4j.driver(first.boltUri);
    await driver.executeQuery("CREATE (:Probe {note: '重启后仍在'})");
    await driver.close();
    await first.stop();
    expect(localServerStatus(dataDir).running).toBe(false);

    const second = await startLocalServer({ dataDir, boltPort, httpPort, quiet: true });
    driver = neo4j.driver(second.boltUri);
    const result = await driver.executeQuery('MATCH (p:Probe) RETURN p.note AS note');
    await driver.close();
    await second.stop();
    expect(result.records.map((r) => r.get('note'))).toEqual(['重启后仍在']);
  });
});

/** The pids of every launcher JVM serving dataDir (from /proc), recorded or not. */
function launchersOn(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args.includes('govgraph.LocalNeo4j') && args[args.indexOf('--home') + 1] === dataDir) pids.push(Number(entry));
  }
  return pids;
}

/** Stops every launcher on dataDir, recorded or not, so no JVM outlives the test. */
async function killLaunchersOn(dataDir: string): Promise<void> {
  for (const pid of launchersOn(dataDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  while (launchersOn(dataDir).length > 0) await new Promise((r) => setTimeout(r, 100));
}

/** A pid that just belonged to a process that has exited: a real dead pid. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

function record(dataDir: string): { pid: number } | undefined {
  const file = path.join(dataDir, 'server.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number }) : undefined;
}

async function writeDeadRecord(dataDir: string, boltPort: number, httpPort: number): Promise<number> {
  const pid = await deadPid();
  fs.writeFileSync(path.join(dataDir, 'server.json'), JSON.stringify({ pid, boltPort, httpPort, startedAt: new Date().toISOString(), auth: false }));
  return pid;
}

describe.runIf(!inject('neo4j').external)('two starts at once', () => {
  const dataDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-race-')));
  const outs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-race-out-')));
  afterAll(async () => {
    await killLaunchersOn(dataDir);
    for (const dir of [dataDir, ...outs]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('two `run`s with the server stopped both load, into one server that one of them started', async () => {
    const env = { GOVGRAPH_NEO4J_DIR: dataDir, GOVGRAPH_BOLT_PORT: String(await freePort()), GOVGRAPH_HTTP_PORT: String(await freePort()) };
    const runs = await Promise.all(outs.map((out) => govgraph(['run', seedFile('001'), '--out', out], env)));
    for (const run of runs) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Loaded into Neo4j at bolt://127.0.0.1:${env.GOVGRAPH_BOLT_PORT}:`);
    }
    expect(runs.filter((run) => run.stdout.includes('govgraph: started local Neo4j'))).toHaveLength(1);
    const launchers = launchersOn(dataDir);
    expect(launchers).toHaveLength(1);
    expect(record(dataDir)?.pid).toBe(launchers[0]);
  });
});

describe.runIf(!inject('neo4j').external)('a server.json naming a dead pid', () => {
  const dataDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-dead-')));
  afterAll(async () => {
    await killLaunchersOn(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('with no server: status and stop say none runs and remove it', async () => {
    const env = { GOVGRAPH_NEO4J_DIR: dataDir };
    await writeDeadRecord(dataDir, await freePort(), await freePort());
    const status = await neo4jCtl('status', env);
    expect(status.stdout).toMatch(/^local Neo4j is not running/);
    expect(status.code).toBe(1);
    expect(record(dataDir)).toBeUndefined();
    await writeDeadRecord(dataDir, await freePort(), await freePort());
    const stop = await neo4jCtl('stop', env);
    expect(stop.stdout).toMatch(/^no local Neo4j running/);
    expect(stop.code).toBe(0);
    expect(record(dataDir)).toBeUndefined();
  });

  // Two starts raced, or a start was killed: our own launcher serves the folder, the record names a
  // dead pid. Status finds and records it, start uses it (no "port in use"), stop stops it.
  it('with our own server still running: status, start and stop find it through the dead record', async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    const env = { GOVGRAPH_NEO4J_DIR: dataDir, GOVGRAPH_BOLT_PORT: String(boltPort), GOVGRAPH_HTTP_PORT: String(httpPort) };
    const server = await startLocalServer({ dataDir, boltPort, httpPort, quiet: true });

    await writeDeadRecord(dataDir, boltPort, httpPort);
    const status = await neo4jCtl('status', env);
    expect(status.stdout).toContain(`local Neo4j running: pid ${server.pid}`);
    expect(status.code).toBe(0);
    expect(record(dataDir)?.pid).toBe(server.pid);

    await writeDeadRecord(dataDir, boltPort, httpPort);
    const start = await neo4jCtl('start', env);
    expect(start.stderr).toBe('');
    expect(start.stdout).toContain(`Neo4j already running (pid ${server.pid}): bolt://127.0.0.1:${boltPort}`);
    expect(start.code).toBe(0);
    expect(launchersOn(dataDir)).toEqual([server.pid]);

    await writeDeadRecord(dataDir, boltPort, httpPort);
    const stop = await neo4jCtl('stop', env);
    expect(stop.stdout).toContain(`stopped local Neo4j (pid ${server.pid})`);
    expect(stop.code).toBe(0);
    expect(launchersOn(dataDir)).toEqual([]);
    expect(record(dataDir)).toBeUndefined();
  });
});

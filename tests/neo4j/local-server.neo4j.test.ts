// The local Neo4j launcher: answers through neo4j-driver, serves the Browser, listens on loopback
// only, keeps its data across a restart and reports its status honestly.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { localServerStatus, startLocalServer, stopLocalServer } from '../../src/neo4j/local-server';
import { freePort } from '../setup/neo4j';
import { testDriver } from '../helpers/neo4j';

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

// Loading the graph into the real Neo4j: idempotent, equal to the import.cypher script, incremental,
// and `forget` removes exactly what only the forgotten article supports.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Graph from 'graphology';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { importScript } from '../../src/export/cypher-script';
import { fileWriters, type GraphWriter } from '../../src/export';
import { forgetArticle, loadGraph, neo4jWriter } from '../../src/neo4j/writer';
import type { EdgeAttributes, GovGraph, GraphAttributes, NodeAttributes } from '../../src/graph';
import { build, type BuildResult } from '../../src/pipeline';
import { dumpDatabase, type Dump } from '../helpers/dump';
import { count, resetDatabase, testDriver } from '../helpers/neo4j';
import { buildSeeds, seedFile, seedFiles } from '../helpers/seeds';

const database = () => inject('neo4j').database;

/** Runs import.cypher the way cypher-shell does: statement by statement (each ends with ";" at a line end). */
async function runScript(driver: Driver, script: string): Promise<void> {
  const session = driver.session({ database: database() });
  try {
    for (const statement of script.split(/;\n/).map((s) => s.trim()).filter((s) => s && !/^(\/\/[^\n]*\n?)+$/.test(s))) {
      await session.run(statement);
    }
  } finally {
    await session.close();
  }
}

/**
 * Facts only: the ids of the nodes and each relationship's key with its evidence keys. Evidence is a
 * set: an incremental load appends in load order, so the keys are compared sorted.
 */
function facts(dump: Dump): { nodes: string[]; relationships: string[] } {
  return {
    nodes: dump.nodes.map((n) => String(n.props.id)).sort(),
    relationships: dump.relationships.map((r) => `${r.type} ${r.props.key} ${JSON.stringify([...(r.props.evidenceKeys as string[])].sort())}`).sort(),
  };
}

describe('loading the seed graph', () => {
  let driver: Driver;
  let seeds: BuildResult;

  beforeAll(async () => {
    driver = testDriver();
    seeds = await buildSeeds();
  });
  afterAll(async () => {
    await driver.close();
  });
  beforeEach(async () => {
    await resetDatabase(driver);
  });

  it('every writer, files and Neo4j alike, takes the graph through one interface and reports what it wrote', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-writers-'));
    try {
      const writers: GraphWriter[] = [...fileWriters(out), neo4jWriter(driver, { database: database(), target: 'bolt://test' })];
      for (const writer of writers) {
        const summary = await writer.write(seeds.graph);
        expect(summary.writer).toBe(writer.name);
        expect([summary.nodes, summary.relationships]).toEqual([seeds.graph.order, seeds.graph.size]);
        for (const target of summary.targets) if (writer.name !== 'neo4j') expect(fs.statSync(target).size).toBeGreaterThan(0);
      }
      expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(seeds.graph.order);
      expect(JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')).nodes).toHaveLength(seeds.graph.order);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('gives the counts of graph.json, and the same graph when loaded twice', async () => {
    const first = await loadGraph(driver, seeds.graph, { database: database(), batchSize: 50 });
    expect(first.nodes).toBe(seeds.graph.order);
    expect(first.relationships).toBe(seeds.graph.size);
    expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(seeds.graph.order);
    expect(await count(driver, 'MATCH ()-[r]->() RETURN count(r)')).toBe(seeds.graph.size);
    const once = await dumpDatabase(driver);

    await loadGraph(driver, seeds.graph, { database: database() });
    expect(await dumpDatabase(driver)).toEqual(once);
  });

  it('import.cypher builds the same graph as the driver load, and is idempotent too', async () => {
    await loadGraph(driver, seeds.graph, { database: database() });
    const viaDriver = await dumpDatabase(driver);
    await resetDatabase(driver);
    const script = importScript(seeds.graph);
    await runScript(driver, script);
    expect(await dumpDatabase(driver)).toEqual(viaDriver);
    await runScript(driver, script);
    expect(await dumpDatabase(driver)).toEqual(viaDriver);
  });

  it('loads incrementally: four seeds and then the fifth hold the facts of all five loaded at once', async () => {
    const fifth = seedFile('001');
    const others = seedFiles().filter((f) => f !== fifth);
    await loadGraph(driver, (await build(others)).graph, { database: database() });
    await loadGraph(driver, (await build([fifth])).graph, { database: database() });
    const incremental = facts(await dumpDatabase(driver));
    await resetDatabase(driver);
    await loadGraph(driver, seeds.graph, { database: database() });
    expect(incremental).toEqual(facts(await dumpDatabase(driver)));
  });

  it('forget removes exactly the facts only the forgotten article supports', async () => {
    const forgotten = seedFile('001');
    const others = seedFiles().filter((f) => f !== forgotten);
    await loadGraph(driver, (await build(others)).graph, { database: database() });
    const withoutIt = facts(await dumpDatabase(driver));
    const positionsWithoutIt = await driver.executeQuery(
      'MATCH (o)-[h:HOLDS_POSITION]->(p) RETURN h.key AS key, h.firstSeen AS first, h.lastSeen AS last ORDER BY key',
      {},
      { database: database() },
    );

    await resetDatabase(driver);
    await loadGraph(driver, seeds.graph, { database: database() });
    const article = [...seeds.resolved.articles.values()].find((a) => path.basename(a.path) === path.basename(forgotten))!;
    expect(await forgetArticle(driver, article.id, database())).toEqual({ found: true });
    expect(facts(await dumpDatabase(driver))).toEqual(withoutIt);
    const positions = await driver.executeQuery(
      'MATCH (o)-[h:HOLDS_POSITION]->(p) RETURN h.key AS key, h.firstSeen AS first, h.lastSeen AS last ORDER BY key',
      {},
      { database: database() },
    );
    expect(positions.records.map((r) => r.toObject())).toEqual(positionsWithoutIt.records.map((r) => r.toObject()));
    expect(await forgetArticle(driver, article.id, database())).toEqual({ found: false });
  });

  it('forget drops merge candidates that point at the nodes it deletes, and keeps the others', async () => {
    await loadGraph(driver, seeds.graph, { database: database() });
    const before = await candidateLists(driver);
    const article = [...seeds.resolved.articles.values()].find((a) => path.basename(a.path) === path.basename(seedFile('001')))!;
    await forgetArticle(driver, article.id, database());
    const after = await candidateLists(driver);
    const left = new Set((await driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id', {}, { database: database() })).records.map((r) => r.get('id') as string));
    // Seed 001 alone names a candidate of a node other seeds keep: the case under test is there.
    expect([...before].some(([id, pairs]) => left.has(id) && pairs.some(([c]) => !left.has(c)))).toBe(true);
    const expected = new Map(
      [...before]
        .filter(([id]) => left.has(id))
        .map(([id, pairs]) => [id, pairs.filter(([c]) => left.has(c))] as const)
        .filter(([, pairs]) => pairs.length > 0),
    );
    expect(after).toEqual(expected);
  });
});

/** Each node's merge candidates as [candidate, reason] pairs, read from the two parallel lists. */
async function candidateLists(driver: Driver): Promise<Map<string, Array<[string, string]>>> {
  const result = await driver.executeQuery(
    'MATCH (n:Entity) WHERE n.mergeCandidates IS NOT NULL RETURN n.id AS id, n.mergeCandidates AS ids, n.mergeCandidateReasons AS reasons ORDER BY id',
    {},
    { database: database() },
  );
  return new Map(
    result.records.map((r) => {
      const ids = r.get('ids') as string[];
      const reasons = r.get('reasons') as string[];
      expect(reasons).toHaveLength(ids.length);
      return [r.get('id') as string, ids.map((c, i) => [c, reasons[i]!] as [string, string])];
    }),
  );
}

describe('values that look like Cypher', () => {
  // Names and sentences are data: quotes, backslashes, backticks, braces, comments and $params
  // must come back exactly as written from the driver load and from import.cypher.
  const NASTY = [
    "O'Brien \"quoted\" back\\slash `tick` })-[:X]->(n) // comment $param",
    "'; MATCH (n) DETACH DELETE n; //",
    '\\u0027 \\\' \\" \n new line \t tab',
    '=HYPERLINK("http://x") <script>alert(1)</script> **bold** | pipe',
  ];

  function nastyGraph(): GovGraph {
    const graph: GovGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true });
    NASTY.forEach((name, i) => {
      graph.addNode(`Company:${name}`, { label: 'Company', name, aliases: [`${name} alias`] });
      graph.addNode(`Article:${i}`, { label: 'Article', name: `article ${i}`, aliases: [], title: name, path: `${name}.txt`, datePrecision: 'unknown' });
      graph.addDirectedEdgeWithKey(`MENTIONED_IN|Company:${name}|Article:${i}|`, `Company:${name}`, `Article:${i}`, {
        type: 'MENTIONED_IN',
        evidence: [{ docId: String(i), sentence: `${name}。`, start: 0, end: name.length + 1, ruleId: 'test.nasty' }],
      });
    });
    return graph;
  }

  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  async function readBack(): Promise<Array<{ name: string; aliases: string[]; sentence: string }>> {
    const result = await driver.executeQuery(
      'MATCH (c:Company)-[r:MENTIONED_IN]->() RETURN c.name AS name, c.aliases AS aliases, r.evidenceSentences[0] AS sentence ORDER BY name',
      {},
      { database: database() },
    );
    return result.records.map((r) => ({ name: r.get('name'), aliases: r.get('aliases'), sentence: r.get('sentence') }));
  }

  const expected = [...NASTY].sort().map((name) => ({ name, aliases: [`${name} alias`], sentence: `${name}。` }));

  it('round-trip unchanged through the driver load', async () => {
    await resetDatabase(driver);
    await loadGraph(driver, nastyGraph(), { database: database() });
    expect(await readBack()).toEqual(expected);
    expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(NASTY.length * 2);
  });

  it('round-trip unchanged through import.cypher', async () => {
    await resetDatabase(driver);
    await runScript(driver, importScript(nastyGraph()));
    expect(await readBack()).toEqual(expected);
    expect(await count(driver, 'MATCH (n) RETURN count(n)')).toBe(NASTY.length * 2);
  });
});

// Loading the graph into the real Neo4j: idempotent, equal to the import.cypher script, incremental,
// lists that are sets (merge candidates, article paths, aliases, evidence) unioned in any load order
// and under concurrent loads, and `forget` removes exactly what only the forgotten article supports.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Graph from 'graphology';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { importScript } from '../../src/export/cypher-script';
import { fileWriters, type GraphWriter } from '../../src/export';
import { applySchema, forgetArticle, loadGraph, neo4jWriter } from '../../src/neo4j/writer';
import { mergeNodesQuery, mergeRelationshipsQuery, statements } from '../../src/neo4j/queries';
import { integers } from '../../src/neo4j/values';
import type { NodeRow, RelationshipRow } from '../../src/export/rows';
import type { EdgeAttributes, GovGraph, GraphAttributes, NodeAttributes } from '../../src/graph';
import { build, type BuildResult } from '../../src/pipeline';
import { dumpDatabase, type Dump } from '../helpers/dump';
import { count, resetDatabase, testDriver } from '../helpers/neo4j';
import { buildSeeds, SEEDS_DIR, seedFile, seedFiles } from '../helpers/seeds';
import { makeArticles } from '../../bench/corpus';

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

describe('two corpora loaded into one database', () => {
  // The seeds with 40 generated articles (bench/), and 40 other generated articles with a copy of
  // seed 001 under another name: of similar size, so that two loads at once reach the same labels
  // together; they share places, hundreds of projects with merge candidates on both sides,
  // relationships and one article.
  let driver: Driver;
  let left: GovGraph;
  let right: GovGraph;
  const dirs: string[] = [];

  async function corpus(seed: string): Promise<string> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `govgraph-corpus-${seed}-`));
    dirs.push(dir);
    for await (const article of makeArticles(40, seed)) fs.writeFileSync(path.join(dir, `${article.id}.txt`), article.text);
    return dir;
  }

  beforeAll(async () => {
    driver = testDriver();
    left = (await build([SEEDS_DIR, await corpus('left')])).graph;
    const other = await corpus('right');
    fs.copyFileSync(seedFile('001'), path.join(other, 'copy-of-seed-001.txt'));
    right = (await build([other])).graph;
  });
  afterAll(async () => {
    await driver.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function loadInSequence(first: GovGraph, second: GovGraph): Promise<Dump> {
    await resetDatabase(driver);
    await loadGraph(driver, first, { database: database() });
    await loadGraph(driver, second, { database: database() });
    return dumpDatabase(driver);
  }

  it('holds the union of both merge candidate lists and both paths of the shared article, whichever loads first', async () => {
    const leftFirst = await loadInSequence(left, right);
    const candidates = await candidateLists(driver);
    const paths = await driver.executeQuery('MATCH (a:Article) WHERE size(a.path) > 1 RETURN a.path AS path', {}, { database: database() });
    expect(await loadInSequence(right, left)).toEqual(leftFirst);

    let shared = 0;
    left.forEachNode((id, attrs) => {
      if (!right.hasNode(id)) return;
      const union = new Set([...((attrs.mergeCandidates as string[]) ?? []), ...((right.getNodeAttribute(id, 'mergeCandidates') as string[]) ?? [])]);
      if (union.size === 0) return;
      shared++;
      expect(new Set(candidates.get(id)!.map(([c]) => c))).toEqual(union);
    });
    expect(shared).toBeGreaterThan(100);
    expect(paths.records.map((r) => (r.get('path') as string[]).map((p) => path.basename(p)).sort())).toEqual([[path.basename(seedFile('001')), 'copy-of-seed-001.txt'].sort()]);
  });

  it('end, loaded at once, in the graph the same two loads give in sequence (no update lost)', async () => {
    const sequence = await loadInSequence(left, right);
    // Small batches so that many transactions of the two loads touch the same nodes at the same time.
    for (const batchSize of [5, 10, 20, 40]) {
      await resetDatabase(driver);
      await Promise.all([
        loadGraph(driver, left, { database: database(), batchSize }),
        loadGraph(driver, right, { database: database(), batchSize }),
      ]);
      expect(await dumpDatabase(driver)).toEqual(sequence);
    }
  });
});

describe('a load that waits for another load\'s lock', () => {
  // One load's batch holds a node or relationship (its transaction open); the other's batch on the
  // same one waits, then must read the lists after the first commits, or it writes back what it
  // read before and drops the first one's entry (a lost update). Deterministic: the waiting
  // transaction is seen blocked in SHOW TRANSACTIONS before the first commits.
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  const project = (candidate: string): NodeRow => ({
    id: 'Project:District:370116:凯傲智能叉车',
    name: '凯傲智能叉车',
    aliases: [],
    props: { mergeCandidates: [`Project:District:${candidate}:凯傲智能叉车`], mergeCandidateReasons: [`same name (${candidate})`] },
  });
  const article = (file: string): NodeRow => ({ id: 'Article:0123456789abcdef', name: '标题', aliases: [], props: { title: '标题', path: file, datePrecision: 'unknown' } });
  const partOf = (docId: string): RelationshipRow => ({
    key: 'PART_OF|District:370116|City:3701|',
    from: 'District:370116',
    to: 'City:3701',
    props: {},
    firstSeen: null,
    lastSeen: null,
    ev: { keys: [`${docId}:0:9:test.part-of`], docIds: [docId], sentences: ['济南市莱芜区。'], starts: [0], ends: [9], rules: ['test.part-of'] },
  });
  const places: NodeRow[] = [
    { id: 'District:370116', name: '莱芜区', aliases: [], props: {} },
    { id: 'City:3701', name: '济南市', aliases: [], props: {} },
  ];

  const CASES: Array<{ what: string; query: string; rows: (which: 'a' | 'b' | 'c') => unknown[]; read: string; expected: unknown }> = [
    {
      what: 'merge candidates, with their reasons',
      query: mergeNodesQuery('Project'),
      rows: (w) => [project({ a: '370103', b: '370113', c: '370114' }[w])],
      read: 'MATCH (n:Project) RETURN [n.mergeCandidates, n.mergeCandidateReasons] AS lists',
      expected: [
        ['370103', '370113', '370114'].map((c) => `Project:District:${c}:凯傲智能叉车`),
        ['same name (370103)', 'same name (370113)', 'same name (370114)'],
      ],
    },
    {
      what: "an article's paths",
      query: mergeNodesQuery('Article'),
      rows: (w) => [article(`${w}.txt`)],
      read: 'MATCH (n:Article) RETURN n.path AS lists',
      expected: ['a.txt', 'b.txt', 'c.txt'],
    },
    {
      what: "a relationship's evidence",
      query: mergeRelationshipsQuery('PART_OF'),
      rows: (w) => [partOf(w)],
      read: 'MATCH ()-[r:PART_OF]->() RETURN [r.evidenceDocIds, r.evidenceKeys] AS lists',
      expected: [['a', 'b', 'c'], ['a', 'b', 'c'].map((d) => `${d}:0:9:test.part-of`)],
    },
  ];

  it.each(CASES)('keeps every entry of $what', async ({ query, rows, read, expected }) => {
    await resetDatabase(driver);
    await applySchema(driver, database());
    const statement = statements(query)[0]!;
    const run = (tx: { run: (q: string, p: Record<string, unknown>) => Promise<unknown> }, w: 'a' | 'b' | 'c') => tx.run(statement, { rows: integers(rows(w)) });
    await driver.executeQuery(statements(mergeNodesQuery('District'))[0]!, { rows: places.slice(0, 1) }, { database: database() });
    await driver.executeQuery(statements(mergeNodesQuery('City'))[0]!, { rows: places.slice(1) }, { database: database() });
    await run({ run: (q, p) => driver.executeQuery(q, p, { database: database() }) }, 'a');

    const holding = driver.session({ database: database() });
    const waiting = driver.session({ database: database() });
    try {
      const first = await holding.beginTransaction();
      await run(first, 'b');
      const second = await waiting.beginTransaction();
      let done = false;
      const waited = run(second, 'c').then(() => (done = true));
      while (!done && (await count(driver, "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*)")) === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await first.commit();
      await waited;
      await second.commit();
    } finally {
      await holding.close();
      await waiting.close();
    }
    const result = await driver.executeQuery(read, {}, { database: database() });
    expect(result.records.map((r) => r.get('lists'))).toEqual([expected]);
  });
});

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

// Every canned report against the real Neo4j holding the seed graph. Expected rows are read off the
// seed articles: who holds which post, which company works on which project, who attended what.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadGraph } from '../../src/neo4j/writer';
import { report, reports, resolveParams } from '../../src/report/catalog';
import { runReport, type Cell, type ReportResult } from '../../src/report/run';
import { resetDatabase, testDriver } from '../helpers/neo4j';
import { buildSeeds } from '../helpers/seeds';

let driver: Driver;

async function run(name: string, params: string[] = []): Promise<Array<Record<string, Cell>>> {
  const def = report(name);
  const result: ReportResult = await runReport(driver, def, resolveParams(def, params), inject('neo4j').database);
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null])));
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadGraph(driver, (await buildSeeds()).graph, { database: inject('neo4j').database });
});
afterAll(async () => {
  await driver.close();
});

describe('canned reports over the seed graph', () => {
  it.each([...reports().keys()])('%s runs with its default parameters', async (name) => {
    const rows = await run(name);
    expect(Array.isArray(rows)).toBe(true);
  });

  it('officials-by-district: 莱芜区 had 马保岭 as 区委书记 (2019 round-up) and 秦蕾 as 区委副书记 and 区长 (2020-09-13)', async () => {
    const rows = await run('officials-by-district', ['district=莱芜区']);
    expect(rows.map((r) => [r.official, r.title, r.lastSeen]).sort()).toEqual([
      ['秦蕾', '区委副书记', '2020-09-13'],
      ['秦蕾', '区长', '2020-09-13'],
      ['马保岭', '区委书记', '2019'],
    ]);
  });

  it('officials-by-district with asOf leaves out what was seen later', async () => {
    const all = await run('officials-by-district');
    const before2020 = await run('officials-by-district', ['asOf=2019-12-31']);
    expect(before2020.length).toBeGreaterThan(0);
    expect(before2020.length).toBeLessThan(all.length);
    expect(before2020.every((r) => String(r.firstSeen) <= '2019-12-31')).toBe(true);
  });

  it('post-history: 钢城区委书记 was 武树华 (2019 article) and later 邓颂 (seed 001), in date order', async () => {
    const rows = await run('post-history', ['district=钢城区']);
    expect(rows.map((r) => [r.official, r.firstSeen])).toEqual([
      ['武树华', '2019'],
      ['邓颂', '2021'],
    ]);
    expect(String(rows[1]!.evidence)).toContain('代表中国共产党济南市钢城区委员会向大会作报告');
  });

  it('post-history with from/to keeps only the holders seen in that window', async () => {
    const rows = await run('post-history', ['district=钢城区', 'from=2020', 'to=2030']);
    expect(rows.map((r) => r.official)).toEqual(['邓颂']);
  });

  it('projects-by-district: 莱芜区 has the heavy-truck project attended by 刘家义, and the pharma park with its tenant', async () => {
    const rows = await run('projects-by-district', ['district=莱芜区']);
    const truck = rows.find((r) => r.project === '智能网联重卡项目');
    expect(truck, 'the heavy-truck project').toBeDefined();
    expect(truck!.phases).toBe('一期,二期');
    expect(truck!.attendedBy).toEqual(['刘家义 2020-02-12']);
    const park = rows.find((r) => r.project === '医药产业园');
    expect(park!.companies).toEqual(['华润江中集团 (tenant)']);
    expect(rows.every((r) => r.district === '莱芜区')).toBe(true);
  });

  it('company-footprint: 九羊集团 partners with 东北大学 (seed 000)', async () => {
    const rows = await run('company-footprint', ['name=九羊集团']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.partners).toEqual(['东北大学']);
  });

  it('official-company-paths: 秦蕾 reaches 华润江中集团 through 莱芜区 and the pharma park, every hop cited', async () => {
    const rows = await run('official-company-paths', ['name=秦蕾']);
    const path = rows.find((r) => r.company === '华润江中集团');
    expect(path, 'a path to 华润江中集团').toBeDefined();
    expect(path!.hops).toBe(3);
    const steps = path!.steps as string[];
    expect(steps).toHaveLength(3);
    // Evidence quotes the article as written: seed 000 is traditional (華潤江中集團).
    expect(steps[0]).toMatch(/^秦蕾 -\[HOLDS_POSITION\]- 莱芜区: .*秦蕾/);
    expect(steps[1]).toMatch(/^莱芜区 -\[LOCATED_IN\]- 医药产业园: .+/);
    expect(steps[2]).toMatch(/^医药产业园 -\[INVOLVED_IN\]- 华润江中集团: .*華潤江中集團/);
  });

  it('evidence: every fact about 秦蕾 comes from the 2020-09-13 article and has a sentence naming her', async () => {
    const rows = await run('evidence', ['name=秦蕾']);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const facts = new Map<string, string[]>();
    for (const r of rows) {
      expect(r.date).toBe('2020-09-13');
      expect(String(r.article)).toContain('莱芜区加快建设省会城市副中心');
      // Taking part in the article's event rests on two sentences: hers, and the one naming what the
      // event was about; every other fact on a sentence that names her.
      if (!String(r.sentence).includes('秦蕾')) expect(String(r.rule)).toMatch(/^attended\.(?:event|visit)$/);
      const key = `${String(r.fact)} ${String(r.other)}`;
      facts.set(key, [...(facts.get(key) ?? []), String(r.sentence)]);
    }
    for (const [fact, sentences] of facts) expect(sentences.some((s) => s.includes('秦蕾')), fact).toBe(true);
  });

  it('hubs: the most connected come first', async () => {
    const rows = await run('hubs', ['limit=5']);
    expect(rows).toHaveLength(5);
    const neighbours = rows.map((r) => Number(r.neighbours));
    expect([...neighbours].sort((a, b) => b - a)).toEqual(neighbours);
    expect(rows[0]!.name).toBe('刘家义');
  });

  it('name-clashes: the two 市中区 side by side, told apart by code and city', async () => {
    const rows = await run('name-clashes');
    const clashes = rows.filter((r) => r.kind === 'same name' && r.a === '市中区').map((r) => r.b);
    expect(clashes).toEqual(['District:370103 in 济南市', 'District:370402 in 枣庄市']);
    expect(rows.some((r) => r.kind === 'merge candidate')).toBe(true);
  });
});

// "How are A and B connected": shortest paths over relationships only, every hop cited. On the
// seeds, an official and a company tied to a project of the official's district; on hand-made
// graphs, the path search itself.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GovGraph } from '../../src/graph';
import { explain, findEntities, LANGS, renderExplanation } from '../../src/summarize';
import { buildSeeds, SEEDS_DIR } from '../helpers/seeds';
import { citationsIn, evidenceIn, handMadeGraph, originalTexts, readSummary } from './helpers';

describe('explain on the seed graph', () => {
  let graph: GovGraph;
  let texts: Map<string, string>;
  const only = (name: string): string => {
    const ids = findEntities(graph, name);
    expect(ids, name).toHaveLength(1);
    return ids[0]!;
  };

  beforeAll(async () => {
    graph = (await buildSeeds()).graph;
    texts = await originalTexts([SEEDS_DIR]);
  });

  // Seed 000, checked by hand: 萊蕪區委副書記、區長秦蕾 (秦蕾 holds posts in 莱芜区); the article is
  // about 莱芜区 and says 醫藥產業園二期投入使用,中國OTC行業領先企業華潤江中集團強勢入駐 (the company
  // moved into the district's pharmaceutical park). So 秦蕾 and 华润江中集团 are connected in 3 hops.
  it('connects 秦蕾 to 华润江中集团 through 莱芜区 and 医药产业园', () => {
    const official = only('秦蕾');
    const company = only('华润江中集团');
    const result = explain(graph, official, company);
    expect(result.hops).not.toBeNull();
    expect(result.hops!).toBeLessThanOrEqual(3);
    expect(result.paths.length).toBeGreaterThan(0);
    expect(result.total).toBeGreaterThanOrEqual(result.paths.length);
    for (const path of result.paths) {
      expect(path[0]).toBe(official);
      expect(path.at(-1)).toBe(company);
      expect(path).toHaveLength(result.hops! + 1);
      for (const id of path) expect(graph.getNodeAttribute(id, 'label')).not.toBe('Article');
    }
    if (result.hops === 3) {
      const district = findEntities(graph, '莱芜区').find((id) => id.startsWith('District:'))!;
      const park = findEntities(graph, '医药产业园')[0]!;
      expect(result.paths).toContainEqual([official, district, park, company]);
    }
  });

  it.each(LANGS)('%s: each hop is a cited sentence whose citations resolve to the article text', (lang) => {
    const result = explain(graph, only('秦蕾'), only('华润江中集团'));
    const markdown = renderExplanation(graph, result, lang);
    const { body, sources } = readSummary(markdown);
    const hops = body.filter((line) => /^\d+\. /.test(line));
    expect(hops).toHaveLength(result.hops! * result.paths.length);
    for (const hop of hops) {
      const cited = citationsIn(hop);
      expect(cited.length, hop).toBeGreaterThan(0);
      for (const n of cited) {
        const source = sources.get(n)!;
        expect(texts.get(source.articleId)!.slice(source.start, source.end)).toBe(source.sentence);
      }
    }
    expect(hops[0]).toContain(lang === 'zh' ? '秦蕾' : 'Qin Lei');
    expect(hops.at(-1)).toContain('华润江中集团');
  });
});

describe('explain on hand-made graphs', () => {
  const text = '甲乙任东湖区区长。东湖产业园位于东湖区。丙丁集团入驻东湖产业园。西湖区与丙丁集团签约。';
  const ev = (sentence: string) => [evidenceIn('00000000000000bb', text, sentence)];
  const nodes: Parameters<typeof handMadeGraph>[0] = [
    ['Article:00000000000000bb', { label: 'Article', name: 'A', title: '东湖新闻', datePrecision: 'unknown' }],
    ['Official:9901:甲乙', { label: 'Official', name: '甲乙' }],
    ['Official:9901:戊己', { label: 'Official', name: '戊己' }],
    ['City:3701', { label: 'City', name: '济南市', level: 'city' }],
    ['District:990101', { label: 'District', name: '东湖区', level: 'county', parentCode: '3701' }],
    ['District:990102', { label: 'District', name: '西湖区', level: 'county', parentCode: '3701' }],
    ['Project:District:990101:东湖产业园', { label: 'Project', name: '东湖产业园' }],
    ['Company:丙丁集团', { label: 'Company', name: '丙丁集团' }],
  ];
  const graph = handMadeGraph(nodes, [
    ['Official:9901:甲乙', 'District:990101', { type: 'HOLDS_POSITION', title: '区长', evidence: ev('甲乙任东湖区区长。') }],
    ['Project:District:990101:东湖产业园', 'District:990101', { type: 'LOCATED_IN', evidence: ev('东湖产业园位于东湖区。') }],
    ['Company:丙丁集团', 'Project:District:990101:东湖产业园', { type: 'INVOLVED_IN', role: 'tenant', evidence: ev('丙丁集团入驻东湖产业园。') }],
    ['District:990102', 'Company:丙丁集团', { type: 'SIGNED_WITH', evidence: ev('西湖区与丙丁集团签约。') }],
    // 戊己 is only named in the same article: that is no connection
    ['Official:9901:戊己', 'Article:00000000000000bb', { type: 'MENTIONED_IN', evidence: ev('甲乙任东湖区区长。') }],
    ['Official:9901:甲乙', 'Article:00000000000000bb', { type: 'MENTIONED_IN', evidence: ev('甲乙任东湖区区长。') }],
  ]);

  it.each([
    ['Official:9901:甲乙', 'District:990101', 1, [['Official:9901:甲乙', 'District:990101']]],
    ['Official:9901:甲乙', 'Company:丙丁集团', 3, [['Official:9901:甲乙', 'District:990101', 'Project:District:990101:东湖产业园', 'Company:丙丁集团']]],
    ['District:990102', 'District:990101', 3, [['District:990102', 'Company:丙丁集团', 'Project:District:990101:东湖产业园', 'District:990101']]],
    ['Official:9901:甲乙', 'District:990102', 4, [['Official:9901:甲乙', 'District:990101', 'Project:District:990101:东湖产业园', 'Company:丙丁集团', 'District:990102']]],
  ])('%s → %s: %i hops, against edge direction too', (from, to, hops, paths) => {
    expect(explain(graph, from, to)).toMatchObject({ hops, total: paths.length, paths });
  });

  it('does not count being named in one article as a connection', () => {
    expect(explain(graph, 'Official:9901:戊己', 'Official:9901:甲乙')).toMatchObject({ hops: null, total: 0, paths: [] });
  });

  it('looks no further than maxHops', () => {
    expect(explain(graph, 'Official:9901:甲乙', 'District:990102', { maxHops: 3 }).hops).toBeNull();
    expect(renderExplanation(graph, explain(graph, 'Official:9901:甲乙', 'District:990102', { maxHops: 3 }), 'en')).toContain(
      'No connection between Jia Yi and Xihu District, Jinan within 3 hops',
    );
  });

  it('counts every shortest path and lists at most maxPaths', () => {
    // a diamond: 甲乙 and 戊己 both hold posts in 东湖区 and in 西湖区
    const diamond = handMadeGraph(nodes, [
      ['Official:9901:甲乙', 'District:990101', { type: 'HOLDS_POSITION', title: '区长', evidence: ev('甲乙任东湖区区长。') }],
      ['Official:9901:甲乙', 'District:990102', { type: 'HOLDS_POSITION', title: '区长', evidence: ev('甲乙任东湖区区长。') }],
      ['Official:9901:戊己', 'District:990101', { type: 'HOLDS_POSITION', title: '区委书记', evidence: ev('甲乙任东湖区区长。') }],
      ['Official:9901:戊己', 'District:990102', { type: 'HOLDS_POSITION', title: '区委书记', evidence: ev('甲乙任东湖区区长。') }],
    ]);
    expect(explain(diamond, 'Official:9901:甲乙', 'Official:9901:戊己')).toMatchObject({ hops: 2, total: 2 });
    const capped = explain(diamond, 'Official:9901:甲乙', 'Official:9901:戊己', { maxPaths: 1 });
    expect(capped).toMatchObject({ hops: 2, total: 2 });
    expect(capped.paths).toHaveLength(1);
    expect(renderExplanation(diamond, capped, 'en')).toContain('2 shortest paths of 2 hops (articles do not count as links). The first 1 are shown.');
  });

  it.each([
    ['zh', ['未注明日期的报道称甲乙任济南市东湖区区长[1]。', '东湖产业园位于济南市东湖区[2]。', '丙丁集团为东湖产业园的入驻企业[3]。']],
    [
      'en',
      [
        'An undated article names Jia Yi as District Mayor (head of Donghu District), Jinan (东湖区区长) [1].',
        'The project 东湖产业园 is located in Donghu District, Jinan [2].',
        'The company 丙丁集团 is a tenant of the project 东湖产业园 [3].',
      ],
    ],
  ] as const)('%s: one cited sentence a hop', (lang, sentences) => {
    const markdown = renderExplanation(graph, explain(graph, 'Official:9901:甲乙', 'Company:丙丁集团'), lang);
    const hops = markdown.split('\n').filter((line) => /^\d+\. /.test(line) && !line.includes('“'));
    expect(hops).toEqual(sentences.map((s, i) => `${i + 1}. ${s}`));
  });
});

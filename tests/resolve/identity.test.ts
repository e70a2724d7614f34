// Identity over the seed corpus: the same entity from several articles is one node, same-name units
// are told apart by code, positions are facts observed at dates, and every merge says why.
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/pipeline';
import { buildSeeds } from '../helpers/seeds';

let seeds: BuildResult;
beforeAll(async () => {
  seeds = await buildSeeds();
});

/** The seed files whose articles a node is MENTIONED_IN. */
function mentionedIn(id: string): string[] {
  return seeds.graph
    .outEdges(id)
    .filter((e) => seeds.graph.getEdgeAttribute(e, 'type') === 'MENTIONED_IN')
    .map((e) => path.basename(String(seeds.graph.getNodeAttribute(seeds.graph.target(e), 'path'))).slice(0, 3))
    .sort();
}

describe('identity', () => {
  it('the two 市中区 are two nodes with their codes, each part of its own city', () => {
    const nodes = seeds.graph.filterNodes((_, a) => a.label === 'District' && a.name === '市中区').sort();
    expect(nodes).toEqual(['District:370103', 'District:370402']);
    const parent = (id: string) => seeds.graph.outNeighbors(id).filter((n) => seeds.graph.getNodeAttribute(n, 'label') === 'City');
    expect(parent('District:370103')).toEqual(['City:3701']);
    expect(parent('District:370402')).toEqual(['City:3704']);
    // seed 003 is about Jinan's 市中区, seed 004 about Zaozhuang's
    expect(mentionedIn('District:370103')).toContain('003');
    expect(mentionedIn('District:370402')).toEqual(['004']);
  });

  it('莱芜区, named in three articles, is one node', () => {
    expect(seeds.graph.filterNodes((_, a) => a.name === '莱芜区')).toEqual(['District:370116']);
    expect(mentionedIn('District:370116')).toEqual(['000', '001', '002']);
  });

  it('short forms resolve to the full unit (历下 → 历下区, 济南 → 济南市)', () => {
    expect(seeds.graph.getNodeAttribute('District:370102', 'name')).toBe('历下区');
    expect(seeds.graph.getNodeAttribute('City:3701', 'name')).toBe('济南市');
    expect(seeds.graph.filterNodes((_, a) => a.name === '历下' || a.name === '济南')).toEqual([]);
  });

  it('the ids are deterministic: a second build gives the same nodes and edges', async () => {
    const { build } = await import('../../src/pipeline');
    const again = await build([path.resolve(__dirname, '..', '..', 'seeds')]);
    expect(again.graph.nodes()).toEqual(seeds.graph.nodes());
    expect(again.graph.edges()).toEqual(seeds.graph.edges());
    expect(JSON.stringify(again.graph.export())).toBe(JSON.stringify(seeds.graph.export()));
  });
});

describe('positions over time', () => {
  it('钢城区委书记: 武树华 seen in the 2019 round-up, 邓颂 in seed 001 (dated by its text no earlier than 2021)', () => {
    const holders = seeds.graph
      .filterEdges((_, a, __, target) => a.type === 'HOLDS_POSITION' && a.title === '区委书记' && target === 'District:370117')
      .map((e) => {
        const a = seeds.graph.getEdgeAttributes(e);
        return [seeds.graph.getNodeAttribute(seeds.graph.source(e), 'name'), a.firstSeen, a.lastSeen, a.firstSeenPrecision];
      })
      .sort((x, y) => String(x[1]).localeCompare(String(y[1])));
    expect(holders).toEqual([
      ['武树华', '2019', '2019', 'year'],
      ['邓颂', '2021', '2021', 'year'],
    ]);
  });

  it('a post seen in one dated article keeps that article date, with no start or end the text does not state', () => {
    const edge = seeds.graph.findEdge((_, a, s) => a.type === 'HOLDS_POSITION' && a.title === '区长' && seeds.graph.getNodeAttribute(s, 'name') === '秦蕾')!;
    const a = seeds.graph.getEdgeAttributes(edge);
    expect([a.firstSeen, a.lastSeen, a.firstSeenPrecision, a.start, a.end]).toEqual(['2020-09-13', '2020-09-13', 'day', undefined, undefined]);
  });
});

describe('merges and candidates', () => {
  it('a project named in full and by a shorter form is one node, the merge recorded with its reason', () => {
    const truck = seeds.graph.filterNodes((_, a) => a.label === 'Project' && a.name === '智能网联重卡项目');
    expect(truck).toHaveLength(1);
    expect(seeds.graph.getNodeAttribute(truck[0]!, 'aliases')).toContain('重卡项目');
    expect(seeds.resolved.merges).toContainEqual(expect.objectContaining({ merged: '重卡项目', into: '智能网联重卡项目', reason: 'project.shorter-name-of' }));
  });

  it('possible duplicates the rules cannot decide are listed, not merged', () => {
    const pair = seeds.resolved.candidates.find((c) => c.a.endsWith(':凯傲智能叉车') && c.b.endsWith(':德国凯傲叉车'));
    expect(pair?.reason).toBe('names share their head and tail');
    expect(seeds.graph.hasNode(pair!.a) && seeds.graph.hasNode(pair!.b)).toBe(true);
    expect(seeds.graph.getNodeAttribute(pair!.a, 'mergeCandidates')).toEqual([pair!.b]);
  });

  it('no edge without evidence, and every evidence sentence is the article text at its offsets', async () => {
    const { readInputs } = await import('../../src/ingest');
    const originals = new Map<string, string>();
    for await (const r of readInputs([path.resolve(__dirname, '..', '..', 'seeds')])) if (r.ok) originals.set(r.doc.id, r.doc.text);
    let checked = 0;
    seeds.graph.forEachEdge((key, a) => {
      expect(a.evidence.length, key).toBeGreaterThan(0);
      for (const e of a.evidence) {
        expect(originals.get(e.docId)!.slice(e.start, e.end), key).toBe(e.sentence);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(seeds.graph.size);
  });
});

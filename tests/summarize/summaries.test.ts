// Summaries of the seed graph, built with the real pipeline: the posts the articles state, cited to
// the right article; and, for every summary in both languages, every citation resolving to a
// sentence that really is at the cited offsets of the article's original text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GovGraph } from '../../src/graph';
import { readInputs } from '../../src/ingest';
import { findEntities, LANGS, summarizableIds, summarize, type Lang } from '../../src/summarize';
import { buildSeeds, SEEDS_DIR, seedFile } from '../helpers/seeds';
import { citationsIn, originalTexts, readSummary } from './helpers';

let graph: GovGraph;
let texts: Map<string, string>;

async function articleIdOf(file: string): Promise<string> {
  for await (const result of readInputs([file])) if (result.ok) return `Article:${result.doc.id}`;
  throw new Error(`cannot read ${file}`);
}

function onlyEntity(name: string): string {
  const ids = findEntities(graph, name);
  expect(ids, `entities named ${name}`).toHaveLength(1);
  return ids[0]!;
}

beforeAll(async () => {
  graph = (await buildSeeds()).graph;
  texts = await originalTexts([SEEDS_DIR]);
});

describe('秦蕾 (seed 000: 萊蕪區委副書記、區長秦蕾, article dated 2020-09-13)', () => {
  // Each post: the words that name it in a summary, and how the date is written.
  const POSTS: Record<Lang, { posts: string[]; asOf: RegExp }> = {
    zh: { posts: ['莱芜区委副书记', '莱芜区区长'], asOf: /^- 截至2020年9月/ },
    en: {
      posts: ['Deputy Party Secretary of the Laiwu District Committee', 'District Mayor (head of Laiwu District)'],
      asOf: /^- As of (?:\d+ )?September 2020, Qin Lei/,
    },
  };

  it.each(LANGS)('%s: both posts, as of September 2020, cited to seed 000 by a sentence naming 秦蕾', async (lang) => {
    const seed000 = await articleIdOf(seedFile('000'));
    const summary = summarize(graph, onlyEntity('秦蕾'), lang);
    const { body, sources } = readSummary(summary.markdown);
    for (const post of POSTS[lang].posts) {
      const line = body.find((l) => l.startsWith('- ') && l.includes(post));
      expect(line, `${post} in\n${summary.markdown}`).toBeDefined();
      expect(line).toMatch(POSTS[lang].asOf);
      const cited = citationsIn(line!).map((n) => sources.get(n)!);
      expect(cited.length).toBeGreaterThan(0);
      expect(cited.some((s) => s.articleId === seed000 && s.sentence.includes('秦蕾'))).toBe(true);
    }
    expect(summary.sources.some((s) => s.articleId === seed000 && s.title.includes('莱芜区加快建设省会城市副中心'))).toBe(true);
  });
});

describe('the 钢城区 区委书记 of seed 001 (鄧頌代表中国共产党济南市钢城区委员会向大会作报告)', () => {
  const POST: Record<Lang, string> = { zh: '钢城区委书记', en: 'Party Secretary of the Gangcheng District Committee' };

  it.each(LANGS)('%s: the post is cited to seed 001', async (lang) => {
    const seed001 = await articleIdOf(seedFile('001'));
    const summary = summarize(graph, onlyEntity('邓颂'), lang);
    const { body, sources } = readSummary(summary.markdown);
    const line = body.find((l) => l.startsWith('- ') && l.includes(POST[lang]));
    expect(line, summary.markdown).toBeDefined();
    const cited = citationsIn(line!).map((n) => sources.get(n)!);
    expect(cited.some((s) => s.articleId === seed001 && s.sentence.includes('钢城区'))).toBe(true);
  });
});

describe('every summary of the seed graph', () => {
  it('covers officials, districts, companies, institutions and projects', () => {
    const labels = new Set(summarizableIds(graph).map((id) => graph.getNodeAttribute(id, 'label')));
    expect([...labels].sort()).toEqual(['Company', 'District', 'Institution', 'Official', 'Project']);
  });

  it.each(LANGS)('%s: every statement is cited, every citation resolves to a sentence at its offsets in the original text', (lang) => {
    const ids = summarizableIds(graph);
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      const summary = summarize(graph, id, lang);
      const { body, citations, sources } = readSummary(summary.markdown);
      // statements: every line of the body but the headings and blank lines
      for (const line of body.filter((l) => l.trim() && !l.startsWith('#'))) expect(citationsIn(line).length, `${id}: ${line}`).toBeGreaterThan(0);
      // the source list is exactly the cited numbers, 1 … n
      expect([...new Set(citations)].sort((a, b) => a - b)).toEqual([...sources.keys()].sort((a, b) => a - b));
      expect([...sources.keys()]).toEqual(summary.sources.map((s) => s.n));
      for (const source of sources.values()) {
        const text = texts.get(source.articleId);
        expect(text, `${id}: article ${source.articleId}`).toBeDefined();
        expect(text!.slice(source.start, source.end), `${id}: [${source.n}]`).toBe(source.sentence);
      }
    }
  });

  it.each(LANGS)('%s: an official has one position statement per HOLDS_POSITION in the graph', (lang) => {
    const heading = lang === 'zh' ? '## 职务' : '## Positions';
    for (const id of summarizableIds(graph).filter((i) => graph.getNodeAttribute(i, 'label') === 'Official')) {
      const posts = graph.outEdges(id).filter((e) => graph.getEdgeAttribute(e, 'type') === 'HOLDS_POSITION').length;
      const lines = summarize(graph, id, lang).markdown.split('\n');
      const start = lines.indexOf(heading);
      const after = start < 0 ? [] : lines.slice(start + 1);
      const end = after.findIndex((l) => l.startsWith('## '));
      const section = end < 0 ? after : after.slice(0, end);
      expect(section.filter((l) => l.startsWith('- ')).length, `${id}\n${lines.join('\n')}`).toBe(posts);
    }
  });

  it('says nothing with a gendered pronoun', () => {
    for (const id of summarizableIds(graph)) {
      expect(summarize(graph, id, 'en').markdown.replace(/“.*”/g, '')).not.toMatch(/\b(?:he|she|his|her|hers|him|himself|herself)\b/i);
    }
  });

  it('romanizes officials in English and keeps their characters on first mention', () => {
    const markdown = summarize(graph, onlyEntity('秦蕾'), 'en').markdown;
    expect(markdown.split('\n')[0]).toBe('# Qin Lei (秦蕾)');
    expect(markdown).toContain('Qin Lei (秦蕾), an official, is named in');
  });
});

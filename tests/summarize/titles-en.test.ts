// One English form for every title the lexicon can produce: each title record, each department head
// composed from the lexicon's department names and heads, and every title the rules extract from the
// annotated articles. None may fall back to pinyin.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../../src/lexicon';
import { build } from '../../src/pipeline';
import { roleEnglish, titleTemplate } from '../../src/summarize/glossary/titles';

const ROOT = path.resolve(__dirname, '..', '..');

describe('English titles', () => {
  it.each(lexicon().entries('titles').map((t) => [t.zh, t.en]))('%s has an English form naming its place', (zh) => {
    const en = titleTemplate(zh);
    expect(en).toBeDefined();
    expect(en).toMatch(/\{place\}|\{bare\}/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('every department head written in full (县财政局局长) composes one from the lexicon’s parts', () => {
    const heads = lexicon().words('organs', 'department-head');
    const departments = lexicon().words('organs', 'department-name');
    const missing: string[] = [];
    for (const level of ['', '县', '市', '区']) {
      for (const department of departments) {
        for (const head of heads) {
          const title = `${level}${department}${head}`;
          const en = titleTemplate(title);
          if (!en || !en.includes('{place}') || /[\u4e00-\u9fff]/.test(en)) missing.push(title);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(titleTemplate('县财政局局长')).toBe('Director of the {place} Finance Bureau');
    expect(titleTemplate('县人民法院副院长')).toBe('Vice President of the {place} People’s Court');
  });

  it('a department the lexicon does not name is given in pinyin, with its organ in English', () => {
    expect(titleTemplate('县畜牧兽医局局长')).toBe('Director of the {place} Xumushouyi Bureau');
  });

  it('every role of a person without office has English', () => {
    for (const role of lexicon().words('roles')) expect(roleEnglish(role), role).toBeTruthy();
  });

  it('every title the rules extract from the annotated articles has English', async () => {
    const dirs = ['seeds', 'tests/dev/articles', 'tests/heldout/articles'].map((d) => path.join(ROOT, d)).filter((d) => fs.existsSync(d));
    const { graph } = await build(dirs);
    const titles = new Set<string>();
    graph.forEachEdge((_, attrs) => {
      if (attrs.type === 'HOLDS_POSITION' && typeof attrs.title === 'string') titles.add(attrs.title);
    });
    expect(titles.size).toBeGreaterThan(20);
    expect([...titles].filter((t) => !titleTemplate(t))).toEqual([]);
  });
});

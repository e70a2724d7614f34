// writeSummaries: one file per entity and language under <out>/summaries/{zh,en}/, safe names, an
// index whose links all resolve, the same bytes on a second run, and stale summaries removed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GovGraph } from '../../src/graph';
import { summarizableIds, summarize, summaryPath, writeSummaries } from '../../src/summarize';
import { buildSeeds } from '../helpers/seeds';

let graph: GovGraph;
let out: string;

beforeAll(async () => {
  graph = (await buildSeeds()).graph;
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-summaries-'));
});

afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
});

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = fs.readFileSync(file, 'utf8');
    }
  }
  return files;
}

describe('writeSummaries', () => {
  it('writes every summarizable entity in both languages, with safe file names', async () => {
    const written = await writeSummaries(graph, out);
    const ids = summarizableIds(graph);
    expect(written.entities).toBe(ids.length);
    expect(written.files).toHaveLength(ids.length * 2);
    for (const lang of ['zh', 'en'] as const) {
      const names = fs.readdirSync(path.join(out, 'summaries', lang));
      expect(names).toHaveLength(ids.length);
      for (const name of names) expect(name).toMatch(/^[0-9a-f]{8}(?:-[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?\.md$/u);
      const id = ids[0]!;
      expect(fs.readFileSync(path.join(out, 'summaries', summaryPath(graph, id, lang)), 'utf8')).toBe(summarize(graph, id, lang).markdown);
    }
  });

  it('writes an index whose every link resolves to a written summary', () => {
    const index = fs.readFileSync(path.join(out, 'summaries', 'index.md'), 'utf8');
    const links = [...index.matchAll(/\]\(([^)]+)\)/g)].map((m) => decodeURI(m[1]!));
    expect(links).toHaveLength(summarizableIds(graph).length * 2);
    for (const link of links) expect(fs.existsSync(path.join(out, 'summaries', link)), link).toBe(true);
  });

  it('writes the same bytes again and removes summaries of entities no longer in the graph', async () => {
    const before = snapshot(out);
    const stale = path.join(out, 'summaries', 'zh', 'deadbeef-gone.md');
    fs.writeFileSync(stale, '# gone\n');
    await writeSummaries(graph, out);
    expect(fs.existsSync(stale)).toBe(false);
    expect(snapshot(out)).toEqual(before);
  });

  it('writes one language when asked', async () => {
    const only = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-summaries-en-'));
    try {
      await writeSummaries(graph, only, { lang: 'en' });
      expect(fs.readdirSync(path.join(only, 'summaries')).sort()).toEqual(['en', 'index.md']);
    } finally {
      fs.rmSync(only, { recursive: true, force: true });
    }
  });
});

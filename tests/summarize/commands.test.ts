// The summarize and explain commands over a graph.json on disk, as `govgraph build` writes it:
// loaded without Neo4j, names resolved, output printed or written.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCommand } from 'citty';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import explainCommand from '../../src/cli/commands/explain';
import summarizeCommand from '../../src/cli/commands/summarize';
import { jsonWriter } from '../../src/export/json';
import type { GovGraph } from '../../src/graph';
import { loadGraph, summarize } from '../../src/summarize';
import { buildSeeds } from '../helpers/seeds';
import { handMadeGraph } from './helpers';

let graph: GovGraph;
let dir: string;
let graphFile: string;

beforeAll(async () => {
  graph = (await buildSeeds()).graph;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-commands-'));
  await jsonWriter(dir).write(graph);
  graphFile = path.join(dir, 'graph.json');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function printed(): { lines: () => string } {
  const spy = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  return { lines: () => spy.mock.calls.map((call) => call.join(' ')).join('\n') };
}

describe('loadGraph', () => {
  it('reads graph.json back into the same graph', async () => {
    const loaded = await loadGraph(graphFile);
    expect(loaded.order).toBe(graph.order);
    expect(loaded.size).toBe(graph.size);
    const id = graph.nodes().find((n) => graph.getNodeAttribute(n, 'label') === 'Official')!;
    expect(summarize(loaded, id, 'en').markdown).toBe(summarize(graph, id, 'en').markdown);
  });

  it.each([
    ['missing.json', null, 'E_INPUT_NOT_FOUND'],
    ['broken.json', '{"nodes": [', 'E_INPUT_FORMAT'],
    ['other.json', JSON.stringify({ attributes: {}, nodes: [], edges: [] }), 'E_INPUT_FORMAT'],
  ])('refuses %s', async (name, content, code) => {
    const file = path.join(dir, name);
    if (content !== null) fs.writeFileSync(file, content);
    await expect(loadGraph(file)).rejects.toMatchObject({ name: 'InputError', code });
  });
});

describe('govgraph summarize', () => {
  it('prints the summaries of the named entities', async () => {
    const out = printed();
    await runCommand(summarizeCommand, { rawArgs: ['秦蕾', '--lang', 'en', '--graph', graphFile] });
    expect(out.lines()).toContain('# Qin Lei (秦蕾)');
  });

  it('writes every summary and the index when no entity is named', async () => {
    const out = printed();
    await runCommand(summarizeCommand, { rawArgs: ['--out', dir, '--graph', graphFile] });
    expect(out.lines()).toMatch(/^Wrote \d+ summaries in zh and en/);
    expect(fs.existsSync(path.join(dir, 'summaries', 'index.md'))).toBe(true);
  });
});

describe('govgraph explain', () => {
  it('prints the cited path between two entities named by name', async () => {
    const out = printed();
    await runCommand(explainCommand, { rawArgs: ['秦蕾', '华润江中集团', '--lang', 'zh', '--graph', graphFile] });
    expect(out.lines()).toContain('# 秦蕾与华润江中集团之间的关联');
    expect(out.lines()).toContain('## 来源');
  });

  it('asks for an id when a name fits several entities', async () => {
    const twoOfAName = handMadeGraph(
      [
        ['District:370103', { label: 'District', name: '市中区' }],
        ['District:370402', { label: 'District', name: '市中区' }],
        ['District:370116', { label: 'District', name: '莱芜区' }],
      ],
      [],
    );
    twoOfAName.replaceAttributes({ generator: 'govgraph', schemaVersion: 1, articles: 0, mergeRecords: '[]', mergeCandidates: '[]' });
    const file = path.join(dir, 'two-of-a-name.json');
    fs.writeFileSync(file, JSON.stringify(twoOfAName.export()));
    await expect(runCommand(explainCommand, { rawArgs: ['市中区', '莱芜区', '--graph', file] })).rejects.toMatchObject({
      name: 'AmbiguousEntityError',
      candidates: ['District:370103', 'District:370402'],
    });
  });
});

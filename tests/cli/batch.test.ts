// A messy batch through the command line: each bad input is one warning line naming the file and
// the reason, the rest is built, the summary counts skips by reason, and only --strict fails the run.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govgraph } from '../helpers/cli';
import { seedFile } from '../helpers/seeds';

let dir: string;
let out: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-batch-'));
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-batch-out-'));
  fs.copyFileSync(seedFile('004'), path.join(dir, 'good.txt'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  fs.writeFileSync(path.join(dir, 'records.jsonl'), ['{"title":"一","text":"历城区委书记王明出席会议。"}', '{"title": broken', '{"title":"三","text":"长清区区长李华表示。"}'].join('\n') + '\n');
  fs.symlinkSync(dir, path.join(dir, 'loop'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
});

describe('govgraph build over a messy folder', () => {
  it('warns once per bad input, builds the rest, counts skips by reason, exits 0', async () => {
    const run = await govgraph(['build', dir, '--out', out]);
    expect(run.code).toBe(0);
    const warnings = run.stderr.split('\n').filter(Boolean);
    // empty.txt, image.txt, line 2 of records.jsonl, the loop: one line each, naming the file
    expect(warnings).toHaveLength(4);
    for (const w of warnings) expect(w).toMatch(/^warning: \S+.*: .+/);
    expect(warnings.find((w) => w.includes('empty.txt'))).toMatch(/empty/);
    expect(warnings.find((w) => w.includes('image.txt'))).toMatch(/binary|PNG/i);
    expect(warnings.find((w) => w.includes('records.jsonl#2'))).toBeDefined();
    expect(warnings.find((w) => w.includes('loop'))).toMatch(/loop/);
    expect(run.stdout).toMatch(/3 article\(s\) read/);
    expect(run.stdout).toMatch(/Skipped by reason: .*E_INPUT_EMPTY 1/);
    expect(run.stdout).toMatch(/E_INPUT_BINARY 1/);
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')) as { nodes: Array<{ attributes: { name: string } }> };
    expect(graph.nodes.map((n) => n.attributes.name)).toEqual(expect.arrayContaining(['王明', '李华', '市中区']));
  });

  it('with --strict the same run exits 1, after writing everything it could', async () => {
    fs.rmSync(path.join(out, 'graph.json'));
    const run = await govgraph(['build', dir, '--out', out, '--strict']);
    expect(run.code).toBe(1);
    expect(fs.existsSync(path.join(out, 'graph.json'))).toBe(true);
  });

  it('a usage error is one line and exit 2', async () => {
    const run = await govgraph(['build']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

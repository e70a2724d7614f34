// A mistyped path or a batch with nothing in it never wipes the outputs: `build` and `run` stop with
// exit 2 and one line naming the input and why, and out/ is left exactly as it was. An article with
// no entity replaces a full out/ only with --allow-empty.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { govgraph } from '../helpers/cli';
import { seedFiles } from '../helpers/seeds';
import { fingerprint } from '../helpers/outputs';

let root: string;
/** out/ after `run seeds --no-neo4j`: a graph, summaries and a file of the user's. */
let full: string;

const inputs = {
  missing: () => path.join(root, 'seed'),
  emptyFolder: () => path.join(root, 'empty'),
  unsupported: () => path.join(root, 'docs'),
  unreadable: () => path.join(root, 'broken'),
  noEntity: () => path.join(root, 'no-entity'),
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-nothing-lost-'));
  fs.mkdirSync(inputs.emptyFolder());
  fs.mkdirSync(inputs.unsupported());
  fs.writeFileSync(path.join(inputs.unsupported(), 'report.docx'), 'PK');
  fs.writeFileSync(path.join(inputs.unsupported(), 'notes.pdf'), '%PDF');
  fs.mkdirSync(inputs.unreadable());
  fs.writeFileSync(path.join(inputs.unreadable(), 'empty.txt'), '');
  fs.mkdirSync(inputs.noEntity());
  fs.writeFileSync(path.join(inputs.noEntity(), 'hello.txt'), 'Hello world. Nothing to see here.\n');
  full = path.join(root, 'full');
  const seeds = path.join(root, 'seeds');
  fs.mkdirSync(seeds);
  for (const file of seedFiles()) fs.copyFileSync(file, path.join(seeds, path.basename(file)));
  const made = await govgraph(['run', seeds, '--no-neo4j', '--out', full]);
  expect(made.code, made.stderr).toBe(0);
  fs.writeFileSync(path.join(full, 'notes.txt'), 'mine');
}, 120_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A fresh copy of the full out/ (links copied as links). */
function copyOfFull(name: string): string {
  const out = path.join(root, name);
  fs.cpSync(full, out, { recursive: true, verbatimSymlinks: true });
  return out;
}

describe('inputs that name nothing readable', () => {
  it.each([
    ['build', 'missing', /seed: no such file or folder/],
    ['run', 'missing', /seed: no such file or folder/],
    ['build', 'emptyFolder', /empty: no article file/],
    ['build', 'unsupported', /docs: no article file/],
    ['run', 'unsupported', /docs: no article file/],
    ['build', 'unreadable', /no article could be read/],
  ] as const)('%s over %s: exit 2, one line, out/ untouched', async (command, input, reason) => {
    const out = copyOfFull(`out-${command}-${input}`);
    const before = fingerprint(out);
    const run = await govgraph([command, inputs[input](), '--out', out, ...(command === 'run' ? ['--no-neo4j'] : [])]);
    expect(run.code).toBe(2);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('govgraph:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
    expect(errors[0]).toMatch(/nothing written/);
    expect(fingerprint(out)).toEqual(before);
  });

  it('names every input that names nothing, in one line', async () => {
    const run = await govgraph(['build', inputs.missing(), inputs.emptyFolder(), '--out', path.join(root, 'never')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/seed: no such file or folder; .*empty: no article file/);
    expect(fs.existsSync(path.join(root, 'never'))).toBe(false);
  });
});

describe('an empty graph over full outputs', () => {
  it.each([['build'], ['run']] as const)('%s refuses it without --allow-empty: exit 2, summaries and graph kept', async (command) => {
    const out = copyOfFull(`out-${command}-no-entity`);
    const before = fingerprint(out);
    const run = await govgraph([command, inputs.noEntity(), '--out', out, ...(command === 'run' ? ['--no-neo4j'] : [])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--allow-empty/);
    expect(fingerprint(out)).toEqual(before);
  });

  it('build --allow-empty replaces the graph and keeps the user\'s file', async () => {
    const out = copyOfFull('out-allow-empty');
    const run = await govgraph(['build', inputs.noEntity(), '--out', out, '--allow-empty']);
    expect(run.code, run.stderr).toBe(0);
    const graph = JSON.parse(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')) as { nodes: Array<{ attributes: { label: string } }> };
    expect(graph.nodes.map((n) => n.attributes.label)).toEqual(['Article']);
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('--max-file-size', () => {
  it.each([
    ['1K', 'skipped', 2],
    ['0.001', 'skipped', 2],
    ['64', 'read', 0],
  ] as const)('--max-file-size %s: a 2 KiB article is %s', async (size, _outcome, exitCode) => {
    const folder = path.join(root, `size-${size}`);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.txt'), '历城区委书记王明出席会议。'.repeat(60));
    const run = await govgraph(['build', folder, '--out', path.join(root, `size-out-${size}`), '--max-file-size', size]);
    expect(run.code).toBe(exitCode);
    if (exitCode === 2) expect(run.stderr).toMatch(/a\.txt: \d+ bytes, larger than the limit of \d+ bytes/);
  });

  it('inspect takes it too', async () => {
    const file = path.join(root, 'size-inspect.txt');
    fs.writeFileSync(file, '历城区委书记王明出席会议。'.repeat(60));
    const run = await govgraph(['inspect', file, '--max-file-size', '1K']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/larger than the limit of 1024 bytes/);
  });

  it.each([['big'], ['12T']])('--max-file-size %s is a usage error', async (size) => {
    const run = await govgraph(['build', inputs.noEntity(), '--out', path.join(root, 'never'), '--max-file-size', size]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/--max-file-size/);
  });
});

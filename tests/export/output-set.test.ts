// out/ is written as one set: the real CLI, killed with SIGKILL at several points while it writes
// the exports, leaves out/ holding the whole old set or the whole new one, never a mix; the next
// run cleans what the killed one left (its set folder, temporary files) and keeps the user's files.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticles } from '../../bench/corpus';
import { writeOutputSet } from '../../src/export/output-set';
import { govgraph, ROOT } from '../helpers/cli';
import { contents } from '../helpers/outputs';

const ARTICLES = 60;
let root: string;
let corpusA: string;
let corpusB: string;
/** A clean build of A (the old set, with a file of the user's) and of B (the new set). */
let oldOut: string;
let newOut: string;

async function writeCorpus(dir: string, seed: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for await (const article of makeArticles(ARTICLES, seed)) fs.writeFileSync(path.join(dir, `${article.id}.txt`), article.text);
}

/** Every path under `dir`, hidden ones and those inside the set folders included (links not followed). */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    // A folder may vanish while it is read: the build under test removes sets.
    const entries = (() => {
      try {
        return fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
      } catch {
        return [];
      }
    })();
    for (const entry of entries) {
      const child = path.join(rel, entry.name);
      out.push(child);
      if (entry.isDirectory()) walk(child);
    }
  };
  walk('');
  return out;
}

/** Each path under `dir` with the time it was last written (links not followed). */
function stamps(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of listing(dir)) {
    const stat = fs.lstatSync(path.join(dir, entry), { throwIfNoEntry: false });
    if (stat) out.set(entry, stat.mtimeMs);
  }
  return out;
}

/** A pid no process has any more: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid!;
}

/**
 * Runs `govgraph build corpusB --out out` and SIGKILLs it once `changes` paths under out/ have
 * appeared or been rewritten (a temporary file, a set folder, a file in it, a replaced file …).
 */
async function buildKilledAfter(out: string, changes: number): Promise<{ killed: boolean; seen: number }> {
  const before = stamps(out);
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(ROOT, 'src', 'cli', 'main.ts'), 'build', corpusB, '--out', out], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  let exited = false;
  const closed = new Promise((resolve) => child.on('close', () => resolve((exited = true))));
  const seen = new Set<string>();
  while (!exited && seen.size < changes) {
    for (const [entry, written] of stamps(out)) if (before.get(entry) !== written) seen.add(entry);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const killed = !exited;
  child.kill('SIGKILL');
  await closed;
  return { killed, seen: seen.size };
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-output-set-'));
  corpusA = path.join(root, 'a');
  corpusB = path.join(root, 'b');
  await writeCorpus(corpusA, 'old');
  await writeCorpus(corpusB, 'new');
  oldOut = path.join(root, 'old-out');
  newOut = path.join(root, 'new-out');
  for (const [corpus, out] of [[corpusA, oldOut], [corpusB, newOut]] as const) {
    const run = await govgraph(['build', corpus, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
  }
  fs.writeFileSync(path.join(oldOut, 'notes.txt'), 'mine');
  fs.writeFileSync(path.join(newOut, 'notes.txt'), 'mine');
}, 300_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('out/ after a kill', () => {
  it('killed at several points while writing: the whole old set or the whole new one; the next run cleans up', async () => {
    const out = path.join(root, 'out');
    fs.cpSync(oldOut, out, { recursive: true, verbatimSymlinks: true });
    // What a run killed between write and rename left before sets existed.
    fs.writeFileSync(path.join(out, `.graph.json.${await deadPid()}.1764900000000.tmp`), '{"partial":');

    // One after another on the same out/: each kill leaves what the one before left, or the new set.
    for (const changes of [1, 8, 30]) {
      const { killed } = await buildKilledAfter(out, changes);
      expect(killed, `the build ended before ${changes} new paths appeared`).toBe(true);
      expect([contents(oldOut), contents(newOut)], `killed after ${changes} new paths`).toContainEqual(contents(out));
    }

    const rerun = await govgraph(['build', corpusB, '--out', out]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(contents(out)).toEqual(contents(newOut));
    expect(fs.readdirSync(path.join(out, '.govgraph', 'sets'))).toHaveLength(1);
    expect(listing(out).filter((p) => p.endsWith('.tmp'))).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  }, 300_000);
});

describe('writeOutputSet', () => {
  it('takes over an out/ written before sets: entries become links, what is not rewritten is carried over, the user\'s files stay', async () => {
    const out = path.join(root, 'legacy');
    fs.mkdirSync(path.join(out, 'summaries', 'zh'), { recursive: true });
    fs.writeFileSync(path.join(out, 'graph.json'), 'old graph');
    fs.writeFileSync(path.join(out, 'summaries', 'zh', 'a.md'), 'old summary');
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    fs.mkdirSync(path.join(out, 'mine'));
    fs.writeFileSync(path.join(out, `.import.cypher.${await deadPid()}.1764900000000.tmp`), 'half');
    await writeOutputSet(out, async (dir) => fs.writeFileSync(path.join(dir, 'graph.json'), 'new graph'));
    expect(contents(out)).toEqual({ 'graph.json': expect.any(String), 'notes.txt': expect.any(String), 'summaries/zh/a.md': expect.any(String) });
    expect(fs.readFileSync(path.join(out, 'graph.json'), 'utf8')).toBe('new graph');
    expect(fs.readFileSync(path.join(out, 'summaries', 'zh', 'a.md'), 'utf8')).toBe('old summary');
    expect(fs.lstatSync(path.join(out, 'summaries')).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(out, 'mine'))).toBe(true);
    expect(listing(out).filter((p) => p.endsWith('.tmp'))).toEqual([]);
  });

  it('a write that fails leaves the set before it, and no staging folder', async () => {
    const out = path.join(root, 'failing');
    await writeOutputSet(out, async (dir) => fs.writeFileSync(path.join(dir, 'graph.json'), 'first'));
    const before = contents(out);
    await expect(
      writeOutputSet(out, async (dir) => {
        fs.writeFileSync(path.join(dir, 'graph.json'), 'second');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(contents(out)).toEqual(before);
    expect(fs.readdirSync(path.join(out, '.govgraph', 'sets'))).toHaveLength(1);
  });
});

// Exports are written beside the target and renamed over it: a run killed mid-write leaves the old
// file whole (or the new one whole), never a truncated graph.json.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/export/atomic';
import { ROOT } from '../helpers/cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-atomic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file whole', async () => {
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a writer killed mid-write leaves the previous file intact', async () => {
    const file = path.join(dir, 'graph.json');
    const old = JSON.stringify({ version: 'old', nodes: [] });
    fs.writeFileSync(file, old);
    // 200 MB: long enough a write to be caught in the middle.
    const script = `require(${JSON.stringify(path.join(ROOT, 'src', 'export', 'atomic.ts'))}).writeFileAtomic(${JSON.stringify(file)}, 'x'.repeat(200 * 1024 * 1024)).then(() => console.log('done'))`;
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const closed = new Promise((r) => child.on('close', r));
    // Kill it as soon as its temporary file appears: the write is under way.
    const deadline = Date.now() + 60_000;
    while (!fs.readdirSync(dir).some((f) => f.startsWith('.graph.json.') && f.endsWith('.tmp')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    await closed;
    expect(fs.readFileSync(file, 'utf8')).toBe(old);
  });

  it('a failed write removes its temporary file and leaves the target alone', async () => {
    const file = path.join(dir, 'kept.json');
    fs.writeFileSync(file, 'kept');
    // A directory where the temporary file's folder should be makes the write fail.
    await expect(writeFileAtomic(path.join(file, 'inside.json'), 'x')).rejects.toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('kept');
  });
});

// The output folder written as one set: every export is written into a new set folder under
// <out>/.govgraph/sets/, then <out>/.govgraph/current (a symbolic link) is renamed onto it — one
// rename, so a reader (or a kill at any point) sees the whole old set or the whole new one, never a
// mix. <out>/graph.json, csv/ … are fixed links into current/. Only the entries named below are
// govgraph's; anything else in <out> is the user's and never moved or deleted.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** What govgraph writes at the top of an output folder. */
export const OWNED_ENTRIES = ['graph.json', 'import.cypher', 'csv', 'graph.graphml', 'graph.gexf', 'browser', 'summaries'] as const;

const STATE_DIR = '.govgraph';
const SETS_DIR = 'sets';
const CURRENT = 'current';
// A set folder or a temporary link, named by the process that made it: 12345-1764900000000
const BY_PROCESS = /^(\d+)-\d+(?:\.tmp)?$/;
// writeFileAtomic's temporary file: .graph.json.12345.1764900000000.tmp
const ATOMIC_TMP = /^\..+\.(\d+)\.\d+\.tmp$/;

/** Whether the process that named a leftover still runs (EPERM: it runs, as someone else). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lstatOrUndefined(file: string) {
  return fs.lstat(file).catch(() => undefined);
}

/** The set folder current/ points to, if any. */
async function currentSet(outDir: string): Promise<string | undefined> {
  const target = await fs.readlink(path.join(outDir, STATE_DIR, CURRENT)).catch(() => undefined);
  return target === undefined ? undefined : path.basename(target);
}

/** Removes writeFileAtomic leftovers of dead processes from `dir` and the folders under it. */
async function removeStaleTemporaryFiles(dir: string): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const tmp = ATOMIC_TMP.exec(entry.name);
    if (tmp && entry.isFile() && !alive(Number(tmp[1]))) await fs.rm(full, { force: true });
    else if (entry.isDirectory()) await removeStaleTemporaryFiles(full);
  }
}

/**
 * What runs killed earlier left in `outDir`: sets that are not current and whose process is gone,
 * half-made links, and writeFileAtomic's temporary files in govgraph's own entries.
 */
export async function cleanStaleOutputs(outDir: string): Promise<void> {
  const state = path.join(outDir, STATE_DIR);
  const current = await currentSet(outDir);
  for (const [dir, names] of [
    [path.join(state, SETS_DIR), await fs.readdir(path.join(state, SETS_DIR)).catch(() => [] as string[])],
    [state, await fs.readdir(state).catch(() => [] as string[])],
  ] as const) {
    for (const name of names) {
      const owner = BY_PROCESS.exec(name);
      if (!owner || name === current || alive(Number(owner[1]))) continue;
      await fs.rm(path.join(dir, name), { recursive: true, force: true });
    }
  }
  const top = await fs.readdir(outDir).catch(() => [] as string[]);
  for (const name of top) {
    const tmp = ATOMIC_TMP.exec(name);
    if (tmp && (OWNED_ENTRIES as readonly string[]).some((entry) => name.startsWith(`.${entry}.`)) && !alive(Number(tmp[1]))) await fs.rm(path.join(outDir, name), { force: true });
  }
  for (const entry of OWNED_ENTRIES) {
    const stat = await fs.stat(path.join(outDir, entry)).catch(() => undefined);
    if (stat?.isDirectory()) await removeStaleTemporaryFiles(path.join(outDir, entry));
  }
}

/** Renames a new symbolic link to `target` onto `link`: one step, no moment without it. */
async function replaceWithLink(link: string, target: string, scratch: string): Promise<void> {
  const tmp = path.join(scratch, `${process.pid}-${Date.now()}.tmp`);
  await fs.symlink(target, tmp);
  await fs.rename(tmp, link);
}

/**
 * Writes a new output set: `write` fills an empty staging folder; entries it does not write are
 * carried over from the current set (`build` keeps the summaries `run` wrote); then the set is
 * swapped in and the previous one removed. A failed `write` leaves the previous set as it was.
 */
export async function writeOutputSet<T>(outDir: string, write: (stagingDir: string) => Promise<T>): Promise<T> {
  const state = path.join(outDir, STATE_DIR);
  await fs.mkdir(path.join(state, SETS_DIR), { recursive: true });
  await cleanStaleOutputs(outDir);
  const name = `${process.pid}-${Date.now()}`;
  const staging = path.join(state, SETS_DIR, name);
  await fs.mkdir(staging);
  // Carried over from the current set, or, before the first set, from the files out/ held.
  const previous = await currentSet(outDir);
  const carriedFrom = previous ? path.join(state, SETS_DIR, previous) : outDir;
  let result: T;
  try {
    result = await write(staging);
    for (const entry of OWNED_ENTRIES) {
      const source = path.join(carriedFrom, entry);
      if ((await lstatOrUndefined(path.join(staging, entry))) || !(await fs.stat(source).catch(() => undefined))) continue;
      await fs.cp(source, path.join(staging, entry), { recursive: true, dereference: true });
    }
  } catch (err) {
    await fs.rm(staging, { recursive: true, force: true });
    throw err;
  }
  await replaceWithLink(path.join(state, CURRENT), path.join(SETS_DIR, name), state);
  await linkEntries(outDir, staging);
  if (previous && previous !== name) await fs.rm(path.join(state, SETS_DIR, previous), { recursive: true, force: true });
  return result;
}

/**
 * Makes each entry of the set a link <out>/<entry> → .govgraph/current/<entry>. Links already right
 * stay (after the first run nothing changes here); an entry from before sets existed is moved aside
 * into a folder removed at the end (a folder can't be renamed over).
 */
async function linkEntries(outDir: string, setDir: string): Promise<void> {
  const state = path.join(outDir, STATE_DIR);
  const aside = path.join(state, `${process.pid}-${Date.now()}`);
  for (const entry of OWNED_ENTRIES) {
    if (!(await lstatOrUndefined(path.join(setDir, entry)))) continue;
    const link = path.join(outDir, entry);
    const target = path.join(STATE_DIR, CURRENT, entry);
    const stat = await lstatOrUndefined(link);
    if (stat?.isSymbolicLink() && (await fs.readlink(link)) === target) continue;
    if (stat?.isDirectory()) {
      await fs.mkdir(aside, { recursive: true });
      await fs.rename(link, path.join(aside, entry));
    }
    await replaceWithLink(link, target, state);
  }
  await fs.rm(aside, { recursive: true, force: true });
}

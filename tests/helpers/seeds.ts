// The seed corpus, built once per test file the way `govgraph build seeds/` builds it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type BuildResult } from '../../src/pipeline';

export const SEEDS_DIR = path.resolve(__dirname, '..', '..', 'seeds');

export function seedFiles(): string[] {
  return fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(SEEDS_DIR, f));
}

/** The seed whose file name starts with `prefix` ("001"). */
export function seedFile(prefix: string): string {
  const file = seedFiles().find((f) => path.basename(f).startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}* in ${SEEDS_DIR}`);
  return file;
}

let all: Promise<BuildResult> | undefined;

export function buildSeeds(): Promise<BuildResult> {
  all ??= build([SEEDS_DIR]);
  return all;
}

// The seed corpus, built once per test file the way `govgraph build seeds/` builds it, or as Documents.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readInputs } from '../../src/ingest';
import { normalize } from '../../src/normalize';
import { build, type BuildResult } from '../../src/pipeline';
import type { Document } from '../../src/types';

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

/** The seeds as normalized Documents, the input of the extract stage. */
export async function seedDocuments(): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const read of readInputs([SEEDS_DIR])) {
    if (!read.ok) throw read.error;
    docs.push(normalize(read.doc));
  }
  return docs;
}

// The seed articles and RawDocuments made by hand, for the ingest and normalize tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentId } from '../../src/ingest';
import type { RawDocument, SourceMeta } from '../../src/types';

export const SEEDS_DIR = path.resolve(__dirname, '../../seeds');

export const SEED_FILES = fs
  .readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

export function seedPath(prefix: string): string {
  const file = SEED_FILES.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return path.join(SEEDS_DIR, file);
}

export function seedText(prefix: string): string {
  return fs.readFileSync(seedPath(prefix), 'utf8');
}

export function raw(text: string, meta: SourceMeta = {}, file = 'test.txt'): RawDocument {
  return { id: documentId(text), path: file, format: 'txt', encoding: 'UTF-8', encodingConfidence: 100, text, meta };
}

// Long inputs: one file that is many articles run together, and the time to normalize and extract
// it. Two shapes: `lines`, N lines of a clause each (a badly split export, most lines short and
// heading-like); `article`, the articles as written until the file has N bytes (one 15 MB article).
// Extraction should be linear in the input: twice the input, about twice the time, not four times.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { extract } from '../src/extract';
import { readInputs } from '../src/ingest';
import { normalize } from '../src/normalize';
import { childMain } from './child';
import { CORPUS_DIR, DEFAULT_SEED, makeArticles } from './corpus';

export type LongShape = 'lines' | 'article';

export interface LongResult {
  shape: LongShape;
  /** Lines (shape `lines`) or bytes (shape `article`) asked for. */
  size: number;
  textBytes: number;
  normalizeSeconds: number;
  extractSeconds: number;
  mentions: number;
  relations: number;
}

// After 。, ， and ; (and a comma not between digits), unless a line ends there already.
const CLAUSE_END = /([。；;，]|,(?!\d))(?!\n)/g;

/** The text of a long input of `shape` and `size` (lines or bytes), from the corpus's articles in order. */
export async function longText(shape: LongShape, size: number, seed = DEFAULT_SEED): Promise<string> {
  const out: string[] = [];
  let have = 0;
  // The corpus is made in order and a smaller one is a prefix of a larger: ask for more until enough.
  for (let batch = 100; have < size; batch *= 2) {
    out.length = 0;
    have = 0;
    for await (const article of makeArticles(batch, seed)) {
      if (shape === 'lines') {
        for (const line of article.text.replace(CLAUSE_END, '$1\n').split('\n')) if (line.trim()) out.push(line);
        have = out.length;
      } else {
        out.push(article.text);
        have += Buffer.byteLength(article.text) + 1;
      }
      if (have >= size) break;
    }
  }
  return shape === 'lines' ? out.slice(0, size).join('\n') + '\n' : out.join('\n');
}

/** bench/corpus/long/<shape>-<size>.txt, made unless it is there. */
export async function ensureLongInput(shape: LongShape, size: number, seed = DEFAULT_SEED): Promise<string> {
  const file = path.join(CORPUS_DIR, 'long', `${shape}-${size}${seed === DEFAULT_SEED ? '' : `-${seed}`}.txt`);
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, await longText(shape, size, seed));
  }
  return file;
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

export async function measureLong(file: string, shape: LongShape, size: number): Promise<LongResult> {
  let result: LongResult | undefined;
  // The bench measures time, not the per-file limit (16 MiB by default): the limit is lifted.
  for await (const read of readInputs([file], { maxBytes: Number.MAX_SAFE_INTEGER })) {
    if (!read.ok) throw read.error;
    const started = process.hrtime.bigint();
    const doc = normalize(read.doc);
    const normalizeSeconds = seconds(started);
    const extractStarted = process.hrtime.bigint();
    const extraction = extract(doc);
    result = {
      shape,
      size,
      textBytes: Buffer.byteLength(read.doc.text),
      normalizeSeconds,
      extractSeconds: seconds(extractStarted),
      mentions: extraction.mentions.length,
      relations: extraction.relations.length,
    };
  }
  if (!result) throw new Error(`nothing read from ${file}`);
  return result;
}

if (require.main === module) {
  childMain(async ([file, shape, size]) => measureLong(file!, shape as LongShape, Number(size)));
}

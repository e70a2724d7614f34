// Extraction throughput on one core: govgraph's normalize + extract + resolve against @node-rs/jieba's
// `tag` (segmentation and part-of-speech tags) on the same decoded article texts, in one process,
// runs interleaved, warm-up excluded, medians reported. Ingest (reading, decoding) is outside both.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { extract } from '../src/extract';
import { readInputs } from '../src/ingest';
import { normalize } from '../src/normalize';
import { Resolver } from '../src/resolve';
import type { RawDocument } from '../src/types';
import { childMain } from './child';

export interface Rate {
  /** Seconds of each measured run, in order. */
  runs: number[];
  medianSeconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
}

export interface ThroughputResult {
  articles: number;
  /** UTF-8 bytes of the article texts: the MB in MB/s. */
  textBytes: number;
  ours: Rate;
  /** Median seconds per run spent in each of our stages. */
  stages: { normalize: number; extract: number; resolve: number };
  jiebaTag: Rate;
  /** tag(text, true): with the HMM for words not in the dictionary. */
  jiebaTagHmm: Rate;
  /** ours MB/s over jieba tag MB/s (default arguments). */
  ratio: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function rate(runs: number[], bytes: number, articles: number): Rate {
  const medianSeconds = median(runs);
  return { runs, medianSeconds, mbPerSecond: bytes / 1e6 / medianSeconds, articlesPerSecond: articles / medianSeconds };
}

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

export async function loadArticles(input: string, count: number): Promise<RawDocument[]> {
  const articles: RawDocument[] = [];
  for await (const read of readInputs([input])) {
    if (read.ok) articles.push(read.doc);
    if (articles.length >= count) break;
  }
  return articles;
}

/** One pass of govgraph over the articles, with the time each stage took. */
export function oursOnce(articles: RawDocument[]): { total: number; normalize: number; extract: number; resolve: number } {
  const resolver = new Resolver();
  const spent = { normalize: 0, extract: 0, resolve: 0 };
  const started = process.hrtime.bigint();
  for (const raw of articles) {
    let at = process.hrtime.bigint();
    const doc = normalize(raw);
    spent.normalize += seconds(at);
    at = process.hrtime.bigint();
    const extraction = extract(doc);
    spent.extract += seconds(at);
    at = process.hrtime.bigint();
    resolver.add(extraction);
    spent.resolve += seconds(at);
  }
  const at = process.hrtime.bigint();
  resolver.result();
  spent.resolve += seconds(at);
  return { total: seconds(started), ...spent };
}

export async function measureThroughput(input: string, count: number, runs: number, onProgress: (done: number) => void): Promise<ThroughputResult> {
  const articles = await loadArticles(input, count);
  const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const jieba = Jieba.withDict(dict);
  // hmm undefined: tag's default, what a user calling tag(text) gets.
  const jiebaOnce = (hmm?: boolean) => {
    const started = process.hrtime.bigint();
    for (const raw of articles) jieba.tag(raw.text, hmm);
    return seconds(started);
  };
  // Warm-up: JIT, gazetteer and dictionaries loaded, caches filled.
  oursOnce(articles);
  jiebaOnce();
  jiebaOnce(true);
  const ours: Array<ReturnType<typeof oursOnce>> = [];
  const tag: number[] = [];
  const tagHmm: number[] = [];
  for (let run = 0; run < runs; run++) {
    ours.push(oursOnce(articles));
    tag.push(jiebaOnce());
    tagHmm.push(jiebaOnce(true));
    onProgress(run + 1);
  }
  const oursRate = rate(ours.map((r) => r.total), textBytes, articles.length);
  const jiebaTag = rate(tag, textBytes, articles.length);
  return {
    articles: articles.length,
    textBytes,
    ours: oursRate,
    stages: { normalize: median(ours.map((r) => r.normalize)), extract: median(ours.map((r) => r.extract)), resolve: median(ours.map((r) => r.resolve)) },
    jiebaTag,
    jiebaTagHmm: rate(tagHmm, textBytes, articles.length),
    ratio: oursRate.mbPerSecond / jiebaTag.mbPerSecond,
  };
}

/** Only our pass, repeated: what bench/main.ts runs under --cpu-prof. */
export async function profileOurs(input: string, count: number, runs: number, onProgress: (done: number) => void): Promise<{ articles: number; seconds: number }> {
  const articles = await loadArticles(input, count);
  oursOnce(articles);
  const started = process.hrtime.bigint();
  for (let run = 0; run < runs; run++) {
    oursOnce(articles);
    onProgress(run + 1);
  }
  return { articles: articles.length, seconds: seconds(started) };
}

if (require.main === module) {
  childMain<unknown>(([what, input, count, runs], progress) =>
    what === 'profile' ? profileOurs(input!, Number(count), Number(runs), progress) : measureThroughput(input!, Number(count), Number(runs), progress),
  );
}

// One corpus through govgraph in a process of its own (forked by bench/main.ts with --expose-gc), so
// one size does not pollute the next: time, peak memory sampled while it runs, and what is kept.
// Mode `extract` streams ingest → normalize → extract and keeps nothing; mode `build` is build().
import { getHeapStatistics } from 'node:v8';
import { extract } from '../src/extract';
import { readInputs } from '../src/ingest';
import { normalize } from '../src/normalize';
import { build } from '../src/pipeline';
import { childMain } from './child';

export type ScaleMode = 'extract' | 'build';

export interface ScaleResult {
  mode: ScaleMode;
  input: string;
  jobs: number;
  articles: number;
  textBytes: number;
  seconds: number;
  peakRssBytes: number;
  peakHeapBytes: number;
  /** Heap still in use after a full GC, the result alive: for a build, the resolver's entities, facts and evidence, the graph and the reports. */
  retainedHeapBytes: number;
  /** build only: what the resolver holds. */
  entities?: number;
  facts?: number;
  evidence?: number;
  /** Characters of all evidence sentences, counted once per citing fact. */
  evidenceChars?: number;
  merges?: number;
  candidates?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

class MemoryPeaks {
  rss = process.memoryUsage.rss();
  heap = heapUsed();
  // Documents are processed synchronously between reads, so the timer only fires between them;
  // callers also sample every few documents.
  private readonly timer = setInterval(() => this.sample(), 100);

  sample(): void {
    this.rss = Math.max(this.rss, process.memoryUsage.rss());
    this.heap = Math.max(this.heap, heapUsed());
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}

export async function measure(mode: ScaleMode, input: string, jobs: number, onProgress: (done: number) => void): Promise<ScaleResult> {
  gc?.();
  const baseline = heapUsed();
  const peaks = new MemoryPeaks();
  const started = process.hrtime.bigint();
  let articles = 0;
  let textBytes = 0;
  const counted = (text: string) => {
    textBytes += Buffer.byteLength(text);
    if (++articles % 50 === 0) {
      peaks.sample();
      onProgress(articles);
    }
  };
  let kept: Partial<ScaleResult> = {};
  if (mode === 'extract') {
    for await (const read of readInputs([input])) {
      if (!read.ok) continue;
      extract(normalize(read.doc));
      counted(read.doc.text);
    }
  } else {
    const result = await build([input], { jobs, onDocument: (_, extraction) => counted(extraction.doc.original) });
    let evidence = 0;
    let evidenceChars = 0;
    for (const fact of result.resolved.facts.values()) {
      evidence += fact.evidence.length;
      for (const e of fact.evidence) evidenceChars += e.sentence.length;
    }
    kept = {
      entities: result.resolved.entities.size,
      facts: result.resolved.facts.size,
      evidence,
      evidenceChars,
      merges: result.resolved.merges.length,
      candidates: result.resolved.candidates.length,
    };
    // Keeps the result alive through the GC below, so the retained heap includes it.
    (globalThis as { keptResult?: unknown }).keptResult = result;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  peaks.stop();
  gc?.();
  return {
    mode,
    input,
    jobs,
    articles,
    textBytes,
    seconds,
    peakRssBytes: peaks.rss,
    peakHeapBytes: peaks.heap,
    retainedHeapBytes: heapUsed() - baseline,
    ...kept,
  };
}

if (require.main === module) {
  childMain(([mode, input, jobs], progress) => measure(mode as ScaleMode, input!, Number(jobs ?? 1), progress));
}

// Normalize + extract in worker threads, results handed back in input order, so the resolver on the
// main thread sees exactly the sequence it would see without workers (and builds the same graph).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { quoteOriginal } from '../normalize/quote';
import { lexicon } from '../lexicon';
import type { Extraction, RawDocument } from '../types';

export interface ExtractRequest {
  seq: number;
  raw: RawDocument;
}

export type ExtractResponse =
  | { seq: number; extraction: Extraction; error?: undefined }
  | { seq: number; error: { name: string; message: string; stack?: string; code?: unknown } };

/** Documents queued per worker beyond the one it works on: keeps workers busy while the main thread reads and resolves. */
const QUEUED_PER_WORKER = 4;

/**
 * How a worker is started: the compiled worker.js next to this file, or — running from TypeScript
 * sources (ts-node, vitest) — a bootstrap that registers ts-node (transpile only) in the new thread,
 * which inherits no require hooks from the main one.
 */
function workerEntry(): { filename: string; eval: boolean } {
  const compiled = path.join(__dirname, 'worker.js');
  if (fs.existsSync(compiled)) return { filename: compiled, eval: false };
  const source = path.join(__dirname, 'worker.ts');
  // Resolved here: an eval'd worker resolves modules from the working directory, not from this file.
  const tsNode = createRequire(__filename).resolve('ts-node');
  const bootstrap = [
    `require(${JSON.stringify(tsNode)}).register({ transpileOnly: true, projectSearchDir: ${JSON.stringify(__dirname)} });`,
    `require(${JSON.stringify(source)});`,
  ].join('\n');
  return { filename: bootstrap, eval: true };
}

export interface WorkerSetup {
  overlays: string[];
}

interface Pending {
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
  worker: Worker;
}

class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(size: number) {
    const entry = workerEntry();
    for (let i = 0; i < size; i++) {
      // Each worker builds the same lexicon the main thread uses, user folders included.
      const worker = new Worker(entry.filename, { eval: entry.eval, workerData: { overlays: [...lexicon().overlays] } satisfies WorkerSetup });
      worker.on('message', (response: ExtractResponse) => this.settle(worker, response));
      worker.on('error', (err) => this.fail(worker, err));
      worker.on('exit', (code) => this.fail(worker, new Error(`extraction worker exited with code ${code}`)));
      this.workers.push(worker);
      this.load.set(worker, 0);
    }
  }

  run(raw: RawDocument): Promise<Extraction> {
    if (this.workers.length === 0) return Promise.reject(new Error('every extraction worker has stopped'));
    const worker = this.workers.reduce((a, b) => (this.load.get(b)! < this.load.get(a)! ? b : a));
    const seq = this.seq++;
    this.load.set(worker, this.load.get(worker)! + 1);
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker });
      worker.postMessage({ seq, raw } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private settle(worker: Worker, response: ExtractResponse): void {
    const pending = this.pending.get(response.seq);
    if (!pending) return;
    this.pending.delete(response.seq);
    this.load.set(worker, this.load.get(worker)! - 1);
    if (response.error) pending.reject(Object.assign(new Error(response.error.message), response.error));
    else pending.resolve(shareQuotes(response.extraction));
  }

  /** A worker that crashed or exited fails everything it was given. */
  private fail(worker: Worker, error: Error): void {
    if (!this.workers.includes(worker)) return; // terminated by close()
    for (const [seq, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.pending.delete(seq);
      pending.reject(error);
    }
    this.workers.splice(this.workers.indexOf(worker), 1);
    if (this.workers.length === 0) for (const pending of this.pending.values()) pending.reject(error);
  }
}

/** Cloning copied every evidence sentence on its own: one string per sentence again, as extract() leaves them. */
function shareQuotes(extraction: Extraction): Extraction {
  for (const { evidence } of extraction.relations) evidence.sentence = quoteOriginal(extraction.doc, evidence.start, evidence.end);
  return extraction;
}

/** Extractions of `documents` made by `jobs` worker threads, yielded in input order. */
export async function* extractInWorkers(documents: AsyncIterable<RawDocument>, jobs: number): AsyncGenerator<Extraction> {
  const pool = new WorkerPool(jobs);
  const source = documents[Symbol.asyncIterator]();
  const inFlight: Array<Promise<Extraction>> = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && inFlight.length < jobs * (1 + QUEUED_PER_WORKER)) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else {
          const extraction = pool.run(next.value);
          extraction.catch(() => undefined); // awaited in order below; a later failure must not go unhandled meanwhile
          inFlight.push(extraction);
        }
      }
      const first = inFlight.shift();
      if (!first) return;
      yield await first;
    }
  } finally {
    await source.return?.(undefined);
    await pool.close();
  }
}

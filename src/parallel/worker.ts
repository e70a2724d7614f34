// The body of an extraction worker thread: a RawDocument in, its Extraction out (normalize + extract).
// Resolution is not done here: it needs every document, in input order, on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../extract';
import { loadLexicon, useLexicon } from '../lexicon';
import { normalize } from '../normalize';
import type { ExtractRequest, ExtractResponse, WorkerSetup } from './pool';

if (!parentPort) throw new Error('src/parallel/worker.ts runs only as a worker thread');
const port = parentPort;
useLexicon(loadLexicon({ overlays: (workerData as WorkerSetup).overlays }));

port.on('message', ({ seq, raw }: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    response = { seq, extraction: extract(normalize(raw)) };
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    response = { seq, error: { name: error.name, message: error.message, stack: error.stack, code: (error as { code?: unknown }).code } };
  }
  port.postMessage(response);
});

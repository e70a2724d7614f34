// The pipeline, in order, in one place:
//   ingest (files → RawDocument) → normalize (→ Document) → extract (→ Extraction)
//   → resolve (→ entities and facts) → graph (→ graphology graph) → export (files, Neo4j).
// Documents stream through one at a time; only the resolver keeps state across them. With `jobs`,
// normalize + extract run in worker threads and the resolver still takes documents in input order.
import { UsageError, type InputError } from './errors';
import { extract } from './extract';
import { buildGraph, type GovGraph } from './graph';
import { readInputs, type ReadOptions } from './ingest';
import { normalize } from './normalize';
import { extractInWorkers } from './parallel/pool';
import { Resolver, type Resolved } from './resolve';
import type { DocumentReport, Extraction, RawDocument } from './types';

export interface BuildOptions extends ReadOptions {
  /** Called for each document after extraction (progress, logging). */
  onDocument?: (report: DocumentReport, extraction: Extraction) => void;
  /** Called for each input that could not be read; the batch goes on. `article`: it stands for one article (see ReadResult). */
  onSkip?: (error: InputError, article: boolean) => void;
  /** Called for each article whose text was read before (it is left out). */
  onDuplicate?: (path: string, sameAs: string) => void;
  /** Worker threads for normalize + extract (default 1: none, all on the calling thread). The graph is the same for any value. */
  jobs?: number;
}

export interface BuildResult {
  graph: GovGraph;
  resolved: Resolved;
  reports: DocumentReport[];
  skipped: InputError[];
  /** Inputs whose text was identical to one already read (same content hash). */
  duplicates: Array<{ path: string; sameAs: string }>;
}

export async function build(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('E_USAGE', `jobs must be a whole number of at least 1, not ${jobs}`, String(jobs));
  const resolver = new Resolver();
  const reports: DocumentReport[] = [];
  const skipped: InputError[] = [];
  const duplicates: BuildResult['duplicates'] = [];
  const documents = newDocuments(paths, options, skipped, duplicates);
  const extractions = jobs > 1 ? extractInWorkers(documents, jobs) : extractHere(documents);
  for await (const extraction of extractions) {
    resolver.add(extraction);
    reports.push(extraction.doc.report);
    options.onDocument?.(extraction.doc.report, extraction);
  }
  const resolved = resolver.result();
  return { graph: buildGraph(resolved), resolved, reports, skipped, duplicates };
}

/** The documents read from `paths`, each once: unreadable inputs and repeated texts are recorded and left out. */
async function* newDocuments(paths: string[], options: BuildOptions, skipped: InputError[], duplicates: BuildResult['duplicates']): AsyncGenerator<RawDocument> {
  const seen = new Map<string, string>();
  for await (const result of readInputs(paths, options)) {
    if (!result.ok) {
      skipped.push(result.error);
      options.onSkip?.(result.error, result.article === true);
      continue;
    }
    const known = seen.get(result.doc.id);
    if (known) {
      duplicates.push({ path: result.doc.path, sameAs: known });
      options.onDuplicate?.(result.doc.path, known);
      continue;
    }
    seen.set(result.doc.id, result.doc.path);
    yield result.doc;
  }
}

async function* extractHere(documents: AsyncIterable<RawDocument>): AsyncGenerator<Extraction> {
  for await (const raw of documents) yield extract(normalize(raw));
}

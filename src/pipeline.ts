// The pipeline, in order, in one place:
//   ingest (files → RawDocument) → normalize (→ Document) → extract (→ Extraction)
//   → resolve (→ entities and facts) → graph (→ graphology graph) → export (files, Neo4j).
// Documents stream through one at a time; only the resolver keeps state across them.
import type { InputError } from './errors';
import { extract } from './extract';
import { buildGraph, type GovGraph } from './graph';
import { readInputs, type ReadOptions } from './ingest';
import { normalize } from './normalize';
import { Resolver, type Resolved } from './resolve';
import type { DocumentReport, Extraction } from './types';

export const STAGES = ['ingest', 'normalize', 'extract', 'resolve', 'graph', 'export'] as const;

export interface BuildOptions extends ReadOptions {
  /** Called for each document after extraction (progress, logging). */
  onDocument?: (report: DocumentReport, extraction: Extraction) => void;
  /** Called for each input that could not be read; the batch goes on. */
  onSkip?: (error: InputError) => void;
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
  const resolver = new Resolver();
  const reports: DocumentReport[] = [];
  const skipped: InputError[] = [];
  const duplicates: BuildResult['duplicates'] = [];
  const seen = new Map<string, string>();
  for await (const result of readInputs(paths, options)) {
    if (!result.ok) {
      skipped.push(result.error);
      options.onSkip?.(result.error);
      continue;
    }
    const known = seen.get(result.doc.id);
    if (known) {
      duplicates.push({ path: result.doc.path, sameAs: known });
      continue;
    }
    seen.set(result.doc.id, result.doc.path);
    const doc = normalize(result.doc);
    const extraction = extract(doc);
    resolver.add(extraction);
    reports.push(doc.report);
    options.onDocument?.(doc.report, extraction);
  }
  const resolved = resolver.result();
  return { graph: buildGraph(resolved), resolved, reports, skipped, duplicates };
}

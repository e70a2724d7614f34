// Guards of the commands that read articles and write outputs: a mistyped path is an error before
// anything is read, a batch that read nothing writes nothing, and an empty graph never replaces a
// non-empty output unless asked (--allow-empty). Also the per-file size limit (--max-file-size).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { GovgraphError, UsageError } from '../errors';
import type { GovGraph } from '../graph';
import { DEFAULT_MAX_BYTES } from '../ingest/formats';
import { inputsNamingNothing } from '../ingest/walk';
import { build, type BuildResult } from '../pipeline';

export const MAX_FILE_SIZE_ARG = {
  type: 'string',
  description: `Largest file (or JSON Lines record) read, in MiB or with a unit: 32, 32M, 512K, 1G (default ${DEFAULT_MAX_BYTES / 2 ** 20}M)`,
} as const;

export const ALLOW_EMPTY_ARG = {
  type: 'boolean',
  description: 'Write the outputs even if the graph has no entity and out/ holds a graph or summaries (they are replaced)',
  default: false,
} as const;

const UNITS: Record<string, number> = { '': 2 ** 20, k: 2 ** 10, kib: 2 ** 10, m: 2 ** 20, mib: 2 ** 20, g: 2 ** 30, gib: 2 ** 30 };

/** --max-file-size in bytes: a number of MiB, or a number with K, M or G (binary: 1M = 1,048,576 bytes). */
export function parseFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  // 32 → 32 MiB; 1.5G; 512k; 16MiB
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!(bytes >= 1)) throw new UsageError('E_USAGE', `--max-file-size takes a size such as 32, 32M, 512K or 1G, not "${value}"`, value);
  return bytes;
}

/** Stops before anything is read when an input names nothing to read; one line names each such input and why. */
export async function requireReadableInputs(paths: string[]): Promise<void> {
  const nothing = await inputsNamingNothing(paths);
  if (nothing.length === 0) return;
  throw new GovgraphError(nothing[0]!.code, `nothing to read: ${nothing.map((e) => e.message).join('; ')}; nothing written`, nothing.map((e) => e.file).join(', '));
}

/** A batch in which no article could be read (every input skipped) is an error: there is nothing to write. */
export function requireSomethingRead(result: BuildResult): void {
  if (result.reports.length > 0 || result.duplicates.length > 0) return;
  throw new GovgraphError('E_INPUT_UNREADABLE', `no article could be read (${result.skipped.length} input(s) skipped, see the warnings above); nothing written`);
}

/** The graph has no entity: nothing but articles. */
function isEmpty(graph: GovGraph): boolean {
  return !graph.someNode((_, attrs) => attrs.label !== 'Article');
}

/** What the output folder already holds that an empty graph would replace. */
async function existingOutputs(outDir: string): Promise<string[]> {
  const held: string[] = [];
  const graphFile = path.join(outDir, 'graph.json');
  const graph = await fs.readFile(graphFile, 'utf8').then(
    (text) => JSON.parse(text) as { nodes?: unknown[] },
    () => undefined,
  ).catch(() => undefined);
  if ((graph?.nodes?.length ?? 0) > 0) held.push(`${graphFile} (${graph!.nodes!.length} nodes)`);
  const summaries = path.join(outDir, 'summaries');
  const count = (await fs.readdir(summaries, { recursive: true }).catch(() => [] as string[])).filter((f) => f.endsWith('.md')).length;
  if (count > 0) held.push(`${summaries}/ (${count} files)`);
  return held;
}

/** Refuses to write a graph with no entity over outputs that hold one, unless --allow-empty. */
export async function refuseEmptyOverFull(graph: GovGraph, outDir: string, allowEmpty: boolean): Promise<void> {
  if (allowEmpty || !isEmpty(graph)) return;
  const held = await existingOutputs(outDir);
  if (held.length === 0) return;
  throw new UsageError('E_USAGE', `the graph has no entity and would replace ${held.join(' and ')}; nothing written (pass --allow-empty to replace them)`, outDir);
}

/** The graph of --from articles (summarize, explain), with the same guards as build; nothing is written. */
export async function graphFromInputs(paths: string[], maxBytes: number): Promise<GovGraph> {
  await requireReadableInputs(paths);
  const result = await build(paths, { maxBytes, onSkip: (e) => console.error(`warning: ${e.message}`) });
  requireSomethingRead(result);
  return result.graph;
}

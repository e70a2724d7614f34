// govgraph build <paths…> --out <dir>: read, extract, resolve and write the file exports.
import { defineCommand } from 'citty';
import * as path from 'node:path';
import { UsageError } from '../../errors';
import { fileWriters } from '../../export';
import { writeOutputSet } from '../../export/output-set';
import { build, type BuildResult } from '../../pipeline';
import { collectPaths, LEXICON_ARG, useLexiconArg } from '../args';
import { ALLOW_EMPTY_ARG, MAX_FILE_SIZE_ARG, parseFileSize, refuseEmptyOverFull, requireReadableInputs, requireSomethingRead } from '../inputs';
import { countArticles, startProgress, type ProgressOptions } from '../progress';
import { formatBuildSummary } from '../summary';

/** --jobs as given on the command line: a whole number of worker threads, at least 1. */
export function parseJobs(value: string | undefined): number {
  const jobs = Number(value ?? 1);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('E_USAGE', `--jobs must be a whole number of at least 1, not "${value}"`, value);
  return jobs;
}

export interface BuildRequest {
  jobs: number;
  /** Bytes; files and JSON Lines records larger are skipped. */
  maxBytes: number;
  /** Where and how often progress is shown (tests give a stream). */
  progress?: Partial<ProgressOptions>;
}

/**
 * build() with a progress bar (or quiet lines off a terminal) and one warning line per skipped
 * input. Inputs that name nothing, or a batch in which nothing could be read, are errors.
 */
export async function buildWithProgress(paths: string[], request: BuildRequest): Promise<BuildResult> {
  await requireReadableInputs(paths);
  const progress = startProgress({ label: 'build', unit: 'articles', total: await countArticles(paths), ...request.progress });
  let result: BuildResult;
  try {
    result = await build(paths, {
      jobs: request.jobs,
      maxBytes: request.maxBytes,
      // The bar counts articles: each one read, repeated or skipped; not a file-wide problem (a bad manifest).
      onDocument: () => progress.increment(),
      onDuplicate: () => progress.increment(),
      onSkip: (e, article) => {
        if (article) progress.increment();
        console.error(`warning: ${e.message}`);
      },
    });
  } finally {
    progress.stop();
  }
  requireSomethingRead(result);
  return result;
}

export const JOBS_ARG = { type: 'string', description: 'Worker threads for normalize + extract (the graph is the same for any number)', default: '1' } as const;

export default defineCommand({
  meta: { name: 'build', description: 'Build the graph from articles and write graph.json, import.cypher, CSV and GraphML' },
  args: {
    paths: { type: 'positional', description: 'Files, folders or globs (.txt .html .htm .md .jsonl)', required: true },
    out: { type: 'string', description: 'Output folder', default: 'out' },
    strict: { type: 'boolean', description: 'Exit non-zero if any input was skipped', default: false },
    'allow-empty': ALLOW_EMPTY_ARG,
    'max-file-size': MAX_FILE_SIZE_ARG,
    jobs: JOBS_ARG,
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const result = await buildWithProgress(collectPaths(args), { jobs: parseJobs(args.jobs), maxBytes: parseFileSize(args['max-file-size']) });
    const outDir = path.resolve(args.out);
    await refuseEmptyOverFull(result.graph, outDir, args['allow-empty']);
    await writeOutputSet(outDir, async (setDir) => {
      for (const writer of fileWriters(setDir)) await writer.write(result.graph);
    });
    console.log(formatBuildSummary(result));
    console.log(`Wrote ${path.join(outDir, 'graph.json')}, import.cypher, csv/, graph.graphml, graph.gexf`);
    return args.strict && result.skipped.length > 0 ? 1 : 0;
  },
});

// govgraph build <paths…> --out <dir>: read, extract, resolve and write the file exports.
import { defineCommand } from 'citty';
import * as path from 'node:path';
import { UsageError } from '../../errors';
import { fileWriters } from '../../export';
import { build, type BuildResult } from '../../pipeline';
import { collectPaths, LEXICON_ARG, useLexiconArg } from '../args';
import { countArticles, startProgress } from '../progress';
import { formatBuildSummary } from '../summary';

/** --jobs as given on the command line: a whole number of worker threads, at least 1. */
export function parseJobs(value: string | undefined): number {
  const jobs = Number(value ?? 1);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('E_USAGE', `--jobs must be a whole number of at least 1, not "${value}"`, value);
  return jobs;
}

/** build() with a progress bar (or quiet lines off a terminal) and one warning line per skipped input. */
export async function buildWithProgress(paths: string[], jobs: number): Promise<BuildResult> {
  const progress = startProgress({ label: 'build', unit: 'articles', total: await countArticles(paths) });
  try {
    return await build(paths, {
      jobs,
      onDocument: () => progress.increment(),
      onSkip: (e) => {
        progress.increment();
        console.error(`warning: ${e.message}`);
      },
    });
  } finally {
    progress.stop();
  }
}

export const JOBS_ARG = { type: 'string', description: 'Worker threads for normalize + extract (the graph is the same for any number)', default: '1' } as const;

export default defineCommand({
  meta: { name: 'build', description: 'Build the graph from articles and write graph.json, import.cypher, CSV and GraphML' },
  args: {
    paths: { type: 'positional', description: 'Files, folders or globs (.txt .html .htm .md .jsonl)', required: true },
    out: { type: 'string', description: 'Output folder', default: 'out' },
    strict: { type: 'boolean', description: 'Exit non-zero if any input was skipped', default: false },
    jobs: JOBS_ARG,
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const result = await buildWithProgress(collectPaths(args), parseJobs(args.jobs));
    const outDir = path.resolve(args.out);
    for (const writer of fileWriters(outDir)) await writer.write(result.graph);
    console.log(formatBuildSummary(result));
    console.log(`Wrote ${path.join(outDir, 'graph.json')}, import.cypher, csv/, graph.graphml, graph.gexf`);
    return args.strict && result.skipped.length > 0 ? 1 : 0;
  },
});

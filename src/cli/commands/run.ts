// govgraph run <paths…>: the main job (npm start). Its steps, in order, are declared below as data:
// build, write the files, the Browser files and the summaries, load into Neo4j (NEO4J_URI, else the
// local server, started if needed), then a few reports over the loaded graph and where to look.
import { defineCommand } from 'citty';
import type { Driver } from 'neo4j-driver';
import * as path from 'node:path';
import { errorLine, isGovgraphError } from '../../errors';
import { fileWriters } from '../../export';
import { writeOutputSet } from '../../export/output-set';
import { ensureServer, openDriver, redactUri, toNeo4jError, type Server } from '../../neo4j/connection';
import { neo4jWriter } from '../../neo4j/writer';
import type { BuildResult } from '../../pipeline';
import { report, resolveParams } from '../../report/catalog';
import { writeBrowserFiles } from '../../report/browser';
import { formatReport } from '../../report/format';
import { runReport } from '../../report/run';
import { writeSummaries } from '../../summarize';
import { collectPaths, LEXICON_ARG, useLexiconArg } from '../args';
import { ALLOW_EMPTY_ARG, MAX_FILE_SIZE_ARG, parseFileSize, refuseEmptyOverFull } from '../inputs';
import { formatBuildSummary } from '../summary';
import { buildWithProgress, JOBS_ARG, parseJobs, type BuildRequest } from './build';

/** The reports the main job ends with, and the parameters it gives them. */
const CLOSING_REPORTS: Array<{ name: string; params: string[] }> = [
  { name: 'post-history', params: [] },
  { name: 'officials-by-district', params: ['limit=12'] },
  { name: 'hubs', params: ['limit=8'] },
];

interface RunState {
  paths: string[];
  build: BuildRequest;
  outDir: string;
  allowEmpty: boolean;
  neo4j: boolean;
  result?: BuildResult;
  /** Where the Browser style and favourites were written. */
  browserDir?: string;
  server?: Server;
  driver?: Driver;
}

/** What a step says happens next: go on, or stop with this exit code. */
type Outcome = 'next' | { exit: number };

interface RunStep {
  name: string;
  /** Only when this holds (default: always). */
  when?: (state: RunState) => boolean;
  run: (state: RunState) => Promise<Outcome>;
}

const built = (state: RunState): BuildResult => state.result!;

const RUN_STEPS: RunStep[] = [
  {
    name: 'build',
    async run(state) {
      state.result = await buildWithProgress(state.paths, state.build);
      await refuseEmptyOverFull(state.result.graph, state.outDir, state.allowEmpty);
      return 'next';
    },
  },
  {
    name: 'files',
    async run(state) {
      // One set: exports, Browser files and summaries are swapped in together.
      const summaries = await writeOutputSet(state.outDir, async (setDir) => {
        for (const writer of fileWriters(setDir)) await writer.write(built(state).graph);
        await writeBrowserFiles(setDir);
        return writeSummaries(built(state).graph, setDir, { lang: 'both' });
      });
      const browserDir = (state.browserDir = path.join(state.outDir, 'browser'));
      console.log(formatBuildSummary(built(state)));
      console.log(`Files: ${state.outDir}/graph.json, import.cypher, csv/, graph.graphml, graph.gexf, ${path.relative(state.outDir, browserDir)}/`);
      console.log(`Summaries: ${summaries.files.length} in ${state.outDir}/summaries/{zh,en}/, index ${state.outDir}/summaries/index.md`);
      return 'next';
    },
  },
  {
    name: 'server',
    when: (state) => state.neo4j,
    async run(state) {
      try {
        state.server = await ensureServer();
      } catch (err) {
        if (!isGovgraphError(err)) throw err;
        // No Java or Maven here: everything but the load is done; say how to get Neo4j, don't fail.
        if (err.code === 'E_NEO4J_LAUNCHER') {
          console.error(`govgraph: not loaded into Neo4j: ${err.message}`);
          return { exit: 0 };
        }
        console.error(errorLine(err));
        return { exit: err.exitCode };
      }
      state.driver = openDriver(state.server.conn);
      return 'next';
    },
  },
  {
    name: 'load',
    when: (state) => state.driver !== undefined,
    async run(state) {
      const { conn } = state.server!;
      const load = await neo4jWriter(state.driver!, { database: conn.database, target: redactUri(conn.uri) })
        .write(built(state).graph)
        .catch((err: unknown) => {
          throw toNeo4jError(err, conn);
        });
      console.log(`Loaded into Neo4j at ${redactUri(conn.uri)}: ${load.nodes} nodes, ${load.relationships} relationships in ${load.ms} ms (idempotent MERGE).`);
      return 'next';
    },
  },
  {
    name: 'reports',
    when: (state) => state.driver !== undefined,
    async run(state) {
      for (const { name, params } of CLOSING_REPORTS) {
        const def = report(name);
        const rows = await runReport(state.driver!, def, resolveParams(def, params), state.server!.conn.database);
        console.log('\n' + formatReport(rows, 'table'));
      }
      console.log(`\nMore reports: npm run govgraph -- report --list`);
      const browserDir = path.relative(process.cwd(), state.browserDir!);
      if (state.server!.browserUrl) console.log(`Explore: ${state.server!.browserUrl} (style: drag ${browserDir}/govgraph.grass into Browser; reports as favourites: drag the .cypher files there)`);
      return 'next';
    },
  },
];

export default defineCommand({
  meta: { name: 'run', description: 'Build the graph, write exports, load it into Neo4j and print a summary' },
  args: {
    paths: { type: 'positional', description: 'Files, folders or globs', required: true },
    out: { type: 'string', description: 'Output folder', default: 'out' },
    strict: { type: 'boolean', description: 'Exit non-zero if any input was skipped', default: false },
    neo4j: { type: 'boolean', description: 'Load into Neo4j (--no-neo4j to skip)', default: true },
    'allow-empty': ALLOW_EMPTY_ARG,
    'max-file-size': MAX_FILE_SIZE_ARG,
    jobs: JOBS_ARG,
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const state: RunState = {
      paths: collectPaths(args),
      build: { jobs: parseJobs(args.jobs), maxBytes: parseFileSize(args['max-file-size']) },
      outDir: path.resolve(args.out),
      allowEmpty: args['allow-empty'],
      neo4j: args.neo4j,
    };
    // --strict turns a run that skipped inputs into exit 1, whatever step ended it well.
    const exit = (code: number) => (code === 0 && args.strict && (state.result?.skipped.length ?? 0) > 0 ? 1 : code);
    try {
      for (const step of RUN_STEPS) {
        if (step.when && !step.when(state)) continue;
        const outcome = await step.run(state);
        if (outcome !== 'next') return exit(outcome.exit);
      }
    } catch (err) {
      if (!isGovgraphError(err) || !state.driver) throw err;
      console.error(errorLine(err));
      return err.exitCode;
    } finally {
      await state.driver?.close();
    }
    return exit(0);
  },
});

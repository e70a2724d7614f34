// govgraph run <paths…>: the main job (npm start). Build, write the exports and Browser files, load
// into Neo4j (NEO4J_URI, else the local server, started if needed), then print what was done, a few
// reports over the loaded graph, and where to look.
import { defineCommand } from 'citty';
import * as path from 'node:path';
import { FILE_EXPORTERS } from '../../export';
import { loadGraph } from '../../export/neo4j/loader';
import { isGovgraphError } from '../../errors';
import { ensureServer, openDriver, toNeo4jError } from '../../neo4j/connection';
import { writeBrowserFiles } from '../../report/browser';
import { writeSummaries } from '../../summarize';
import { report, resolveParams } from '../../report/catalog';
import { formatReport } from '../../report/format';
import { runReport } from '../../report/run';
import { collectPaths } from '../args';
import { buildWithProgress, JOBS_ARG, parseJobs } from './build';
import { formatBuildSummary } from '../summary';

/** The reports the main job ends with, and the parameters it gives them. */
const CLOSING_REPORTS: Array<{ name: string; params: string[] }> = [
  { name: 'post-history', params: [] },
  { name: 'officials-by-district', params: ['limit=12'] },
  { name: 'hubs', params: ['limit=8'] },
];

export default defineCommand({
  meta: { name: 'run', description: 'Build the graph, write exports, load it into Neo4j and print a summary' },
  args: {
    paths: { type: 'positional', description: 'Files, folders or globs', required: true },
    out: { type: 'string', description: 'Output folder', default: 'out' },
    strict: { type: 'boolean', description: 'Exit non-zero if any input was skipped', default: false },
    neo4j: { type: 'boolean', description: 'Load into Neo4j (--no-neo4j to skip)', default: true },
    jobs: JOBS_ARG,
  },
  async run({ args }) {
    const paths = collectPaths(args);
    const result = await buildWithProgress(paths, parseJobs(args.jobs));
    const outDir = path.resolve(args.out);
    for (const exporter of FILE_EXPORTERS) await exporter.export(result.graph, outDir);
    const browserDir = await writeBrowserFiles(outDir);
    const summaries = await writeSummaries(result.graph, outDir, { lang: 'both' });
    console.log(formatBuildSummary(result));
    console.log(`Files: ${outDir}/graph.json, import.cypher, csv/, graph.graphml, graph.gexf, browser/`);
    console.log(`Summaries: ${summaries.files.length} in ${outDir}/summaries/{zh,en}/, index ${outDir}/summaries/index.md`);
    const inputsOk = !(args.strict && result.skipped.length > 0);
    if (!args.neo4j) return inputsOk ? 0 : 1;

    let server;
    try {
      server = await ensureServer();
    } catch (err) {
      if (!isGovgraphError(err)) throw err;
      // No Java or Maven here: everything but the load is done; say how to get Neo4j, don't fail.
      if (err.code === 'E_NEO4J_LAUNCHER') {
        console.error(`govgraph: not loaded into Neo4j: ${err.message}`);
        return inputsOk ? 0 : 1;
      }
      console.error(`govgraph: ${err.message} [${err.code}]`);
      return 3;
    }
    const driver = openDriver(server.conn);
    try {
      const load = await loadGraph(driver, result.graph, { database: server.conn.database }).catch((err: unknown) => {
        throw toNeo4jError(err, server.conn);
      });
      console.log(`Loaded into Neo4j at ${server.conn.uri}: ${load.nodes} nodes, ${load.relationships} relationships in ${load.ms} ms (idempotent MERGE).`);
      for (const { name, params } of CLOSING_REPORTS) {
        const def = report(name);
        const rows = await runReport(driver, def, resolveParams(def, params), server.conn.database);
        console.log('\n' + formatReport(rows, 'table'));
      }
    } catch (err) {
      if (!isGovgraphError(err)) throw err;
      console.error(`govgraph: ${err.message} [${err.code}]`);
      return 3;
    } finally {
      await driver.close();
    }
    console.log(`\nMore reports: npm run govgraph -- report --list`);
    if (server.browserUrl) console.log(`Explore: ${server.browserUrl} (style: drag ${path.relative(process.cwd(), browserDir)}/govgraph.grass into Browser; reports as favourites: drag the .cypher files there)`);
    return inputsOk ? 0 : 1;
  },
});

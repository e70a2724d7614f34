// govgraph run <paths…>: the main job (npm start). Build, write the exports, load into Neo4j
// (NEO4J_URI, else the local server, started if needed), print what was done and where to look.
import { defineCommand } from 'citty';
import * as path from 'node:path';
import { FILE_EXPORTERS } from '../../export';
import { loadGraph } from '../../export/neo4j/loader';
import { ensureServer, openDriver } from '../../neo4j/connection';
import { build } from '../../pipeline';
import { isGovgraphError } from '../../errors';
import { formatBuildSummary } from '../summary';
import { collectPaths } from '../args';

export default defineCommand({
  meta: { name: 'run', description: 'Build the graph, write exports, load it into Neo4j and print a summary' },
  args: {
    paths: { type: 'positional', description: 'Files, folders or globs', required: true },
    out: { type: 'string', description: 'Output folder', default: 'out' },
    strict: { type: 'boolean', description: 'Exit non-zero if any input was skipped', default: false },
    neo4j: { type: 'boolean', description: 'Load into Neo4j (--no-neo4j to skip)', default: true },
  },
  async run({ args }) {
    const paths = collectPaths(args);
    const result = await build(paths, { onSkip: (e) => console.error(`warning: ${e.message}`) });
    const outDir = path.resolve(args.out);
    for (const exporter of FILE_EXPORTERS) await exporter.export(result.graph, outDir);
    console.log(formatBuildSummary(result));
    console.log(`Files: ${outDir}/graph.json, import.cypher, csv/, graph.graphml, graph.gexf`);
    if (args.neo4j) {
      try {
        const server = await ensureServer();
        const driver = openDriver(server.conn);
        try {
          const load = await loadGraph(driver, result.graph, { database: server.conn.database });
          console.log(`Loaded into Neo4j at ${server.conn.uri}: ${load.nodes} nodes, ${load.relationships} relationships in ${load.ms} ms (idempotent MERGE).`);
          if (server.browserUrl) console.log(`Explore: ${server.browserUrl}`);
        } finally {
          await driver.close();
        }
      } catch (err) {
        if (!isGovgraphError(err)) throw err;
        console.error(`govgraph: Neo4j not loaded: ${err.message}`);
        return 3;
      }
    }
    return args.strict && result.skipped.length > 0 ? 1 : 0;
  },
});

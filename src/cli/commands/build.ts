// govgraph build <paths…> --out <dir>: read, extract, resolve and write the file exports.
import { defineCommand } from 'citty';
import * as path from 'node:path';
import { FILE_EXPORTERS } from '../../export';
import { build } from '../../pipeline';
import { formatBuildSummary } from '../summary';
import { collectPaths } from '../args';

export default defineCommand({
  meta: { name: 'build', description: 'Build the graph from articles and write graph.json, import.cypher, CSV and GraphML' },
  args: {
    paths: { type: 'positional', description: 'Files, folders or globs (.txt .html .htm .md .jsonl)', required: true },
    out: { type: 'string', description: 'Output folder', default: 'out' },
    strict: { type: 'boolean', description: 'Exit non-zero if any input was skipped', default: false },
  },
  async run({ args }) {
    const paths = collectPaths(args);
    const result = await build(paths, { onSkip: (e) => console.error(`warning: ${e.message}`) });
    const outDir = path.resolve(args.out);
    for (const exporter of FILE_EXPORTERS) await exporter.export(result.graph, outDir);
    console.log(formatBuildSummary(result));
    console.log(`Wrote ${path.join(outDir, 'graph.json')}, import.cypher, csv/, graph.graphml, graph.gexf`);
    return args.strict && result.skipped.length > 0 ? 1 : 0;
  },
});

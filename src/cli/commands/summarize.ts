// govgraph summarize [entity…] [--lang zh|en|both] [--out dir] [--graph file] [--from paths]:
// cited Markdown summaries, all of them to <out>/summaries/, or the named ones to stdout (or <out>).
import { defineCommand } from 'citty';
import { LEXICON_ARG, useLexiconArg } from '../args';
import { graphFromInputs, MAX_FILE_SIZE_ARG, parseFileSize } from '../inputs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../../export/atomic';
import { writeOutputSet } from '../../export/output-set';
import { DEFAULT_GRAPH_FILE, LANGS, loadGraph, resolveEntity, summarize, summaryPath, writeSummaries, type Lang } from '../../summarize';

export default defineCommand({
  meta: { name: 'summarize', description: 'Cited Markdown summaries of officials, districts, companies, institutions and projects, in Chinese and English' },
  args: {
    entities: { type: 'positional', description: 'Entities by name, alias or id; none: every entity, written to <out>/summaries/', required: false },
    lang: { type: 'enum', options: ['zh', 'en', 'both'], description: 'Language of the summaries', default: 'both' },
    out: { type: 'string', description: 'Output folder; summaries go to <out>/summaries/{zh,en}/ (default out when no entity is named)' },
    graph: { type: 'string', description: 'The graph.json to read', default: DEFAULT_GRAPH_FILE },
    from: { type: 'string', description: 'Build the graph from these articles instead of reading graph.json (repeatable)' },
    'max-file-size': MAX_FILE_SIZE_ARG,
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const from = ([] as unknown[]).concat(args.from ?? []).map(String);
    const graph = from.length > 0 ? await graphFromInputs(from, parseFileSize(args['max-file-size'])) : await loadGraph(args.graph);
    const langs: readonly Lang[] = args.lang === 'both' ? LANGS : [args.lang as Lang];
    const queries = [...new Set([args.entities, ...args._].filter((q): q is string => typeof q === 'string' && q.length > 0))];
    if (queries.length === 0) {
      const outDir = path.resolve(args.out ?? 'out');
      const dir = path.join(outDir, 'summaries');
      const written = await writeOutputSet(outDir, async (setDir) => {
        // --lang zh keeps the English summaries there are: start from the summaries as they are.
        await fs.cp(dir, path.join(setDir, 'summaries'), { recursive: true, dereference: true }).catch(() => undefined);
        return writeSummaries(graph, setDir, { lang: args.lang as Lang | 'both' });
      });
      console.log(`Wrote ${written.entities} summaries in ${langs.join(' and ')} to ${dir}; index: ${path.join(dir, 'index.md')}`);
      return 0;
    }
    const ids = queries.map((query) => resolveEntity(graph, query));
    for (const id of ids) {
      for (const lang of langs) {
        const { markdown } = summarize(graph, id, lang);
        if (!args.out) {
          console.log(markdown);
          continue;
        }
        const file = path.resolve(args.out, 'summaries', summaryPath(graph, id, lang));
        await writeFileAtomic(file, markdown);
        console.log(`Wrote ${file}`);
      }
    }
    return 0;
  },
});

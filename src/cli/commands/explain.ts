// govgraph explain <A> <B> [--lang zh|en] [--max-hops 4] [--graph file] [--from paths]: the shortest
// cited paths between two entities, articles excluded. Exits 1 when they are not connected.
import { defineCommand } from 'citty';
import { LEXICON_ARG, useLexiconArg } from '../args';
import { graphFromInputs, MAX_FILE_SIZE_ARG, parseFileSize } from '../inputs';
import { UsageError } from '../../errors';
import { DEFAULT_GRAPH_FILE, DEFAULT_MAX_HOPS, explain, loadGraph, renderExplanation, resolveEntity, type Lang } from '../../summarize';

export default defineCommand({
  meta: { name: 'explain', description: 'How two entities are connected: the shortest paths, each hop a cited sentence' },
  args: {
    a: { type: 'positional', description: 'An entity by name, alias or id', required: true },
    b: { type: 'positional', description: 'Another entity by name, alias or id', required: true },
    lang: { type: 'enum', options: ['zh', 'en'], description: 'Language of the explanation', default: 'zh' },
    'max-hops': { type: 'string', description: 'Longest path looked for, in hops', default: String(DEFAULT_MAX_HOPS) },
    graph: { type: 'string', description: 'The graph.json to read', default: DEFAULT_GRAPH_FILE },
    from: { type: 'string', description: 'Build the graph from these articles instead of reading graph.json (repeatable)' },
    'max-file-size': MAX_FILE_SIZE_ARG,
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const maxHops = Number(args['max-hops']);
    if (!Number.isInteger(maxHops) || maxHops < 1) throw new UsageError('E_USAGE', `--max-hops ${args['max-hops']}: give a whole number of at least 1`, String(args['max-hops']));
    const from = ([] as unknown[]).concat(args.from ?? []).map(String);
    const graph = from.length > 0 ? await graphFromInputs(from, parseFileSize(args['max-file-size'])) : await loadGraph(args.graph);
    const a = resolveEntity(graph, args.a);
    const b = resolveEntity(graph, args.b);
    if (a === b) throw new UsageError('E_USAGE', `"${args.a}" and "${args.b}" are the same entity (${a})`, a);
    const explanation = explain(graph, a, b, { maxHops });
    console.log(renderExplanation(graph, explanation, args.lang as Lang));
    return explanation.hops === null ? 1 : 0;
  },
});

// "How are A and B connected": every shortest path between two entities over the graph taken as
// undirected, articles excluded (two things named in one article are not thereby connected), each
// hop told as cited sentences. An unweighted breadth-first search; graphology's helpers are not needed.
import type { GovGraph } from '../graph';
import { Citations } from './citations';
import { compareDated } from './dates';
import { dateOf, labelOf, relationshipsBetween, relationshipsOf } from './read';
import { phrasebook } from './summary';
import type { Lang } from './types';

export interface ExplainOptions {
  /** Longest path looked for, in hops. */
  maxHops?: number;
  /** Paths listed at most; the count of all shortest paths is still given. */
  maxPaths?: number;
}

export interface Explanation {
  from: string;
  to: string;
  maxHops: number;
  /** Number of hops of the shortest paths; null when none is within maxHops. */
  hops: number | null;
  /** How many shortest paths there are. */
  total: number;
  /** The first maxPaths of them, each as its node ids from `from` to `to`. */
  paths: string[][];
}

export const DEFAULT_MAX_HOPS = 4;
const DEFAULT_MAX_PATHS = 10;

function neighbours(graph: GovGraph, id: string): string[] {
  const ids = new Set<string>();
  for (const rel of relationshipsOf(graph, id)) {
    const other = rel.source === id ? rel.target : rel.source;
    if (labelOf(graph, other) !== 'Article') ids.add(other);
  }
  return [...ids].sort();
}

export function explain(graph: GovGraph, from: string, to: string, options: ExplainOptions = {}): Explanation {
  const maxHops = options.maxHops ?? DEFAULT_MAX_HOPS;
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  // Breadth-first from `from`, keeping every predecessor one layer up, until `to`'s layer is done.
  const depth = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, string[]>();
  let layer = [from];
  for (let d = 1; d <= maxHops && layer.length > 0 && !depth.has(to); d++) {
    const next: string[] = [];
    for (const id of layer) {
      for (const other of neighbours(graph, id)) {
        if (!depth.has(other)) {
          depth.set(other, d);
          next.push(other);
        }
        if (depth.get(other) === d) predecessors.set(other, [...(predecessors.get(other) ?? []), id]);
      }
    }
    layer = next;
  }
  const hops = from === to ? 0 : depth.get(to) ?? null;
  if (hops === null) return { from, to, maxHops, hops, total: 0, paths: [] };

  // Count the paths into each node, then list the first maxPaths in search order.
  const counts = new Map<string, number>([[from, 1]]);
  const countTo = (id: string): number => {
    const known = counts.get(id);
    if (known !== undefined) return known;
    const n = (predecessors.get(id) ?? []).reduce((sum, p) => sum + countTo(p), 0);
    counts.set(id, n);
    return n;
  };
  const paths: string[][] = [];
  const walk = (id: string, suffix: string[]): void => {
    if (paths.length >= maxPaths) return;
    if (id === from) {
      paths.push([from, ...suffix]);
      return;
    }
    for (const p of predecessors.get(id) ?? []) walk(p, [id, ...suffix]);
  };
  walk(to, []);
  return { from, to, maxHops, hops, total: countTo(to), paths };
}

/** The explanation as Markdown: each path a numbered list of hops, each hop its cited sentences. */
export function renderExplanation(graph: GovGraph, explanation: Explanation, lang: Lang): string {
  const say = phrasebook(graph, lang);
  const citations = new Citations(graph);
  const { from, to, hops, total, paths } = explanation;
  const lines = [`# ${say.explainHeading(from, to)}`, ''];
  if (hops === null) {
    lines.push(say.explainNone(from, to, explanation.maxHops));
    return lines.join('\n') + '\n';
  }
  lines.push(say.explainFound(total, paths.length, hops), '');
  paths.forEach((path, i) => {
    lines.push(`## ${say.pathTitle(i + 1)}`, '');
    for (let h = 0; h + 1 < path.length; h++) {
      const rels = relationshipsBetween(graph, path[h] as string, path[h + 1] as string).sort(
        (a, b) => compareDated(dateOf(graph, a), dateOf(graph, b)) || (a.key < b.key ? -1 : 1),
      );
      lines.push(`${h + 1}. ${rels.map((rel) => say.statement(rel, citations.cite(rel.attrs.evidence))).join(' ')}`);
    }
    lines.push('');
  });
  lines.push(`## ${say.sourcesTitle()}`, '');
  for (const source of citations.sources) lines.push(say.source(source));
  return lines.join('\n') + '\n';
}

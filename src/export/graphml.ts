// GraphML (yEd, Gephi, Cytoscape) and GEXF (Gephi). graphology-graphml only parses, so the GraphML
// is built with xmlbuilder2 (which escapes) and the tests read it back with graphology-graphml;
// GEXF comes from graphology-gexf's writer. Both hold only scalar attributes: aliases are joined
// with "、" and evidence is reduced to its count and first sentence. Characters XML 1.0 forbids
// (a \x01 or \u0000 from a mangled page or a JSON Lines field) become U+FFFD, so both files parse.
import * as path from 'node:path';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import type { GovGraph } from '../graph';
import { writeFileAtomic } from './atomic';
import type { GraphWriter, WriteSummary } from './types';

type Scalar = string | number | boolean;

// C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates not in a pair: "a\x01b" → "a\uFFFDb"
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character XML 1.0 forbids replaced by U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

function xmlSafeScalar(value: Scalar): Scalar {
  return typeof value === 'string' ? xmlSafe(value) : value;
}

/** A function giving each id its XML-safe form, the same every time, distinct from every other's. */
function distinctSafeIds(): (id: string) => string {
  const safeIds = new Map<string, string>();
  const taken = new Set<string>();
  return (id) => {
    let safe = safeIds.get(id);
    if (safe !== undefined) return safe;
    safe = xmlSafe(id);
    for (let n = 2; taken.has(safe); n++) safe = `${xmlSafe(id)}#${n}`;
    safeIds.set(id, safe);
    taken.add(safe);
    return safe;
  };
}

/**
 * The graph with scalar attributes only, every text XML-safe. Ids made safe stay distinct: one that
 * would equal another's gets a number ("a\x01" and "a\x02" → "a\uFFFD", "a\uFFFD#2").
 */
export function flatten(graph: GovGraph): Graph {
  const flat = new Graph({ type: 'directed', multi: true });
  const nodeId = distinctSafeIds();
  const edgeKey = distinctSafeIds();
  graph.forEachNode((id, attrs) => {
    const flatAttrs: Record<string, Scalar> = {};
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined) continue;
      flatAttrs[xmlSafe(key)] = xmlSafeScalar(Array.isArray(value) ? value.join('、') : value);
    }
    flat.addNode(nodeId(id), flatAttrs);
  });
  graph.forEachEdge((key, attrs, from, to) => {
    const { evidence, ...rest } = attrs;
    const flatAttrs: Record<string, Scalar> = {};
    for (const [name, value] of Object.entries({ ...rest, evidenceCount: evidence.length, evidence: evidence[0]?.sentence ?? '' })) {
      if (value !== undefined) flatAttrs[xmlSafe(name)] = xmlSafeScalar(value as Scalar);
    }
    flat.addDirectedEdgeWithKey(edgeKey(key), nodeId(from), nodeId(to), flatAttrs);
  });
  return flat;
}

function graphmlType(values: Scalar[]): string {
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'double';
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

export function toGraphml(graph: GovGraph): string {
  const flat = flatten(graph);
  const nodeKeys = new Map<string, Scalar[]>();
  const edgeKeys = new Map<string, Scalar[]>();
  const collect = (keys: Map<string, Scalar[]>, attrs: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(attrs)) {
      let values = keys.get(k);
      if (!values) keys.set(k, (values = []));
      values.push(v as Scalar);
    }
  };
  flat.forEachNode((_, attrs) => collect(nodeKeys, attrs));
  flat.forEachEdge((_, attrs) => collect(edgeKeys, attrs));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  for (const [name, values] of nodeKeys) root.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': graphmlType(values) });
  for (const [name, values] of edgeKeys) root.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': graphmlType(values) });
  const g = root.ele('graph', { edgedefault: 'directed' });
  flat.forEachNode((id, attrs) => {
    const node = g.ele('node', { id });
    for (const [k, v] of Object.entries(attrs)) node.ele('data', { key: `n_${k}` }).txt(String(v));
  });
  flat.forEachEdge((key, attrs, from, to) => {
    const edge = g.ele('edge', { id: key, source: from, target: to });
    for (const [k, v] of Object.entries(attrs)) edge.ele('data', { key: `e_${k}` }).txt(String(v));
  });
  return root.end({ prettyPrint: true });
}

export function graphmlWriter(outDir: string): GraphWriter {
  return {
    name: 'graphml',
    async write(graph: GovGraph): Promise<WriteSummary> {
      const file = path.resolve(outDir, 'graph.graphml');
      await writeFileAtomic(file, toGraphml(graph));
      const gexf = path.resolve(outDir, 'graph.gexf');
      await writeFileAtomic(gexf, writeGexf(flatten(graph)));
      return { writer: this.name, targets: [file, gexf], nodes: graph.order, relationships: graph.size };
    },
  };
}

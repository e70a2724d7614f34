// GraphML (yEd, Gephi, Cytoscape) and GEXF (Gephi). graphology-graphml only parses, so the GraphML
// is built with xmlbuilder2 (which escapes) and the tests read it back with graphology-graphml;
// GEXF comes from graphology-gexf's writer. Both hold only scalar attributes: aliases are joined
// with "、" and evidence is reduced to its count and first sentence.
import * as path from 'node:path';
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { create } from 'xmlbuilder2';
import type { GovGraph } from '../graph';
import { writeFileAtomic } from './atomic';
import type { GraphWriter, WriteSummary } from './types';

type Scalar = string | number | boolean;

/** The graph with scalar attributes only. */
export function flatten(graph: GovGraph): Graph {
  const flat = new Graph({ type: 'directed', multi: true });
  graph.forEachNode((id, attrs) => {
    const flatAttrs: Record<string, Scalar> = {};
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined) continue;
      flatAttrs[key] = Array.isArray(value) ? value.join('、') : value;
    }
    flat.addNode(id, flatAttrs);
  });
  graph.forEachEdge((key, attrs, from, to) => {
    const { evidence, ...rest } = attrs;
    flat.addDirectedEdgeWithKey(key, from, to, { ...rest, evidenceCount: evidence.length, evidence: evidence[0]?.sentence ?? '' });
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

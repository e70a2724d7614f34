// Random graphs for the exporters' property tests: names, aliases, sentences and properties drawn
// from any text, with the characters that break formats mixed in.
import fc from 'fast-check';
import Graph from 'graphology';
import type { EdgeAttributes, GovGraph, GraphAttributes, NodeAttributes } from '../../src/graph';
import type { EntityLabel, RelationType } from '../../src/types';

// Characters that break formats, mixed with ordinary ones.
const HOSTILE = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\ufffe', '\uffff', '\ud800', '\udc00', '\u202e', '<', '&', '"', "'", ']]>', '\\', '`', ',', '\n', '\r', '\t', '王', '区', 'a'];
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: fc.constantFrom(...HOSTILE), maxLength: 12 }));
// An empty alias and no alias are the same empty cell in CSV; govgraph makes no empty aliases.
const alias = text.filter((a) => a.length > 0);

const LABELS: EntityLabel[] = ['Official', 'Project', 'Company', 'Article'];
const TYPES: RelationType[] = ['HOLDS_POSITION', 'LOCATED_IN', 'MENTIONED_IN'];

export const nodeArb = fc.record({ label: fc.constantFrom(...LABELS), name: text, aliases: fc.array(alias, { maxLength: 3 }), note: text });
export const edgeArb = fc.record({ type: fc.constantFrom(...TYPES), from: fc.nat(), to: fc.nat(), role: text, sentence: text, docId: text, ruleId: text });

type NodeDraw = { label: EntityLabel; name: string; aliases: string[]; note: string };
type EdgeDraw = { type: RelationType; from: number; to: number; role: string; sentence: string; docId: string; ruleId: string };

export function makeGraph(nodes: NodeDraw[], edges: EdgeDraw[]): GovGraph {
  const graph: GovGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ generator: 'govgraph', schemaVersion: 1, articles: 0, mergeRecords: '[]', mergeCandidates: '[]' });
  nodes.forEach((n, i) => graph.addNode(`${n.label}:${n.name}#${i}`, { label: n.label, name: n.name, aliases: n.aliases, note: n.note }));
  const ids = graph.nodes();
  edges.forEach((e, i) => {
    const from = ids[e.from % ids.length]!;
    const to = ids[e.to % ids.length]!;
    if (from === to) return;
    const evidence = [{ docId: e.docId, sentence: e.sentence, start: 0, end: e.sentence.length, ruleId: e.ruleId }];
    graph.addDirectedEdgeWithKey(`${e.type}:${e.role}#${i}`, from, to, { type: e.type, role: e.role, evidence });
  });
  return graph;
}

/** A text as it reads back from UTF-8: a lone surrogate can't be encoded and comes back as U+FFFD. */
export const asUtf8 = (value: string) => Buffer.from(value, 'utf8').toString('utf8');

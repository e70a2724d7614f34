// The graph stage: the resolved entities and facts as one typed graphology graph. Its export
// (graph.export()) is govgraph's public graph.json contract, documented in schema/.
import Graph from 'graphology';
import type { AttrValue, EntityLabel, Evidence, RelationType } from '../types';
import type { Resolved } from '../resolve';
import { SCHEMA } from './schema';

export interface NodeAttributes {
  label: EntityLabel;
  name: string;
  aliases: string[];
  [key: string]: AttrValue | string[] | undefined;
}

export interface EdgeAttributes {
  type: RelationType;
  evidence: Evidence[];
  title?: string;
  role?: string;
  [key: string]: AttrValue | Evidence[] | undefined;
}

export interface GraphAttributes {
  generator: string;
  schemaVersion: number;
  articles: number;
  mergeRecords: string;
  mergeCandidates: string;
}

export type GovGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Build the graph; node keys are entity ids and edge keys fact ids, so rebuilding gives the same graph. */
export function buildGraph(resolved: Resolved): GovGraph {
  const graph: GovGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({
    generator: 'govgraph',
    schemaVersion: SCHEMA.version,
    articles: resolved.articles.size,
    mergeRecords: JSON.stringify(resolved.merges),
    mergeCandidates: JSON.stringify(resolved.candidates),
  });
  const entities = [...resolved.entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const entity of entities) {
    graph.addNode(entity.id, { label: entity.label, name: entity.name, aliases: [...entity.aliases], ...entity.attrs });
  }
  // Possible duplicates stay two nodes; each names the other and why, so Neo4j and Browser show them.
  for (const c of resolved.candidates) {
    for (const [self, other] of [[c.a, c.b], [c.b, c.a]] as const) {
      if (!graph.hasNode(self)) continue;
      const attrs = graph.getNodeAttributes(self);
      graph.mergeNodeAttributes(self, {
        mergeCandidates: [...((attrs.mergeCandidates as string[] | undefined) ?? []), other],
        mergeCandidateReasons: [...((attrs.mergeCandidateReasons as string[] | undefined) ?? []), c.reason],
      });
    }
  }
  const facts = [...resolved.facts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const fact of facts) {
    if (fact.evidence.length === 0) continue; // no edge without evidence
    graph.addDirectedEdgeWithKey(fact.id, fact.from, fact.to, { type: fact.type, ...fact.props, evidence: fact.evidence.map((e) => ({ ...e })) });
  }
  return graph;
}

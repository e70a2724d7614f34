// Reading the graph for summaries and explanations: an entity's relationships (MENTIONED_IN aside),
// the articles evidence cites, the dates that order statements, the place a district belongs to.
import type { EdgeAttributes, GovGraph } from '../graph';
import type { EntityLabel, Evidence, RelationType } from '../types';
import { compareDated, dated, type Dated } from './dates';

export interface Relationship {
  key: string;
  type: RelationType;
  source: string;
  target: string;
  attrs: EdgeAttributes;
}

export interface ArticleRef {
  id: string;
  docId: string;
  title: string;
  date: Dated | null;
  site?: string;
}

export function labelOf(graph: GovGraph, id: string): EntityLabel {
  return graph.getNodeAttribute(id, 'label');
}

export function nameOf(graph: GovGraph, id: string): string {
  return graph.getNodeAttribute(id, 'name');
}

function relationship(graph: GovGraph, key: string): Relationship {
  const attrs = graph.getEdgeAttributes(key);
  return { key, type: attrs.type, source: graph.source(key), target: graph.target(key), attrs };
}

/** Every relationship of an entity except MENTIONED_IN (which only says where it was read). */
export function relationshipsOf(graph: GovGraph, id: string): Relationship[] {
  return graph.edges(id).filter((key) => graph.getEdgeAttribute(key, 'type') !== 'MENTIONED_IN').map((key) => relationship(graph, key));
}

/** The relationships joining two entities, in either direction, MENTIONED_IN aside. */
export function relationshipsBetween(graph: GovGraph, a: string, b: string): Relationship[] {
  return graph
    .edges(a, b) // both directions
    .filter((key) => graph.getEdgeAttribute(key, 'type') !== 'MENTIONED_IN')
    .map((key) => relationship(graph, key));
}

/** One piece of evidence per article the entity is mentioned in (the first mention). */
export function mentionEvidence(graph: GovGraph, id: string): Evidence[] {
  return graph
    .outEdges(id)
    .filter((key) => graph.getEdgeAttribute(key, 'type') === 'MENTIONED_IN')
    .flatMap((key) => graph.getEdgeAttribute(key, 'evidence'));
}

export function articleOf(graph: GovGraph, docId: string): ArticleRef {
  const id = `Article:${docId}`;
  if (!graph.hasNode(id)) return { id, docId, title: id, date: null };
  const attrs = graph.getNodeAttributes(id);
  const site = typeof attrs.source === 'string' ? attrs.source : undefined;
  return { id, docId, title: String(attrs.title ?? attrs.name), date: dated(attrs.date, attrs.datePrecision), ...(site ? { site } : {}) };
}

/** Evidence in reading order: by article date (undated last), then article, then position. */
export function sortEvidence(graph: GovGraph, evidence: Evidence[]): Evidence[] {
  return [...evidence].sort(
    (a, b) =>
      compareDated(articleOf(graph, a.docId).date, articleOf(graph, b.docId).date) ||
      (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0) ||
      a.start - b.start,
  );
}

/** The date a statement is ordered by: what the relationship states, else its earliest article. */
export function dateOf(graph: GovGraph, rel: Relationship): Dated | null {
  const { attrs } = rel;
  const stated = dated(attrs.start) ?? dated(attrs.date) ?? dated(attrs.firstSeen, attrs.firstSeenPrecision);
  if (stated) return stated;
  const first = sortEvidence(graph, attrs.evidence)[0];
  return first ? articleOf(graph, first.docId).date : null;
}

/** The city (or province) a district, zone or city belongs to, when that node is in the graph. */
export function parentPlaceOf(graph: GovGraph, id: string): string | undefined {
  const partOf = graph.outEdges(id).find((key) => graph.getEdgeAttribute(key, 'type') === 'PART_OF');
  if (partOf) return graph.target(partOf);
  const code = graph.getNodeAttribute(id, 'parentCode');
  if (typeof code !== 'string' || !code) return undefined;
  return [`City:${code}`, `Province:${code}`].find((candidate) => graph.hasNode(candidate));
}

/** What a HOLDS_POSITION says about time: dates the text states, else the dates of the articles. */
export type Timing =
  | { kind: 'span'; start: Dated; end: Dated }
  | { kind: 'from'; start: Dated }
  | { kind: 'until'; end: Dated }
  | { kind: 'asOf'; date: Dated }
  | { kind: 'between'; first: Dated; last: Dated }
  | { kind: 'undated' };

export function positionTiming(attrs: EdgeAttributes): Timing {
  const start = dated(attrs.start);
  const end = dated(attrs.end);
  if (start && end) return { kind: 'span', start, end };
  if (start) return { kind: 'from', start };
  if (end) return { kind: 'until', end };
  const first = dated(attrs.firstSeen, attrs.firstSeenPrecision);
  const last = dated(attrs.lastSeen, attrs.lastSeenPrecision) ?? first;
  if (!first || !last) return { kind: 'undated' };
  return first.value === last.value ? { kind: 'asOf', date: first } : { kind: 'between', first, last };
}

// Finding the entity a user means: by id, name or alias. A name that fits several entities is an
// error that lists them with their ids, so the user can pick one.
import { GovgraphError } from '../errors';
import type { GovGraph } from '../graph';
import { labelOf, nameOf, parentPlaceOf } from './read';

/** Ids of the entities (articles aside) whose id, name or alias is `query`, sorted. */
export function findEntities(graph: GovGraph, query: string): string[] {
  const q = query.trim();
  if (graph.hasNode(q) && labelOf(graph, q) !== 'Article') return [q];
  return graph
    .filterNodes((_id, attrs) => attrs.label !== 'Article' && (attrs.name === q || attrs.aliases.includes(q)))
    .sort();
}

/** One line that tells candidates apart: `District:370402  市中区 (District, in 枣庄市)`. */
export function describeEntity(graph: GovGraph, id: string): string {
  const details: string[] = [labelOf(graph, id)];
  const role = graph.getNodeAttribute(id, 'role');
  if (typeof role === 'string' && role) details.push(role);
  const parent = parentPlaceOf(graph, id);
  if (parent) details.push(`in ${nameOf(graph, parent)}`);
  for (const key of graph.outEdges(id)) {
    const attrs = graph.getEdgeAttributes(key);
    if (attrs.type === 'HOLDS_POSITION') details.push(`${nameOf(graph, graph.target(key))}${attrs.title ?? ''}`);
  }
  return `${id}  ${nameOf(graph, id)} (${details.join(', ')})`;
}

/** A name that fits several entities: the message lists them, one id and description a line. */
export class AmbiguousEntityError extends GovgraphError {
  override readonly name: string = 'AmbiguousEntityError';
  constructor(
    query: string,
    readonly candidates: string[],
    descriptions: string[],
  ) {
    super('E_USAGE', `"${query}" names ${candidates.length} entities; give one of these ids instead:\n${descriptions.map((d) => `  ${d}`).join('\n')}`, query);
  }
}

/** The one entity `query` names; throws when it names none or several. */
export function resolveEntity(graph: GovGraph, query: string): string {
  const found = findEntities(graph, query);
  if (found.length === 0) throw new GovgraphError('E_ENTITY_UNKNOWN', `no entity is named "${query}" (by id, name or alias)`, query);
  const [only] = found;
  if (only === undefined || found.length > 1) throw new AmbiguousEntityError(query, found, found.map((id) => describeEntity(graph, id)));
  return only;
}

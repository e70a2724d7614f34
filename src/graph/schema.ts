// The graph contract from schema/schema.json, typed for the code: labels, relationship types and
// their properties. The same file is read by the tests, so code and contract can't drift apart.
import schemaJson from '../../schema/schema.json';
import type { EntityLabel, RelationType } from '../types';

export type PropertyType = 'string' | 'string?' | 'string[]' | 'string[]?' | 'number' | 'number?' | 'number[]';

export interface GraphSchema {
  version: number;
  nodes: Record<EntityLabel, { description: string; properties: Record<string, PropertyType> }>;
  relationships: Record<RelationType, { from: EntityLabel[]; to: EntityLabel[]; properties: Record<string, PropertyType> }>;
  /** The evidence every relationship carries: its fields in graph.json, its parallel lists in Neo4j and CSV. */
  evidence: { graphJson: Record<string, PropertyType>; neo4j: Record<string, PropertyType> };
}

export const SCHEMA = schemaJson as unknown as GraphSchema;
export const LABELS = Object.keys(SCHEMA.nodes) as EntityLabel[];
export const RELATION_TYPES = Object.keys(SCHEMA.relationships) as RelationType[];

export function isLabel(value: string): value is EntityLabel {
  return (LABELS as string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as string[]).includes(value);
}

// The graph as rows for the database and the script exporters: nodes grouped by label,
// relationships grouped by type, evidence flattened into parallel lists (Neo4j stores no maps).
import type { EdgeAttributes, GovGraph, NodeAttributes } from '../graph';
import { evidenceKey } from '../resolve';
import type { AttrValue, EntityLabel, RelationType } from '../types';

export interface NodeRow {
  id: string;
  name: string;
  aliases: string[];
  props: Record<string, AttrValue | string[]>;
}

export interface EvidenceLists {
  keys: string[];
  docIds: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
  rules: string[];
}

export interface RelationshipRow {
  key: string;
  from: string;
  to: string;
  props: Record<string, AttrValue>;
  firstSeen: string | null;
  lastSeen: string | null;
  ev: EvidenceLists;
}

export function nodeRows(graph: GovGraph): Map<EntityLabel, NodeRow[]> {
  const out = new Map<EntityLabel, NodeRow[]>();
  graph.forEachNode((id, attrs: NodeAttributes) => {
    const props: NodeRow['props'] = {};
    for (const [key, value] of Object.entries(attrs)) {
      if (key === 'label' || key === 'name' || key === 'aliases' || value === undefined) continue;
      // Lists of strings (merge candidates) are stored as Neo4j string lists.
      if (Array.isArray(value) && !value.every((v) => typeof v === 'string')) continue;
      props[key] = value as AttrValue | string[];
    }
    const rows = out.get(attrs.label) ?? [];
    rows.push({ id, name: attrs.name, aliases: attrs.aliases, props });
    out.set(attrs.label, rows);
  });
  return out;
}

export function relationshipRows(graph: GovGraph): Map<RelationType, RelationshipRow[]> {
  const out = new Map<RelationType, RelationshipRow[]>();
  graph.forEachEdge((key, attrs: EdgeAttributes, from, to) => {
    const props: Record<string, AttrValue> = {};
    for (const [name, value] of Object.entries(attrs)) {
      if (name === 'type' || name === 'evidence' || name === 'firstSeen' || name === 'lastSeen' || value === undefined || Array.isArray(value)) continue;
      props[name] = value as AttrValue;
    }
    const ev: EvidenceLists = { keys: [], docIds: [], sentences: [], starts: [], ends: [], rules: [] };
    for (const e of attrs.evidence) {
      ev.keys.push(evidenceKey(e));
      ev.docIds.push(e.docId);
      ev.sentences.push(e.sentence);
      ev.starts.push(e.start);
      ev.ends.push(e.end);
      ev.rules.push(e.ruleId);
    }
    const rows = out.get(attrs.type) ?? [];
    rows.push({
      key,
      from,
      to,
      props,
      firstSeen: typeof attrs.firstSeen === 'string' ? attrs.firstSeen : null,
      lastSeen: typeof attrs.lastSeen === 'string' ? attrs.lastSeen : null,
      ev,
    });
    out.set(attrs.type, rows);
  });
  return out;
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

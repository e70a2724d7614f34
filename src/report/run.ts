// Running a report against Neo4j: read transaction, parameters only, results as plain values
// (integers as numbers, lists as lists, nodes and relationships reduced to their properties).
import neo4j, { type Driver } from 'neo4j-driver';
import { integers } from '../neo4j/values';
import type { ReportDef, ParamValue } from './catalog';

export type Cell = string | number | boolean | null | Cell[] | { [key: string]: Cell };

export interface ReportResult {
  name: string;
  columns: string[];
  rows: Cell[][];
}

export function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof neo4j.types.Node || value instanceof neo4j.types.Relationship) return plain(value.properties);
  if (value instanceof neo4j.types.Path) return value.segments.map((s) => plain(s.relationship.properties));
  if (typeof value === 'object' && typeof (value as { toString?: unknown }).toString === 'function' && value.constructor !== Object) {
    return String(value); // dates, durations, points
  }
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = plain(v);
  return out;
}

export async function runReport(driver: Driver, def: ReportDef, params: Record<string, ParamValue>, database?: string): Promise<ReportResult> {
  const result = await driver.executeQuery(def.query, integers(params), { database, routing: neo4j.routing.READ });
  const columns = result.keys.map(String);
  return { name: def.name, columns, rows: result.records.map((r) => columns.map((c) => plain(r.get(c)))) };
}

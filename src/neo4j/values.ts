// Values on their way to Neo4j. JavaScript numbers are floats to the driver; whole numbers (offsets,
// years, LIMIT and SKIP, which accept nothing else) must go as Neo4j integers.
import neo4j from 'neo4j-driver';

/** Whole numbers become Neo4j integers, in lists and maps too; the rest passes as is. */
export function integers<T>(value: T): T {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value) as unknown as T;
  if (Array.isArray(value)) return value.map(integers) as unknown as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = integers(v);
    return out as T;
  }
  return value;
}

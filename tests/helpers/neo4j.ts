// The test project's Neo4j (see tests/setup/neo4j.ts): a driver on it and a clean slate per file.
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Connection } from '../../src/neo4j/connection';

export function testConnection(): Connection {
  const c = inject('neo4j');
  return { uri: c.uri, user: c.user, database: c.database, source: 'env', ...(c.password ? { password: c.password } : {}) };
}

export function testDriver(): Driver {
  const c = inject('neo4j');
  return neo4j.driver(c.uri, c.password ? neo4j.auth.basic(c.user, c.password) : undefined);
}

/** Everything in the test database gone (constraints stay: they are created IF NOT EXISTS). */
export async function resetDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: inject('neo4j').database });
}

export async function count(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await driver.executeQuery(query, params, { database: inject('neo4j').database });
  const value = result.records[0]?.get(0);
  return typeof value === 'number' ? value : neo4j.integer.toNumber(value);
}

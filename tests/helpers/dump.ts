// The whole database as sorted plain data, so two loads can be compared for equality.
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { plain, type Cell } from '../../src/report/run';

export interface Dump {
  nodes: Array<{ labels: string[]; props: Record<string, Cell> }>;
  relationships: Array<{ type: string; from: string; to: string; props: Record<string, Cell> }>;
}

function sortedProps(props: Record<string, unknown>): Record<string, Cell> {
  return Object.fromEntries(Object.keys(props).sort().map((k) => [k, plain(props[k])]));
}

export async function dumpDatabase(driver: Driver): Promise<Dump> {
  const database = inject('neo4j').database;
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, { database, routing: neo4j.routing.READ });
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    {},
    { database, routing: neo4j.routing.READ },
  );
  const dump: Dump = {
    nodes: nodes.records.map((r) => ({ labels: [...(r.get('labels') as string[])].sort(), props: sortedProps(r.get('props')) })),
    relationships: rels.records.map((r) => ({ type: r.get('type'), from: r.get('from'), to: r.get('to'), props: sortedProps(r.get('props')) })),
  };
  const key = (x: unknown) => JSON.stringify(x);
  dump.nodes.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  dump.relationships.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return dump;
}

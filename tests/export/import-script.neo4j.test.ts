// import.cypher read back by its parser, Neo4j: random text (control characters, quotes, backslashes,
// U+FFFE, lone surrogates, `$param`) through the script exporter, run statement by statement as
// cypher-shell does, and every node's name, aliases (as a set) and property read back as written.
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importScript } from '../../src/export/cypher-script';
import { resetDatabase, testDriver } from '../helpers/neo4j';
import { asUtf8, edgeArb, makeGraph, nodeArb } from './random-graph';

const database = () => inject('neo4j').database;
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

async function runScript(script: string): Promise<void> {
  const session = driver.session({ database: database() });
  try {
    for (const statement of script.split(/;\n/).map((s) => s.trim()).filter((s) => s && !/^(\/\/[^\n]*\n?)+$/.test(s))) await session.run(statement);
  } finally {
    await session.close();
  }
}

describe('import.cypher, whatever the text', () => {
  it('runs in Neo4j and every value reads back as written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nodeArb, { minLength: 1, maxLength: 5 }), fc.array(edgeArb, { maxLength: 5 }), async (nodes, edges) => {
        await resetDatabase(driver);
        const graph = makeGraph(nodes, edges);
        await runScript(importScript(graph));
        const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.note AS note', {}, { database: database() });
        const read = new Map(records.map((r) => [r.get('id') as string, { name: r.get('name'), aliases: r.get('aliases'), note: r.get('note') }]));
        expect(read.size).toBe(graph.order);
        // Aliases are a set in Neo4j (a later load adds to them, schema/README.md): compared as one.
        const asSet = (xs: string[]) => [...new Set(xs)].sort();
        graph.forEachNode((id, attrs) => {
          const got = read.get(asUtf8(id));
          expect({ ...got, aliases: asSet(got?.aliases ?? []) }).toEqual({ name: asUtf8(attrs.name), aliases: asSet(attrs.aliases.map(asUtf8)), note: asUtf8(attrs.note as string) });
        });
        const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { database: database() });
        expect(Number(rels.records[0]!.get('n'))).toBe(graph.size);
      }),
      { numRuns: 15 },
    );
  });
});

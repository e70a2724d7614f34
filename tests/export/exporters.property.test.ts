// Any text through every file exporter: names, aliases, sentences and properties drawn at random
// (control characters, U+FFFE/U+FFFF, lone surrogates, markup, the CSV array delimiter) are written
// by the real writers, and each file is read back with a real parser: GraphML and GEXF by saxes (a
// strict XML 1.0 parser) and graphology's readers, graph.json by JSON.parse, the CSV by csv-parse.
// The Cypher script is read back by Neo4j itself in tests/export/import-script.neo4j.test.ts.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { fileWriters } from '../../src/export';
import { ARRAY_DELIMITER } from '../../src/export/csv';
import { asUtf8, edgeArb, makeGraph, nodeArb } from './random-graph';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-exporters-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The first error saxes reports for the file, or undefined when it is well-formed XML 1.0. */
function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on('error', (err) => (error ??= err.message));
  parser.write(xml).close();
  return error;
}

describe('every exporter writes files their parsers read, whatever the text', () => {
  it('GraphML and GEXF are XML 1.0; JSON and CSV read back every value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nodeArb, { minLength: 1, maxLength: 6 }), fc.array(edgeArb, { maxLength: 6 }), async (nodes, edges) => {
        const graph = makeGraph(nodes, edges);
        const out = fs.mkdtempSync(path.join(dir, 'run-'));
        for (const writer of fileWriters(out)) await writer.write(graph);
        const read = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');

        for (const file of ['graph.graphml', 'graph.gexf']) expect(xmlError(read(file)), file).toBeUndefined();
        const fromGraphml = parseGraphml(Graph, read('graph.graphml'));
        const fromGexf = parseGexf(Graph, read('graph.gexf'));
        for (const parsed of [fromGraphml, fromGexf]) {
          expect(parsed.order).toBe(graph.order);
          expect(parsed.size).toBe(graph.size);
        }

        const json = Graph.from(JSON.parse(read('graph.json')));
        graph.forEachNode((id, attrs) => {
          expect(json.getNodeAttribute(id, 'name')).toBe(attrs.name);
          expect(json.getNodeAttribute(id, 'aliases')).toEqual(attrs.aliases);
        });

        const csvNames = new Map<string, { name: string; aliases: string[] }>();
        for (const file of fs.readdirSync(path.join(out, 'csv')).filter((f) => f.startsWith('nodes-'))) {
          const rows = parseCsv(read(path.join('csv', file)), { columns: true, relax_column_count: false }) as Array<Record<string, string>>;
          for (const row of rows) csvNames.set(row['id:ID']!, { name: row.name!, aliases: row['aliases:string[]'] ? row['aliases:string[]']!.split(ARRAY_DELIMITER) : [] });
        }
        expect(csvNames.size).toBe(graph.order);
        graph.forEachNode((id, attrs) => {
          expect(csvNames.get(asUtf8(id))).toEqual({ name: asUtf8(attrs.name), aliases: attrs.aliases.map((a) => asUtf8(a.replaceAll(ARRAY_DELIMITER, '\ufffd'))) });
        });
        for (const file of fs.readdirSync(path.join(out, 'csv')).filter((f) => f.startsWith('relationships-'))) {
          const rows = parseCsv(read(path.join('csv', file)), { columns: true }) as Array<Record<string, string>>;
          for (const row of rows) expect(row['evidenceSentences:string[]']!.split(ARRAY_DELIMITER)).toHaveLength(1);
        }
        fs.rmSync(out, { recursive: true, force: true });
      }),
      { numRuns: 60 },
    );
  });
});

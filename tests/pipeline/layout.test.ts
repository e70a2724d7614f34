// The stages in the folder layout depend on earlier stages only: the vocabulary lives in lexicon/,
// so normalize/, resolve/ and summarize/ need nothing from extract/, and lexicon/ and gazetteer/
// need no stage at all.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function importsOf(dir: string): Array<{ file: string; target: string }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return importsOf(full);
    if (!e.name.endsWith('.ts')) return [];
    const text = fs.readFileSync(full, 'utf8');
    return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => ({ file: path.relative(SRC, full), target: path.relative(SRC, path.resolve(path.dirname(full), m[1]!)) }));
  });
}

describe('stage dependencies', () => {
  it.each([
    ['normalize', ['extract', 'resolve', 'summarize', 'export', 'neo4j']],
    ['resolve', ['extract', 'summarize', 'export', 'neo4j']],
    ['summarize', ['extract']],
    ['lexicon', ['ingest', 'normalize', 'extract', 'resolve', 'graph', 'export', 'summarize', 'neo4j']],
    ['gazetteer', ['ingest', 'normalize', 'extract', 'resolve', 'graph', 'export', 'summarize', 'neo4j']],
  ])('%s/ imports nothing from %j', (stage, forbidden) => {
    const imports = importsOf(path.join(SRC, stage));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((i) => forbidden.some((f) => i.target === f || i.target.startsWith(`${f}/`))).map((i) => `${i.file} → ${i.target}`)).toEqual([]);
  });
});

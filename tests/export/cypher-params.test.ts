// Values never get spliced into Cypher: every query src/ sends comes from a .cypher file, and no call
// to the driver builds its query text inline (no string literal, template or concatenation).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sources(dir: string): Array<{ file: string; text: string }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [{ file: path.relative(SRC, full), text: fs.readFileSync(full, 'utf8') }] : [];
  });
}

describe('queries', () => {
  const files = sources(SRC);

  it('src/ has driver calls to check', () => {
    expect(files.some((f) => /\b(?:tx|session)\.run\(|executeQuery\(/.test(f.text))).toBe(true);
  });

  it('no driver call in src/ writes its query inline', () => {
    const inline = files.flatMap((f) =>
      [...f.text.matchAll(/\b(?:tx|session|driver)\.(?:run|executeQuery)\(\s*([`'"]|[^,)]*\+)/g)].map((m) => `${f.file}: ${m[0]}`),
    );
    expect(inline).toEqual([]);
  });

  it('the only Cypher templating is a label or type from schema/schema.json', () => {
    const templated = files.filter((f) => /\{\{[A-Z]+\}\}/.test(f.text)).map((f) => f.file);
    expect(templated).toEqual(['neo4j/queries.ts']);
    const queries = fs.readFileSync(path.join(SRC, 'neo4j', 'queries.ts'), 'utf8');
    expect(queries).toMatch(/if \(!isLabel\(label\)\) throw/);
    expect(queries).toMatch(/if \(!isRelationType\(type\)\) throw/);
  });
});

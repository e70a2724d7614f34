// Cypher literals: every value reads back exactly as written (checked against a real server in
// tests/export/neo4j.test.ts; here the text itself).
import { describe, expect, it } from 'vitest';
import { cypherKey, cypherLiteral, cypherString } from '../../src/export/cypher-literal';

describe('cypher literals', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['line\nbreak', "'line\\nbreak'"],
    ['`tick` })// $param', "'`tick` })// $param'"],
    ['"双引号"', `'"双引号"'`],
    ['\u0001', "'\\u0001'"],
  ])('cypherString(%j)', (value, literal) => {
    expect(cypherString(value)).toBe(literal);
  });

  it.each([
    ['name', 'name'],
    ['a b', '`a b`'],
    ['x`y', '`x``y`'],
  ])('cypherKey(%j)', (key, literal) => {
    expect(cypherKey(key)).toBe(literal);
  });

  it('writes lists, maps, numbers, booleans and null', () => {
    expect(cypherLiteral({ a: [1, 2.5, 'x'], b: true, c: null })).toBe("{a: [1, 2.5, 'x'], b: true, c: null}");
    expect(cypherLiteral(Number.NaN)).toBe('null');
  });
});

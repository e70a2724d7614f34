// graph.json is a public contract (schema/schema.json): every node and edge of the seed graph must
// fit it — labels, relationship endpoints, property names and types — and every edge has evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA, type PropertyType } from '../../src/graph/schema';
import type { BuildResult } from '../../src/pipeline';
import { buildSeeds } from '../helpers/seeds';

function fits(value: unknown, type: PropertyType): boolean {
  const optional = type.endsWith('?');
  if (value === undefined || value === null) return optional;
  switch (type.replace('?', '')) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'number[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'number');
    default:
      return false;
  }
}

describe('the seed graph against schema/schema.json', () => {
  let seeds: BuildResult;
  beforeAll(async () => {
    seeds = await buildSeeds();
  });

  it('every node has a known label, a name, and only the properties its label declares, with their types', () => {
    const problems: string[] = [];
    seeds.graph.forEachNode((id, attrs) => {
      const spec = SCHEMA.nodes[attrs.label];
      if (!spec) return problems.push(`${id}: unknown label ${attrs.label}`);
      if (!attrs.name) problems.push(`${id}: no name`);
      for (const [key, value] of Object.entries(attrs)) {
        if (key === 'label') continue;
        const type = spec.properties[key];
        if (!type) problems.push(`${id}: property ${key} not in the schema of ${attrs.label}`);
        else if (!fits(value, type)) problems.push(`${id}: ${key}=${JSON.stringify(value)} is not ${type}`);
      }
      for (const [key, type] of Object.entries(spec.properties)) {
        if (key !== 'id' && !type.endsWith('?') && !(key in attrs)) problems.push(`${id}: required ${key} missing`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('every relationship joins the labels its type allows, carries declared properties and has evidence', () => {
    const problems: string[] = [];
    seeds.graph.forEachEdge((key, attrs, source, target, s, t) => {
      const spec = SCHEMA.relationships[attrs.type];
      if (!spec) return problems.push(`${key}: unknown type ${attrs.type}`);
      if (!spec.from.includes(s.label)) problems.push(`${key}: ${attrs.type} from ${s.label}`);
      if (!spec.to.includes(t.label)) problems.push(`${key}: ${attrs.type} to ${t.label}`);
      if (attrs.evidence.length === 0) problems.push(`${key}: no evidence`);
      for (const [name, value] of Object.entries(attrs)) {
        if (name === 'type' || name === 'evidence') continue;
        const type = spec.properties[name];
        if (!type) problems.push(`${key}: property ${name} not in the schema of ${attrs.type}`);
        else if (!fits(value, type)) problems.push(`${key}: ${name}=${JSON.stringify(value)} is not ${type}`);
      }
      for (const e of attrs.evidence) {
        for (const [field, type] of Object.entries(SCHEMA.evidence.graphJson)) {
          if (!fits((e as unknown as Record<string, unknown>)[field], type as PropertyType)) problems.push(`${key}: evidence.${field}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it('HOLDS_POSITION has its title, INVOLVED_IN its role', () => {
    seeds.graph.forEachEdge((_, attrs) => {
      if (attrs.type === 'HOLDS_POSITION') expect(attrs.title).toMatch(/\S/);
      if (attrs.type === 'INVOLVED_IN') expect(['developer', 'investor', 'builder', 'operator', 'tenant']).toContain(attrs.role);
    });
  });
});

// Every rule's own example must make that rule fire: the examples in `govgraph rules` are true.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/extract';
import { extractText } from '../helpers/documents';

const all = Object.values(RULES).flat();

describe('rule examples', () => {
  it('every rule has a unique id, a description and an example', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of all) {
      expect(r.id).toMatch(/^[a-z-]+\.[a-z-]+$/);
      expect(r.description.length).toBeGreaterThan(10);
      expect(r.example.length).toBeGreaterThan(4);
    }
  });

  // The byline rule reads normalize's byline detection, which needs a byline line of its own.
  const firing = all.filter((r) => r.id !== 'person.byline');
  it.each(firing.map((r) => [r.id, r.example]))('%s fires on its example', (id, example) => {
    const ex = extractText(example);
    const used = new Set([...ex.mentions.map((m) => m.ruleId), ...ex.relations.map((r) => r.evidence.ruleId)]);
    expect([...used]).toContain(id);
  });

  it('person.byline fires on a byline line', () => {
    const ex = extractText('正文一句。\n记者 姜凯 通讯员 谢娟\n');
    expect(ex.mentions.filter((m) => m.ruleId === 'person.byline').map((m) => m.name).sort()).toEqual(['姜凯', '谢娟']);
  });
});

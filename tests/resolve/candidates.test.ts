// Merge candidates: pairs the rules cannot decide are listed with a reason, one rule a row.
import { describe, expect, it } from 'vitest';
import { findMergeCandidates } from '../../src/resolve/candidates';
import type { Entity, Fact } from '../../src/types';

const entity = (id: string): [string, Entity] => {
  const [label, ...rest] = id.split(':');
  return [id, { id, label: label as Entity['label'], name: rest[rest.length - 1]!, aliases: [], attrs: {} }];
};

function post(from: string, to: string, title: string, firstSeen: string): [string, Fact] {
  const id = `HOLDS_POSITION|${from}|${to}|${title}`;
  return [id, { id, type: 'HOLDS_POSITION', from, to, props: { title, firstSeen }, evidence: [{ docId: 'd', sentence: 's', start: 0, end: 1, ruleId: 'r' }] }];
}

describe('findMergeCandidates', () => {
  it.each([
    [['Official:3701:王明', 'Official:3701:王鸣'], [], 'names one character apart under the same parent'],
    [['Project:District:370102:滨河大厦', 'Project:District:370112:滨河大厦'], [], 'one project name in two districts'],
    [['Project:District:370102:德国博格叉车', 'Project:District:370102:博格智能叉车'], [], 'names share their head and tail'],
    [['Official:3701:张三', 'Official:3701:李四', 'District:370102'], [post('Official:3701:张三', 'District:370102', '区长', '2020-01-01'), post('Official:3701:李四', 'District:370102', '区长', '2020-01-01')], 'same post at the same date: 区长 2020-01-01'],
  ])('%j', (ids, facts, reason) => {
    const candidates = findMergeCandidates(new Map(ids.map(entity)), new Map(facts));
    expect(candidates.map((c) => c.reason)).toEqual([reason]);
  });

  it.each([
    // different parents, different people
    [['Official:3701:王明', 'Official:3702:王鸣'], []],
    // deputies share posts: not single-holder
    [['Official:3701:张三', 'Official:3701:李四', 'District:370102'], [post('Official:3701:张三', 'District:370102', '副区长', '2020-01-01'), post('Official:3701:李四', 'District:370102', '副区长', '2020-01-01')]],
    // one post at two dates: a succession, not a duplicate
    [['Official:3701:张三', 'Official:3701:李四', 'District:370102'], [post('Official:3701:张三', 'District:370102', '区长', '2019'), post('Official:3701:李四', 'District:370102', '区长', '2021')]],
    // short project names one character apart are common words
    [['Project:District:370102:东园', 'Project:District:370102:西园'], []],
  ])('no candidate for %j', (ids, facts) => {
    expect(findMergeCandidates(new Map(ids.map(entity)), new Map(facts))).toEqual([]);
  });
});

// Possible duplicates that rules can't decide, listed for a person: two names holding one
// single-holder post at the same date, names one character apart under the same parent, one project
// name in two districts, and names sharing head and tail.
import type { Entity, Fact, MergeCandidate } from '../types';
import { lexicon, type Lexicon } from '../lexicon';
import { leadingCountry } from '../lexicon/organizations';
import { projectKey } from './aliases';

// Posts with one holder at a time (not deputies, not committee members: 区委书记, 区长, 管委会主任) are
// marked "single" in lexicons/titles.jsonl.
const singleHolderTitles = (lex: Lexicon): Set<string> => new Set(lex.entries('titles').filter((t) => t.single).map((t) => t.zh));

export function findMergeCandidates(entities: Map<string, Entity>, facts: Map<string, Fact>): MergeCandidate[] {
  const out: MergeCandidate[] = [];
  const seen = new Set<string>();
  const push = (a: string, b: string, reason: string) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}|${y}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ a: x, b: y, reason });
  };
  const all = [...entities.values()];

  // Same post, same date, different names.
  const single = lexicon().compiled(singleHolderTitles);
  const holders = new Map<string, string[]>();
  for (const fact of facts.values()) {
    if (fact.type !== 'HOLDS_POSITION' || !single.has(String(fact.props.title ?? ''))) continue;
    for (const e of fact.evidence) {
      const key = `${fact.to}|${fact.props.title}|${fact.props.firstSeen ?? e.docId}`;
      const list = holders.get(key) ?? [];
      if (!list.includes(fact.from)) list.push(fact.from);
      holders.set(key, list);
    }
  }
  for (const [key, ids] of holders) {
    eachPair(ids.sort(), (a, b) => push(a, b, `same post at the same date: ${key.split('|').slice(1).join(' ')}`));
  }

  // Names one character apart, same label and parent.
  for (const list of groupBy(all.filter((e) => e.label !== 'Article'), (e) => `${e.label}|${parentOf(e)}|${e.name.length}`)) {
    eachPair(list, (a, b) => {
      const minLength = a.label === 'Official' || a.label === 'Person' ? 2 : 4;
      if (a.name.length >= minLength && oneApart(a.name, b.name)) push(a.id, b.id, 'names one character apart under the same parent');
    });
  }

  // One project name under two districts: a railway or road through both, or two different works.
  for (const list of groupBy(all.filter((e) => e.label === 'Project'), (e) => e.name)) {
    eachPair(list, (a, b) => push(a.id, b.id, 'one project name in two districts'));
  }

  // Projects and companies under one parent whose names share a distinctive head and tail once a
  // leading country is set aside: 德国博格叉车 ~ 博格智能叉车.
  for (const list of groupBy(all.filter((e) => e.label === 'Project' || e.label === 'Company'), (e) => `${e.label}|${parentOf(e)}`)) {
    eachPair(list, (a, b) => {
      if (sameHeadAndTail(a.name, b.name)) push(a.id, b.id, 'names share their head and tail');
    });
  }
  return out.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
}

/** The disambiguating parent in an entity's id: District:370116 in Project:District:370116:客车项目. */
function parentOf(entity: Entity): string {
  return entity.id.split(':').slice(1, -1).join(':');
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

// Pairs within a group; a group this large is a common name, not a few look-alikes (and would be slow).
const MAX_GROUP = 500;

function eachPair<T>(list: T[], visit: (a: T, b: T) => void): void {
  if (list.length > MAX_GROUP) return;
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) visit(list[i]!, list[j]!);
}


function sameHeadAndTail(a: string, b: string): boolean {
  const x = projectKey(a).replace(leadingCountry(), '');
  const y = projectKey(b).replace(leadingCountry(), '');
  if (x === y || x.length < 4 || y.length < 4) return x === y && a !== b;
  return x.slice(0, 2) === y.slice(0, 2) && x.slice(-2) === y.slice(-2) && (x.includes(y) || y.includes(x) || isSubsequence(x, y) || isSubsequence(y, x));
}

/** 博格叉车 is a subsequence of 博格智能叉车: every character, in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function oneApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

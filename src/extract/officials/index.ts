// Officials and their posts, and other named people with a role (bylines, company staff).
// Finding is separate from writing: chains of titles are found first, then each name in them
// becomes an Official with one HOLDS_POSITION per title, stated by the chain's sentence.
import type { Mention, Span } from '../../types';
import type { ExtractContext, Rule } from '../context';
import { OFFICE_TITLES, REPORTING_ORGANS, STAFF_TITLES, type TitleEntry } from '../lexicon/titles';
import type { ScopeIndex } from '../scope';
import { Trie, type TrieMatch } from '../trie';
import { readName, readNameBefore } from './names';

export const OFFICIAL_RULES = {
  titleBeforeName: {
    id: 'official.title-before-name',
    description: 'One or more titles, each with its place or sharing the previous one, then a name',
    example: '发布会上，莱芜区委副书记、区长张岚介绍了情况。',
  },
  sharedTitle: {
    id: 'official.shared-title',
    description: 'Several names after one title share it: 副区长张三、李四出席',
    example: '副区长王明、李华出席活动。',
  },
  reportOnBehalf: {
    id: 'official.report-on-behalf',
    description: 'A name delivering the report of a committee to its congress heads that committee',
    example: '2月17日，孙立代表中国共产党济南市钢城区委员会向大会作报告。',
  },
  staff: {
    id: 'person.staff-title',
    description: 'A company or institution role before a name: a Person, not an official',
    example: '该公司办公室主任吴平说。',
  },
  byline: { id: 'person.byline', description: 'A byline (记者/通讯员/编辑) names a Person with that role', example: '记者 王林 通讯员 赵敏' },
} satisfies Record<string, Rule>;

const titleTrie = new Trie<TitleEntry>();
for (const t of OFFICE_TITLES) titleTrie.set(t.title, t);
const staffTrie = new Trie<string>();
for (const t of STAFF_TITLES) staffTrie.set(t, t);

// Titles that are set phrases about national leaders, not local posts (习近平总书记).
const NATIONAL_PREFIX = /总$/;

interface Post {
  title: TitleEntry;
  span: Span;
  place?: Mention;
}

export function findOfficials(ctx: ExtractContext, scope: ScopeIndex): void {
  const text = ctx.text;
  const titles = titleTrie.scan(text).filter((m) => !NATIONAL_PREFIX.test(text.charAt(m.start - 1)) && !ctx.isDamaged(m));
  const places = ctx.mentions.filter((m) => ['District', 'City', 'Province'].includes(m.label));
  const placeEndingAt = (pos: number, shared?: string): Mention | undefined =>
    places.find((p) => p.span.end === pos) ??
    (shared ? places.find((p) => p.span.end === pos + 1 && p.name.endsWith(shared) && text.charAt(pos) === shared) : undefined);

  let chain: Post[] = [];
  let chainEnd = -1;
  for (const m of titles) {
    const place = placeEndingAt(m.start, m.value.sharedSuffix);
    const startOfToken = place ? Math.min(place.span.start, m.start) : m.start;
    // Titles joined by 、 or ， (or nothing) form one chain: 市委常委，济南高新区党工委书记、管委会主任.
    const gap = chain.length > 0 ? text.slice(chainEnd, startOfToken) : '';
    if (chain.length > 0 && !/^[、，,\s]{0,2}$/.test(gap)) chain = [];
    chain.push({ title: m.value, span: { start: m.start, end: m.end }, place });
    chainEnd = m.end;
    const nameLength = readName(text, m.end);
    if (nameLength === 0) continue;
    writeOfficials(ctx, scope, chain, { start: m.end, end: m.end + nameLength }, OFFICIAL_RULES.titleBeforeName.id);
    chain = [];
  }

  findReportsOnBehalf(ctx, places);
  findStaff(ctx);
  for (const b of ctx.doc.bylines) {
    ctx.add({ label: 'Person', name: b.name, span: b.span, ruleId: OFFICIAL_RULES.byline.id, attrs: { role: b.role } });
  }
}

function writeOfficials(ctx: ExtractContext, scope: ScopeIndex, chain: Post[], nameSpan: Span, ruleId: string): void {
  const text = ctx.text;
  if (ctx.isDamaged(nameSpan)) return;
  const names: Array<{ span: Span; ruleId: string }> = [{ span: nameSpan, ruleId }];
  // 副区长张三、李四出席: later names in the list share the titles.
  for (let end = nameSpan.end; text.charAt(end) === '、'; ) {
    // readName only accepts a name that ends cleanly: at punctuation or before 出席/表示/等 ….
    const len = readName(text, end + 1);
    if (len === 0) break;
    names.push({ span: { start: end + 1, end: end + 1 + len }, ruleId: OFFICIAL_RULES.sharedTitle.id });
    end += 1 + len;
  }
  const chainSpan = { start: Math.min(chain[0]!.place?.span.start ?? chain[0]!.span.start, chain[0]!.span.start), end: nameSpan.end };
  let previous: Mention | undefined;
  const resolved = chain.map((post) => {
    const place = post.place ?? inherit(previous, post) ?? defaultPlace(scope, post, chainSpan.start);
    previous = place ?? previous;
    return { post, place };
  });
  for (const n of names) {
    const official = ctx.add({ label: 'Official', name: text.slice(n.span.start, n.span.end), span: n.span, ruleId: n.ruleId, attrs: {} });
    for (const { post, place } of resolved) {
      if (!place) continue;
      ctx.relate({
        type: 'HOLDS_POSITION',
        from: official,
        to: place,
        props: { title: post.title.title, level: post.title.level },
        evidence: ctx.evidence({ start: chainSpan.start, end: n.span.end }, n.ruleId),
      });
    }
  }
}

/** A title without a place takes the previous title's place when it fits: 区委副书记、区长 → both 莱芜区. */
function inherit(previous: Mention | undefined, post: Post): Mention | undefined {
  if (!previous) return undefined;
  const level = String(previous.attrs.level);
  if (post.title.level === 'zone') return level === 'zone' ? previous : undefined;
  if (post.title.level === 'county') return level === 'county' || level === 'zone' ? previous : undefined;
  return post.title.level === level ? previous : undefined;
}

/** A title with no place of its own: the unit of its level the passage is about (省委书记 → the province). */
function defaultPlace(scope: ScopeIndex, post: Post, pos: number): Mention | undefined {
  switch (post.title.level) {
    case 'province':
      return scope.document.province;
    case 'city':
      return scope.document.city;
    case 'county':
      return scope.districtAt(pos);
    case 'zone': {
      const d = scope.districtAt(pos);
      return d && d.attrs.level === 'zone' ? d : undefined;
    }
    default:
      return undefined;
  }
}

// 孙立代表中国共产党济南市钢城区委员会向大会作报告 → 孙立, 区委书记 of 钢城区.
const REPORT = /代表([^，,。；;、\n]{2,30}?(?:委员会|人民政府|政府|人大常委会|区委|县委|市委))向[^，,。；;\n]{0,12}?大会作[^，,。；;\n]{0,8}?报告/g;

function findReportsOnBehalf(ctx: ExtractContext, places: Mention[]): void {
  const text = ctx.text;
  for (const m of text.matchAll(REPORT)) {
    const at = m.index ?? 0;
    const nameLength = readNameBefore(text, at);
    if (nameLength === 0) continue;
    const organ = m[1]!;
    const organStart = at + 2;
    for (const rule of REPORTING_ORGANS) {
      const parts = rule.organ.exec(organ);
      if (!parts) continue;
      const levelChar = parts[2]!;
      // The unit is the last place named inside the organ: 济南市钢城区委员会 → 钢城区.
      const inside = places.filter((p) => p.span.start >= organStart && p.span.end <= organStart + organ.length + 1);
      const place = inside[inside.length - 1];
      if (!place) break;
      const nameSpan = { start: at - nameLength, end: at };
      if (ctx.isDamaged(nameSpan)) break;
      const official = ctx.add({ label: 'Official', name: text.slice(nameSpan.start, at), span: nameSpan, ruleId: OFFICIAL_RULES.reportOnBehalf.id, attrs: {} });
      ctx.relate({
        type: 'HOLDS_POSITION',
        from: official,
        to: place,
        props: { title: rule.title(levelChar), level: String(place.attrs.level) },
        evidence: ctx.evidence({ start: nameSpan.start, end: at + m[0].length }, OFFICIAL_RULES.reportOnBehalf.id),
      });
      break;
    }
  }
}

function findStaff(ctx: ExtractContext): void {
  const text = ctx.text;
  for (const m of staffTrie.scan(text) as Array<TrieMatch<string>>) {
    // 党支部书记 inside 村党支部书记 etc. is handled by leftmost-longest; an office title there wins.
    const len = readName(text, m.end);
    if (len === 0) continue;
    const span = { start: m.end, end: m.end + len };
    if (ctx.isDamaged(span) || ctx.covering(span.start, 'Official')) continue;
    ctx.add({ label: 'Person', name: text.slice(span.start, span.end), span, ruleId: OFFICIAL_RULES.staff.id, attrs: { role: m.value } });
  }
}

// Officials and their posts, and other named people with a role (bylines, company staff).
// Finding is separate from writing: chains of titles are found first, then each name in them
// becomes an Official with one HOLDS_POSITION per title, stated by the chain's sentence.
import type { Mention, PlaceMention, Span } from '../../types';
import type { ExtractContext, Rule } from '../context';
import { alternation, lexicon, type Lexicon, type TitleRecord } from '../../lexicon';
import { resolveEventDate } from '../../normalize/dates';
import type { ScopeIndex } from '../scope';
import { type Component, FindingsBuilder, type Findings } from '../context';
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
    example: '3月5日，孙立代表中国共产党嘉兴市南湖区委员会向大会作报告。',
  },
  nameBeforeTitles: {
    id: 'official.name-before-titles',
    description: 'A name followed by its posts in brackets',
    example: '出席仪式的有：周海涛（市委常委、西湖区委书记）、王明（副区长）等。',
  },
  appointed: {
    id: 'official.appointed',
    description: 'A name taking up posts (当选为/任命…为/调任/出任): the post starts at the event date',
    example: '3月1日，王明当选为历城区区长。',
  },
  removed: {
    id: 'official.removed',
    description: 'A name relieved of posts (免去…职务): the post ends at the event date',
    example: '3月1日，会议决定免去李华的历城区副区长职务。',
  },
  staff: {
    id: 'person.staff-title',
    description: 'A company or institution role before a name: a Person, not an official',
    example: '该公司办公室主任吴平说。',
  },
  byline: { id: 'person.byline', description: 'A byline (记者/通讯员/编辑) names a Person with that role', example: '记者 王林 通讯员 赵敏' },
} satisfies Record<string, Rule>;

/** Organs named in "X代表<organ>向大会作报告": the speaker heads that organ. */
const REPORTING_ORGANS: Array<{ organ: RegExp; title: (levelChar: string) => string; example: string }> = [
  // 孙立代表中国共产党嘉兴市南湖区委员会向大会作报告 → 区委书记
  { organ: /^(?:中国共产党)?(.*?)(区|县|市|省)(?:委员会|委)$/, title: (ch) => `${ch}委书记`, example: '代表中国共产党嘉兴市南湖区委员会向大会作报告' },
  // 张三代表区人民政府向大会作政府工作报告 → 区长
  { organ: /^(.*?)(区|县|市|省)(?:人民政府|政府)$/, title: (ch) => `${ch}长`, example: '代表区人民政府向大会作政府工作报告' },
  // 代表区人大常委会作工作报告 → 人大常委会主任
  { organ: /^(.*?)(区|县|市|省)人大常委会$/, title: (ch) => `${ch}人大常委会主任`, example: '代表区人大常委会作工作报告' },
];

interface OfficialWords {
  titles: Trie<TitleRecord>;
  staff: Trie<string>;
  /** 县财政局局长, 市发展和改革委员会主任, 县人民法院副院长: a department head written in full. */
  departmentHead: RegExp;
  /** 固安县人民政府副县长: the government between a place and a post. */
  government: RegExp;
}

function compileWords(lex: Lexicon): OfficialWords {
  const titles = new Trie<TitleRecord>();
  for (const t of lex.entries('titles')) titles.set(t.zh, t);
  const staff = new Trie<string>();
  for (const t of lex.words('roles', 'staff')) staff.set(t, t);
  const organs = alternation(lex.words('organs', 'department'));
  const heads = alternation(lex.words('organs', 'department-head'));
  return {
    titles,
    staff,
    departmentHead: new RegExp(`^([县区市镇乡])?[\u4e00-\u9fff]{1,10}?(?:${organs})(?:${heads})`),
    government: new RegExp(`^(?:${alternation(lex.words('organs', 'government'))})(?=[副代常]|[县区市镇乡州]长)`),
  };
}

const words = (): OfficialWords => lexicon().compiled(compileWords);

// Titles that are set phrases about national leaders, not local posts (…总书记).
const NATIONAL_PREFIX = /总$/;

interface Post {
  title: TitleRecord;
  span: Span;
  place?: PlaceMention;
}

/** Officials and their posts (HOLDS_POSITION), and people with a role: bylines, company staff. */
export const officials: Component = {
  kind: 'component',
  name: 'officials',
  reads: ['Town', 'District', 'City', 'Province'],
  produces: { labels: ['Official', 'Person'], relations: ['HOLDS_POSITION'] },
  rules: Object.values(OFFICIAL_RULES),
  run: findOfficials,
};

function findOfficials(ctx: ExtractContext): Findings {
  const out = new FindingsBuilder();
  const scope = ctx.scope;
  const text = ctx.text;
  const titles = words().titles.scan(text).filter((m) => !NATIONAL_PREFIX.test(text.charAt(m.start - 1)) && !ctx.isDamaged(m));
  const places = ctx.byLabel('Town', 'District', 'City', 'Province');
  const placeEndingAt = (pos: number, shared?: string): PlaceMention | undefined =>
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
    // 副县长（挂职）吴启明: a short note in brackets between the post and the name.
    const note = /^（[^（）\n]{1,5}）/.exec(text.slice(m.end, m.end + 8));
    const nameStart = m.end + (note ? note[0].length : 0);
    const nameLength = readName(text, nameStart);
    if (nameLength === 0) continue;
    writeOfficials(ctx, out, scope, chain, { start: nameStart, end: nameStart + nameLength }, OFFICIAL_RULES.titleBeforeName.id);
    chain = [];
  }

  findReportsOnBehalf(ctx, out, places);
  findNamesBeforeTitles(ctx, out, scope, places);
  findAppointments(ctx, out, scope, places);
  findStaff(ctx, out);
  for (const b of ctx.doc.bylines) {
    out.add({ label: 'Person', name: b.name, span: b.span, ruleId: OFFICIAL_RULES.byline.id, attrs: { role: b.role } });
  }
  return out;
}

/** An official this component has already found at `pos`. */
function officialAt(out: FindingsBuilder, pos: number): boolean {
  return out.mentions.some((m) => m.label === 'Official' && m.span.start <= pos && pos < m.span.end);
}

function writeOfficials(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex, chain: Post[], nameSpan: Span, ruleId: string, dates: Record<string, string> = {}, statedTo?: number): void {
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
  const chainSpan = { start: Math.min(chain[0]!.place?.span.start ?? chain[0]!.span.start, chain[0]!.span.start, nameSpan.start), end: Math.max(nameSpan.end, statedTo ?? 0) };
  let previous: PlaceMention | undefined;
  const resolved = chain.map((post) => {
    const place = post.place ?? inherit(previous, post) ?? defaultPlace(scope, post, chainSpan.start);
    previous = place ?? previous;
    return { post, place };
  });
  for (const n of names) {
    const official = out.add({ label: 'Official', name: text.slice(n.span.start, n.span.end), span: n.span, ruleId: n.ruleId, attrs: {} });
    for (const { post, place } of resolved) {
      if (!place) continue;
      out.relate({
        type: 'HOLDS_POSITION',
        from: official,
        to: place,
        props: { title: post.title.zh, level: post.title.level, ...dates },
        evidence: ctx.evidence({ start: chainSpan.start, end: Math.max(n.span.end, chainSpan.end) }, n.ruleId),
      });
    }
  }
}

/** A title without a place takes the previous title's place when it fits: 区委副书记、区长 → both 莱芜区. */
function inherit(previous: PlaceMention | undefined, post: Post): PlaceMention | undefined {
  if (!previous) return undefined;
  const level = previous.attrs.level;
  if (post.title.level === 'any') return previous;
  if (post.title.level === 'zone') return level === 'zone' ? previous : undefined;
  if (post.title.level === 'county') return (level === 'county' || level === 'zone') && fitsLevelChar(previous, post.title) ? previous : undefined;
  return post.title.level === level && fitsLevelChar(previous, post.title) ? previous : undefined;
}

/**
 * A 县 title belongs to a 县 (or 自治县), a 区 title to a 区 or a zone, a 市 title to a city or a
 * county-level city: 县委书记 in a passage that last named 黄埔区 is not 黄埔区's.
 */
function fitsLevelChar(place: PlaceMention, title: TitleRecord): boolean {
  const ch = title.sharedSuffix;
  if (!ch) return true;
  if (place.name.endsWith(ch)) return true;
  if (ch === '区') return place.attrs.level === 'zone';
  if (ch === '州') return place.name.endsWith('盟') || place.name.endsWith('地区');
  return false;
}

/** A title with no place of its own: the unit of its level the passage is about (省委书记 → the province). */
function defaultPlace(scope: ScopeIndex, post: Post, pos: number): PlaceMention | undefined {
  const title = post.title;
  const counties = [scope.districtAt(pos), scope.sectionDistrictAt(pos), scope.document.district].filter((m): m is PlaceMention => m !== undefined);
  switch (title.level) {
    case 'province':
      return scope.document.province;
    case 'city': {
      // 市委书记 in an article about a county-level city (枝江市) is that city's.
      const countyCity = counties.find((m) => m.attrs.level === 'county' && fitsLevelChar(m, title));
      if (countyCity) return countyCity;
      const city = scope.document.city;
      return city && fitsLevelChar(city, title) ? city : undefined;
    }
    case 'county':
      return counties.find((m) => fitsLevelChar(m, title));
    case 'zone': {
      const d = scope.districtAt(pos);
      return d && d.attrs.level === 'zone' ? d : undefined;
    }
    case 'any':
      return scope.districtAt(pos);
    default:
      return undefined;
  }
}

// 孙立代表中国共产党嘉兴市南湖区委员会向大会作报告 → 孙立, 区委书记 of 南湖区.
const REPORT = /代表([^，,。；;、\n]{2,30}?(?:委员会|人民政府|政府|人大常委会|区委|县委|市委))向[^，,。；;\n]{0,12}?大会作[^，,。；;\n]{0,8}?报告/g;

function findReportsOnBehalf(ctx: ExtractContext, out: FindingsBuilder, places: PlaceMention[]): void {
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
      // The unit is the last place named inside the organ: 嘉兴市南湖区委员会 → 南湖区.
      const inside = places.filter((p) => p.span.start >= organStart && p.span.end <= organStart + organ.length + 1);
      const place = inside[inside.length - 1];
      if (!place) break;
      const nameSpan = { start: at - nameLength, end: at };
      if (ctx.isDamaged(nameSpan)) break;
      const official = out.add({ label: 'Official', name: text.slice(nameSpan.start, at), span: nameSpan, ruleId: OFFICIAL_RULES.reportOnBehalf.id, attrs: {} });
      out.relate({
        type: 'HOLDS_POSITION',
        from: official,
        to: place,
        props: { title: rule.title(levelChar), level: place.attrs.level },
        evidence: ctx.evidence({ start: nameSpan.start, end: at + m[0].length }, OFFICIAL_RULES.reportOnBehalf.id),
      });
      break;
    }
  }
}

// 王明当选为历城区区长 / 任命王明为区长 / 王明调任历下区委书记 / 免去李华的副区长职务.
const APPOINTMENT = /当选为|当选|出任|调任|升任|履新|担任|任命|选举|决定|免去|任/g;

/** 周海涛（市委常委、西湖区委书记）: a name, then its posts in brackets. */
function findNamesBeforeTitles(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex, places: PlaceMention[]): void {
  const text = ctx.text;
  for (let i = text.indexOf('（'); i >= 0; i = text.indexOf('（', i + 1)) {
    const len = readNameBefore(text, i);
    if (len === 0) continue;
    const { posts, end } = readPosts(ctx, places, i + 1);
    if (posts.length === 0 || text.charAt(end) !== '）') continue;
    const nameSpan = { start: i - len, end: i };
    if (officialAt(out, nameSpan.start)) continue;
    writeOfficials(ctx, out, scope, posts, nameSpan, OFFICIAL_RULES.nameBeforeTitles.id, {}, end + 1);
  }
}

/**
 * The title of a department, court or procuratorate head written in full in appointment notices
 * (县财政局局长, 市发展和改革委员会主任, 县人民法院副院长) at `pos`, its level from its first character.
 */
function departmentHead(text: string, pos: number): TrieMatch<TitleRecord> | undefined {
  const m = words().departmentHead.exec(text.slice(pos, pos + 24));
  if (!m) return undefined;
  const ch = m[1];
  const level: TitleRecord['level'] = ch === '市' ? 'city' : ch === '县' || ch === '区' ? 'county' : ch ? 'town' : 'any';
  const value: TitleRecord = { id: 'title.department-head', zh: m[0], level, organ: 'department', ...(ch ? { sharedSuffix: ch } : {}), en: '' };
  return { start: pos, end: pos + m[0].length, key: m[0], value };
}

/** Posts written from `pos` on: [place][人民政府]title, joined by 、，和; with the end of the last one. */
function readPosts(ctx: ExtractContext, places: PlaceMention[], pos: number): { posts: Post[]; end: number } {
  const text = ctx.text;
  const posts: Post[] = [];
  let at = pos;
  for (;;) {
    const place = places.find((p) => p.span.start === at);
    let titleAt = place ? place.span.end : at;
    // 固安县人民政府副县长: the government between the place and the post.
    const government = words().government.exec(text.slice(titleAt, titleAt + 6));
    if (place && government) titleAt += government[0].length;
    // A department head's title is longer than the office title at its start (县财政局局长).
    const department = departmentHead(text, titleAt);
    let title = words().titles.longestAt(text, titleAt) ?? department;
    if (department && title && department.end > title.end) title = department;
    // 历城区委书记: the place's last character starts the title.
    if (!title && place) {
      const shared = words().titles.longestAt(text, place.span.end - 1);
      if (shared && shared.value.sharedSuffix === text.charAt(place.span.end - 1)) {
        title = shared;
        titleAt = place.span.end - 1;
      }
    }
    if (!title) break;
    posts.push({ title: title.value, span: { start: titleAt, end: title.end }, place });
    at = title.end;
    if (/^[、，,和及]/.test(text.slice(at, at + 1)) && (places.some((p) => p.span.start === at + 1) || words().titles.longestAt(text, at + 1))) at += 1;
    else break;
  }
  return { posts, end: at };
}

function findAppointments(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex, places: PlaceMention[]): void {
  const text = ctx.text;
  for (const m of text.matchAll(APPOINTMENT)) {
    const at = m.index ?? 0;
    const verb = m[0];
    let nameSpan: Span | undefined;
    let postsAt: number;
    if (verb === '任命' || verb === '选举' || verb === '决定' || verb === '免去') {
      // 任命王明为区长 / 免去李华的副区长职务
      const len = readName(text, at + verb.length);
      if (len === 0) continue;
      nameSpan = { start: at + verb.length, end: at + verb.length + len };
      const joiner = verb === '免去' ? /^的?/ : /^为/;
      const j = joiner.exec(text.slice(nameSpan.end))?.[0] ?? '';
      if (verb !== '免去' && j === '') continue;
      postsAt = nameSpan.end + j.length;
    } else {
      // 王明当选为区长 / 王明已调任…: the name right before the verb, or before an adverb.
      const adverb = /(?:已经|已|将|拟|正式)$/.exec(text.slice(Math.max(0, at - 2), at))?.[0] ?? '';
      const len = readNameBefore(text, at - adverb.length);
      if (len === 0) continue;
      nameSpan = { start: at - adverb.length - len, end: at - adverb.length };
      // 郜明、冯蕾当选为县委副书记: start from the first name of the list; the rest share the posts.
      for (let back = readNameBefore(text, nameSpan.start - 1); text.charAt(nameSpan.start - 1) === '、' && back > 0; back = readNameBefore(text, nameSpan.start - 1)) {
        nameSpan = { start: nameSpan.start - 1 - back, end: nameSpan.start - 1 };
      }
      postsAt = at + verb.length;
    }
    const { posts, end } = readPosts(ctx, places, postsAt);
    if (posts.length === 0 || ctx.isDamaged(nameSpan)) continue;
    if (verb === '免去' && !text.startsWith('职务', end)) continue;
    const removed = verb === '免去';
    const date = eventDate(ctx, at);
    const dates: Record<string, string> = date ? { [removed ? 'end' : 'start']: date } : {};
    writeOfficials(ctx, out, scope, posts, nameSpan, removed ? OFFICIAL_RULES.removed.id : OFFICIAL_RULES.appointed.id, dates, end);
  }
}

/**
 * The date of the event a sentence reports: its own 2019年3月1日, or its 3月1日 completed from the
 * article's date, else the article's date. An inferred article year is only a lower bound, so then
 * only a date the sentence writes in full counts.
 */
function eventDate(ctx: ExtractContext, pos: number): string | undefined {
  const sentence = ctx.sentenceSpanAt(pos);
  const before = ctx.text.slice(sentence.start, pos);
  const inferred = ctx.doc.report.dateSource.startsWith('date.inferred');
  if (inferred && !/\d{4}年/.test(before)) return undefined;
  const date = ctx.doc.date;
  const event = resolveEventDate(before, date);
  return event.value ?? (inferred ? undefined : date.value ?? undefined);
}

function findStaff(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  for (const m of words().staff.scan(text) as Array<TrieMatch<string>>) {
    // 党支部书记 inside 村党支部书记 etc. is handled by leftmost-longest; an office title there wins.
    const len = readName(text, m.end);
    if (len === 0) continue;
    const span = { start: m.end, end: m.end + len };
    if (ctx.isDamaged(span) || officialAt(out, span.start)) continue;
    out.add({ label: 'Person', name: text.slice(span.start, span.end), span, ruleId: OFFICIAL_RULES.staff.id, attrs: { role: m.value } });
  }
}

// Officials and their posts, and other named people with a role (bylines, company staff).
// Finding is separate from writing: chains of titles are found first, then each name in them
// becomes an Official with one HOLDS_POSITION per title, stated by the chain's sentence.
import type { Mention, PlaceMention, Span } from '../../types';
import type { ExtractContext, Rule } from '../context';
import { alternation, lexicon, type Lexicon, type TitleRecord } from '../../lexicon';
import { resolveEventDate } from '../../normalize/dates';
import type { SpanIndex } from '../positions';
import type { ScopeIndex } from '../scope';
import { type Component, FindingsBuilder, type Findings } from '../context';
import { Trie, type TrieMatch } from '../trie';
import { readClauseNameBefore, readName, readNameAfterTitle, readNameBefore, readNameList, readNameListBefore } from './names';

export const OFFICIAL_RULES = {
  titleBeforeName: {
    id: 'official.title-before-name',
    description: 'One or more titles, each with its place or sharing the previous one, then a name',
    example: '发布会上，莱芜区委副书记、区长张岚介绍了情况。',
  },
  sharedTitle: {
    id: 'official.shared-title',
    description: 'Several names after one title share it: 副区长张三、李四出席',
    example: '副区长王立明、李华出席活动。',
  },
  reportOnBehalf: {
    id: 'official.report-on-behalf',
    description: 'A name delivering the report of a committee to its congress heads that committee',
    example: '3月5日，孙立代表中国共产党嘉兴市南湖区委员会向大会作报告。',
  },
  nameBeforeTitles: {
    id: 'official.name-before-titles',
    description: 'A name followed by its posts in brackets',
    example: '出席仪式的有：周海涛（市委常委、西湖区委书记）、王立明（副区长）等。',
  },
  appointed: {
    id: 'official.appointed',
    description: 'A name taking up posts (当选为/任命…为/调任/出任): the post starts at the event date',
    example: '3月1日，王立明当选为历城区区长。',
  },
  removed: {
    id: 'official.removed',
    description: 'A name relieved of posts (免去…职务): the post ends at the event date',
    example: '3月1日，会议决定免去李华的历城区副区长职务。',
  },
  leaderList: {
    id: 'official.leader-list',
    description: 'Names listed after 县领导/市、县领导/县级领导 are officials (their posts unnamed)',
    example: '县领导王立明、李华、赵刚出席活动。',
  },
  leadersListed: {
    id: 'official.leaders-listed',
    description: 'Names listed before 等…领导 (等县领导, 等副处级以上领导) are officials (their posts unnamed)',
    example: '王立明、李华、赵刚等副处级以上领导参加开工仪式。',
  },
  organEllipsis: {
    id: 'official.organ-ellipsis',
    description: 'A bare 副主任/副主席 after a congress or CPPCC post in the same sentence is that organ\'s',
    example: '南湖区人大常委会主任王立明，副主任李华、赵刚出席会议。',
  },
  namedInMotion: {
    id: 'official.named-in-motion',
    description: 'Names in an appointment or removal motion (…等N名同志的任职议案) are officials',
    example: '会议表决通过了王立明等6名同志的免职议案。',
  },
  resigned: {
    id: 'official.resigned',
    description: 'A name resigning posts (辞去…职务): the post was held',
    example: '会议接受李华辞去历城区副区长职务的请求。',
  },
  nameBeforeBareTitle: {
    id: 'official.name-before-bare-title',
    description: 'A name followed by 书记 or a government head (县长, 市长 …) as a form of address: an official; a head holds the post in the unit the passage is about',
    example: '王立明书记一行来我区调研，李华区长陪同。',
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
  /** The government written before a post, after the place or a joiner: 固安县人民政府副县长, 、人民政府副旗长. */
  government: RegExp;
  /** …and before it with its level character (县人民政府县长) when no place is named. */
  levelGovernment: RegExp;
  /** The government at the end of the words before a post: 县人民政府 + 副县长. */
  governmentBefore: RegExp;
  /** An organ and its head at the end of a department head's title: 局副局长, 人民法院院长. */
  departmentSuffix: RegExp;
  /** The same at the end of a title. */
  departmentSuffixAtEnd: RegExp;
  /** The heads (局长, 副院长, 审判员 …), longest first. */
  departmentHeads: string[];
  departmentHeadAtEnd: RegExp;
}

function compileWords(lex: Lexicon): OfficialWords {
  const titles = new Trie<TitleRecord>();
  for (const t of lex.entries('titles')) titles.set(t.zh, t);
  const staff = new Trie<string>();
  for (const t of lex.words('roles', 'staff')) staff.set(t, t);
  const organs = alternation(lex.words('organs', 'department'));
  const heads = alternation(lex.words('organs', 'department-head'));
  const government = alternation(lex.words('organs', 'government'));
  // What follows a government in a post: 副县长, 代旗长, 常务副市长, 县长, 盟长 ….
  const postAfterGovernment = `[副代常]|[${LEVEL_CHARS}镇乡]长`;
  // Longest first: 副院长 before 院长.
  const departmentHeads = [...lex.words('organs', 'department-head')].sort((a, b) => b.length - a.length);
  return {
    titles,
    staff,
    departmentHead: new RegExp(`^([县区市镇乡])?[\u4e00-\u9fff]{0,10}?(?:${organs})(?:${heads})`),
    government: new RegExp(`^(?:${government})(?=${postAfterGovernment})`),
    levelGovernment: new RegExp(`^[${LEVEL_CHARS}](?:${government})(?=${postAfterGovernment})`),
    governmentBefore: new RegExp(`([${LEVEL_CHARS}])?(?:${government})$`),
    departmentSuffix: new RegExp(`(?:${organs})(?:${heads})`, 'g'),
    departmentSuffixAtEnd: new RegExp(`(?:${organs})(?:${heads})$`),
    departmentHeads,
    departmentHeadAtEnd: new RegExp(`(?:${alternation(departmentHeads)})$`),
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
  reads: ['Town', 'District', 'City', 'Province', 'Company', 'Institution'],
  produces: { labels: ['Official', 'Person'], relations: ['HOLDS_POSITION'] },
  rules: Object.values(OFFICIAL_RULES),
  run: findOfficials,
};

function findOfficials(ctx: ExtractContext): Findings {
  const out = new FindingsBuilder();
  const scope = ctx.scope;
  const text = ctx.text;
  const placesAt = ctx.positions('Town', 'District', 'City', 'Province');
  const titles = titleMatches(ctx, placesAt);
  const placeEndingAt = (pos: number, shared?: string): PlaceMention | undefined =>
    placesAt.endingAt(pos)[0] ??
    (shared ? placesAt.endingAt(pos + 1).find((p) => p.name.endsWith(shared) && text.charAt(pos) === shared) : undefined);

  let chain: Post[] = [];
  let chainEnd = -1;
  const written: Written[] = [];
  for (const m of titles) {
    // 商会秘书长某某, 恒达集团会员部部长: a post in an association or a company is staff, not office.
    if (ORGANIZATION_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    let place = placeEndingAt(m.start, m.value.sharedSuffix);
    let startOfToken = place ? Math.min(place.span.start, m.start) : m.start;
    // 县人民政府副县长, 固安县人民政府县长, 政府旗长: the government written between the unit and its post.
    const government = !place && m.value.organ === 'government' ? words().governmentBefore.exec(text.slice(Math.max(0, m.start - 8), m.start)) : null;
    if (government) {
      const governmentStart = m.start - government[0].length;
      place = placeEndingAt(governmentStart) ?? (government[1] ? placeEndingAt(governmentStart + 1) : undefined);
      startOfToken = place ? Math.min(place.span.start, governmentStart) : governmentStart;
    }
    // A rank read with the organ before it (人大常委会党组书记、主任) is in the chain already.
    if (chain.length > 0 && m.start < chainEnd) continue;
    // Titles joined by 、 or ， (or nothing) form one chain: 市委常委，济南高新区党工委书记、管委会主任.
    const gap = chain.length > 0 ? text.slice(chainEnd, startOfToken) : '';
    // 统战部部长兼区委办公室主任: 兼 (concurrently) joins two posts too.
    if (chain.length > 0 && !/^(?:[、，,\s]{0,2}|兼)$/.test(gap)) chain = [];
    // 党委常委, 二级巡视员: posts that name no unit count only after one (西藏自治区党委常委).
    if (m.value.needsPlace && !place && chain.length === 0) continue;
    chain.push({ title: m.value, span: { start: m.start, end: m.end }, place });
    chainEnd = m.end;
    const organPost = organPostAfterGroup(text, m.value, m.end);
    if (organPost) {
      chain.push({ ...organPost, place });
      chainEnd = organPost.span.end;
    }
    // 副县长（挂职）吴启明, 副县长提名人选孙立: a short note between the post and the name.
    const note = /^(?:（[^（）\n]{1,5}）|提名人选|候选人)/.exec(text.slice(chainEnd, chainEnd + 8));
    const nameStart = chainEnd + (note ? note[0].length : 0);
    const nameLength = readNameAfterTitle(text, nameStart);
    if (nameLength === 0) continue;
    written.push(writeOfficials(ctx, out, scope, chain, { start: nameStart, end: nameStart + nameLength }, OFFICIAL_RULES.titleBeforeName.id));
    chain = [];
  }

  findOrganEllipsis(ctx, out, written);
  findReportsOnBehalf(ctx, out, placesAt);
  findNamesBeforeTitles(ctx, out, scope, placesAt);
  findAppointments(ctx, out, scope, placesAt);
  // Names without posts last: a name the rules above gave posts to is not one again.
  findLeaderLists(ctx, out);
  findNamesBeforeBareTitles(ctx, out, scope);
  findNamesInMotions(ctx, out);
  findStaff(ctx, out);
  for (const b of ctx.doc.bylines) {
    out.add({ label: 'Person', name: b.name, span: b.span, ruleId: OFFICIAL_RULES.byline.id, attrs: { role: b.role } });
  }
  return out;
}

// The level characters of units with a government: 省, 市, 区, 县, 旗, 州, 盟.
const LEVEL_CHARS = '省市区县旗州盟';

/** A chain of posts written before names, as writeOfficials resolved it: read again by the organ ellipsis. */
interface Written {
  posts: Array<{ post: Post; place?: PlaceMention }>;
  /** Where the last name of the chain ends. */
  end: number;
}

/**
 * Every title in the text, leftmost-longest: the lexicon's titles and the heads of departments
 * written in full (泸州市经济和信息化局副局长, 市文旅局局长, 县人民法院院长), which no list can hold.
 */
function titleMatches(ctx: ExtractContext, places: SpanIndex<PlaceMention>): Array<TrieMatch<TitleRecord>> {
  const text = ctx.text;
  const fromLexicon = words().titles.scan(text).filter((m) => !NATIONAL_PREFIX.test(text.charAt(m.start - 1)) && !ctx.isDamaged(m));
  const all = [...fromLexicon, ...departmentTitles(ctx, places)].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<TrieMatch<TitleRecord>> = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/**
 * Department heads: an organ and its head (局+副局长, 人民法院+院长, 投促办+副主任), the department's
 * name read back to a place, a level character or punctuation. Not a company's department: 该公司
 * 办公室主任 is staff.
 */
function departmentTitles(ctx: ExtractContext, places: SpanIndex<PlaceMention>): Array<TrieMatch<TitleRecord>> {
  const text = ctx.text;
  const out: Array<TrieMatch<TitleRecord>> = [];
  const organizations = ctx.positions('Company', 'Institution');
  for (const m of text.matchAll(words().departmentSuffix)) {
    const organStart = m.index ?? 0;
    let start = organStart;
    while (start > 0 && organStart - start < 12 && isCjkChar(text.charAt(start - 1)) && !DEPARTMENT_LEFT_STOP.test(text.charAt(start - 1))) {
      if (places.endingAt(start).length > 0) break;
      start--;
    }
    const department = text.slice(start, organStart);
    if (!isDepartmentName(department, text.slice(organStart, organStart + m[0].length))) continue;
    if (organizations.overlapping({ start, end: organStart + m[0].length }).length > 0) continue;
    const span = { start, end: organStart + m[0].length };
    if (ctx.isDamaged(span)) continue;
    const ch = LEVEL_OF_CHAR[department.charAt(0)];
    const level: TitleRecord['level'] = ch ?? 'any';
    const zh = text.slice(span.start, span.end);
    out.push({ ...span, key: zh, value: { id: 'title.department-head', zh, level, organ: 'department', ...(ch ? { sharedSuffix: department.charAt(0) } : {}), en: '' } });
  }
  return out;
}

const isCjkChar = (ch: string) => ch >= '\u4e00' && ch <= '\u9fff';
// Where a department's name cannot reach back over: verbs and joiners of appointment prose.
const DEPARTMENT_LEFT_STOP = /[为任和及与、，的由是在兼]/;
// Stems that make an "X办公室主任" a company's or a generic one.
// (A village's, not 农业农村局 or 乡村振兴局.)
const NOT_A_DEPARTMENT = /公司|集团|企业|工厂|厂$|学校|大学|学院|医院|银行|协会|商会|(?<!农)村$|社区|该|本|各|其|相关|有关/;
// 发改委, 卫健委, 教委: a commission called by its short name. Not the party's own committees (区委,
// 党委, 纪委, 政法委), whose heads are secretaries.
const NOT_A_COMMISSION = /^(?:[省市区县旗州盟镇乡]|.*(?:党|纪|常|政法|党工|工|管|村|居))$/;

/** True when `department` (the words before an organ and its head, `organ`) names a government department. */
function isDepartmentName(department: string, organ: string): boolean {
  if (department.length === 0 || NOT_A_DEPARTMENT.test(department)) return false;
  return !(organ.startsWith('委') && !organ.startsWith('委员会') && NOT_A_COMMISSION.test(department));
}

const LEVEL_OF_CHAR: Record<string, TitleRecord['level']> = { 省: 'province', 市: 'city', 州: 'city', 盟: 'city', 区: 'county', 县: 'county', 旗: 'county', 镇: 'town', 乡: 'town' };

/** An official this component has already found at `pos`. */
function officialAt(out: FindingsBuilder, pos: number): boolean {
  return out.covering(pos, 'Official') !== undefined;
}

function writeOfficials(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex, chain: Post[], nameSpan: Span, ruleId: string, dates: Record<string, string> = {}, statedTo?: number): Written {
  const text = ctx.text;
  if (ctx.isDamaged(nameSpan)) return { posts: [], end: nameSpan.end };
  // 副区长张三、李四和王五出席: later names in the list share the titles (readName only accepts a
  // name that ends cleanly: at punctuation or before 出席/表示/等 …).
  const names: Array<{ span: Span; ruleId: string }> = readNameList(text, nameSpan.start, nameSpan.end - nameSpan.start).map((span, i) => ({
    span,
    ruleId: i === 0 ? ruleId : OFFICIAL_RULES.sharedTitle.id,
  }));
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
        props: { title: post.title.canonical ?? post.title.zh, level: post.title.level, ...dates },
        evidence: ctx.evidence({ start: chainSpan.start, end: Math.max(n.span.end, chainSpan.end) }, n.ruleId),
      });
    }
  }
  return { posts: resolved, end: names[names.length - 1]!.span.end };
}

// A bare rank after a congress or CPPCC post: 区人大常委会主任王立明，副主任李华、赵刚.
const BARE_RANK = /[，,、；]\s*(副主任|主任|副主席|主席|副秘书长|秘书长)(?=[\u4e00-\u9fff])/g;
const ORGAN_RANK = /(?:副)?(?:主任|主席|秘书长)$/;

function findOrganEllipsis(ctx: ExtractContext, out: FindingsBuilder, written: Written[]): void {
  const text = ctx.text;
  for (const m of text.matchAll(BARE_RANK)) {
    const rank = m[1]!;
    const at = (m.index ?? 0) + m[0].length;
    const sentence = ctx.sentenceIndexAt(at);
    const before = [...written].reverse().find((w) => w.end <= (m.index ?? 0) && ctx.sentenceIndexAt(w.end - 1) === sentence);
    const last = before?.posts[before.posts.length - 1];
    if (!last || !last.place || !['congress', 'cppcc'].includes(last.post.title.organ)) continue;
    const organ = (last.post.title.canonical ?? last.post.title.zh).replace(ORGAN_RANK, '');
    const nameLength = readName(text, at);
    if (nameLength === 0 || officialAt(out, at)) continue;
    const title: TitleRecord = { ...last.post.title, id: 'title.organ-ellipsis', zh: organ + rank, canonical: organ + rank, single: false, en: '' };
    writeOfficials(ctx, out, ctx.scope, [{ title, span: { start: at - rank.length, end: at }, place: last.place }], { start: at, end: at + nameLength }, OFFICIAL_RULES.organEllipsis.id);
  }
}

// 县领导, 市、县领导, 县级领导, 在家县级领导, 区四套班子领导, 区领导同志: the leaders of a unit, named
// without posts.
// 出席仪式的领导有: the leaders a sentence lists as present.
const LEADER_LIST = /(?:(?:[省市州盟区县旗镇乡](?:[、和]?[省市州盟区县旗镇乡])?)(?:级|处级|四套班子|党政)?领导(?:同志)?(?:还有|也有|分别是|分别为|包括)?|的(?:领导|领导同志|市领导|县领导|区领导)有)[：:]?/g;

function findLeaderLists(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  const add = (span: Span, ruleId: string) => {
    if (ctx.isDamaged(span) || officialAt(out, span.start)) return;
    out.add({ label: 'Official', name: text.slice(span.start, span.end), span, ruleId, attrs: {} });
  };
  for (const m of text.matchAll(LEADER_LIST)) {
    const at = (m.index ?? 0) + m[0].length;
    for (const span of readNameList(text, at, readName(text, at), true)) add(span, OFFICIAL_RULES.leaderList.id);
  }
  // 甲、乙、丙等副处级以上领导参加: the names listed before 等 and the leaders they are.
  for (const m of text.matchAll(LEADERS_AFTER_LIST)) {
    const names = readNameListBefore(text, m.index ?? 0);
    // Two names at least: one name before 等领导 may be anyone's.
    if (names.length >= 2) for (const span of names) add(span, OFFICIAL_RULES.leadersListed.id);
  }
}

// 等副处级以上领导, 等县领导, 等旗领导同志: what closes a list of leaders named before it.
const LEADERS_AFTER_LIST = /等(?:[省市州盟区县旗镇乡]|[副正]?(?:处|科|厅|局)级(?:以上)?|县级|市级|在家)?领导(?:同志|干部)?(?!嘉宾)/g;

// 王立明书记一行, 在李华县长的陪同下: a name, then a title used as a form of address, then what
// follows a subject or a possessor.
const BARE_TITLE_AFTER_NAME = /(书记|[省市州区县旗镇乡]长)(?=一行|同志|等|在|的|强调|指出|表示|要求|说|讲|介绍|主持|出席|陪同|参加|带队|率|[，,。、；：）])/g;
// What may stand right before such a name: a boundary or a preposition or verb that takes a person.
const BEFORE_ADDRESSED_NAME = /(?:^|[\s，,。、；：（“]|在|与|和|向|由|对|陪同|邀请|会见|看望|感谢|欢迎|听取)$/;

function findNamesBeforeBareTitles(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex): void {
  const text = ctx.text;
  for (const m of text.matchAll(BARE_TITLE_AFTER_NAME)) {
    const at = m.index ?? 0;
    const len = [3, 2].find((n) => at - n >= 0 && readName(text.slice(at - n, at), 0) === n && BEFORE_ADDRESSED_NAME.test(text.slice(Math.max(0, at - n - 2), at - n)));
    // 曾任书记, 兼任县长: a verb of holding office before the title, not a name.
    if (len === undefined || /[任为是兼]$/.test(text.slice(0, at))) continue;
    // 常务副区长: the end of a longer title, not a title after a name.
    if ([1, 2, 3, 4].some((k) => (words().titles.longestAt(text, at - k)?.end ?? 0) >= at + m[1]!.length)) continue;
    const span = { start: at - len, end: at };
    if (ctx.isDamaged(span) || officialAt(out, span.start) || out.mentions.some((o) => o.span.start < span.end && span.start < o.span.end)) continue;
    // 书记 names no organ; a head (县长) is the head of the unit of its level the passage is about.
    const head = m[1] === '书记' ? undefined : words().titles.longestAt(m[1]!, 0);
    if (head && head.end === m[1]!.length) {
      writeOfficials(ctx, out, scope, [{ title: head.value, span: { start: at, end: at + m[1]!.length } }], span, OFFICIAL_RULES.nameBeforeBareTitle.id);
    } else {
      out.add({ label: 'Official', name: text.slice(span.start, span.end), span, ruleId: OFFICIAL_RULES.nameBeforeBareTitle.id, attrs: {} });
    }
  }
}

// 王立明等6名同志的免职议案, 甲、乙两名同志的任职议案, 甲、乙、丙三位同志辞去领导职务.
const MOTION = /(?:等)?(?:\d+|[两二三四五六七八九十]+)(?:名|位)同志/g;

function findNamesInMotions(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  for (const m of text.matchAll(MOTION)) {
    const at = m.index ?? 0;
    // Only in the prose of appointments: the rest of the sentence is about posts.
    const sentence = ctx.sentenceSpanAt(at);
    if (!/任职|免职|任免|辞去|辞职|职务|议案/.test(text.slice(at, sentence.end))) continue;
    for (const span of readNameListBefore(text, at)) {
      if (ctx.isDamaged(span) || officialAt(out, span.start)) continue;
      out.add({ label: 'Official', name: text.slice(span.start, span.end), span, ruleId: OFFICIAL_RULES.namedInMotion.id, attrs: {} });
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
  // The article's own unit of the title's level when nothing nearer says: the first one it names
  // (its dateline or lead: 6月9日，泸县举行… ; 县委书记X is 泸县's).
  const firstNamed = (level: PlaceMention['attrs']['level']) =>
    scope.firstNamed(`${level}|${title.sharedSuffix ?? ''}`, (m) => m.attrs.level === level && fitsLevelChar(m, title));
  switch (title.level) {
    case 'province':
      return scope.document.province;
    case 'city': {
      // 市委书记 in an article about a county-level city (枝江市) is that city's.
      const countyCity = counties.find((m) => m.attrs.level === 'county' && fitsLevelChar(m, title));
      if (countyCity) return countyCity;
      const city = scope.document.city ?? firstNamed('city');
      if (city && fitsLevelChar(city, title)) return city;
      // 市委书记 in Beijing, Tianjin, Shanghai or Chongqing: the municipality is a province.
      const province = scope.document.province;
      return title.sharedSuffix === '市' && province?.name.endsWith('市') ? province : undefined;
    }
    case 'county':
      // A zone nearby fits a 区 title only when no county does (区委常委 after 滨河经济区…主任 is the
      // county's, the article's own).
      return counties.find((m) => m.attrs.level !== 'zone' && fitsLevelChar(m, title)) ?? counties.find((m) => fitsLevelChar(m, title)) ?? firstNamed('county');
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

function findReportsOnBehalf(ctx: ExtractContext, out: FindingsBuilder, places: SpanIndex<PlaceMention>): void {
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
      const inside = places.startingIn(organStart, organStart + organ.length + 2).filter((p) => p.span.end <= organStart + organ.length + 1);
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

// 王立明当选为历城区区长 / 任命王立明为区长 / 王立明调任历下区委书记 / 免去李华的副区长职务.
const APPOINTMENT = /当选为|当选|出任|调任|升任|履新|担任|任命|选举|决定|提名|免去|辞去|任/g;

/** 周海涛（市委常委、西湖区委书记）: a name, then its posts in brackets. */
function findNamesBeforeTitles(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex, places: SpanIndex<PlaceMention>): void {
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
  const organ = m[0].match(words().departmentSuffixAtEnd)?.[0] ?? '';
  const department = m[0].slice(m[1]?.length ?? 0, m[0].length - organ.length);
  // 县人民法院副院长: the level alone before a court or bureau is enough.
  if (department.length > 0 && !isDepartmentName(department, organ)) return undefined;
  const ch = m[1];
  const level: TitleRecord['level'] = ch === '市' ? 'city' : ch === '县' || ch === '区' ? 'county' : ch ? 'town' : 'any';
  const value: TitleRecord = { id: 'title.department-head', zh: m[0], level, organ: 'department', ...(ch ? { sharedSuffix: ch } : {}), en: '' };
  return { start: pos, end: pos + m[0].length, key: m[0], value };
}

// 政协四川省第十一届委员会主席: the organ's full name with its term, then the rank.
const CPPCC_LONG = /^(?:中国人民政治协商会议|政协)[\u4e00-\u9fff]{0,10}?第?[一二三四五六七八九十]{1,3}届[\u4e00-\u9fff]{0,10}?委员会(副主席|主席|副秘书长|秘书长)/;
// 十七届, 第十一届: a congress's term, written before its organ.
const TERM = /^[省市区县旗州盟]?第?[一二三四五六七八九十]{1,3}届(?=人大|政协|人民代表大会)/;

/** A department head's post word at `pos` (副院长, 审判员, 审判委员会委员), if one starts there. */
function departmentHeadAt(text: string, pos: number): string | undefined {
  return words().departmentHeads.find((h) => text.startsWith(h, pos));
}

const DEPARTMENT_HEADS_AT_END = (): RegExp => words().departmentHeadAtEnd;

/** Posts written from `pos` on: [place][人民政府]title, joined by 、，和; with the end of the last one. */
function readPosts(ctx: ExtractContext, places: SpanIndex<PlaceMention>, pos: number): { posts: Post[]; end: number } {
  const text = ctx.text;
  const posts: Post[] = [];
  let at = pos;
  for (;;) {
    // 嘉兴市南湖区副区长: the last of the places written one after the other is the post's.
    let place = places.startingAt(at)[0];
    for (let next = place && places.startingAt(place.span.end)[0]; next; next = places.startingAt(place!.span.end)[0]) place = next;
    let titleAt = place ? place.span.end : at;
    // 昌都市首任市长: an ordinal of the post between the place and the title.
    if (place) titleAt += FIRST_HOLDER.exec(text.slice(titleAt, titleAt + 4))?.[0].length ?? 0;
    // 固安县人民政府副县长, 、人民政府副旗长: the government between the place (or the joiner) and the post.
    const government = words().government.exec(text.slice(titleAt, titleAt + 6));
    if (government && (place || posts.length > 0)) titleAt += government[0].length;
    // 政协四川省第十一届委员会主席, 定远县政协第十一届委员会主席: the CPPCC by its full name.
    const cppcc = CPPCC_LONG.exec(text.slice(titleAt, titleAt + 30));
    if (cppcc) {
      const end = titleAt + cppcc[0].length;
      const inside = places.startingIn(titleAt, end + 1).filter((p) => p.span.end <= end);
      const zh = `政协${cppcc[1]}`;
      const title: TitleRecord = { id: 'title.cppcc-long', zh, canonical: zh, level: 'county', organ: 'cppcc', single: cppcc[1] === '主席', en: '' };
      posts.push({ title, span: { start: titleAt, end }, place: inside[inside.length - 1] ?? place });
      at = end;
      if (/^[、，,和及]/.test(text.slice(at, at + 1)) && (places.startingAt(at + 1).length > 0 || words().titles.longestAt(text, at + 1))) {
        at += 1;
        continue;
      }
      break;
    }
    // 县十七届人大常委会主任: a term number between the unit and the organ.
    const term = TERM.exec(text.slice(titleAt, titleAt + 6));
    if (term) titleAt += term[0].length;
    // 县人民政府县长 with no place named: the level's government before its post.
    const levelGovernment = !place ? words().levelGovernment.exec(text.slice(titleAt, titleAt + 8)) : null;
    if (levelGovernment) titleAt += levelGovernment[0].length;
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
    // 县人民法院审判员、审判委员会委员、副院长、代理院长: the court's other posts after the first.
    if (title.value.organ === 'department') {
      for (let head = departmentHeadAt(text, at + 1); /^[、，,和及]/.test(text.charAt(at)) && head; head = departmentHeadAt(text, at + 1)) {
        const organ = title.value.zh.replace(DEPARTMENT_HEADS_AT_END(), '');
        const zh = /委员会委员$/.test(head) ? head : organ + head;
        posts.push({ title: { ...title.value, id: 'title.department-head', zh, canonical: zh }, span: { start: at + 1, end: at + 1 + head.length }, place });
        at += 1 + head.length;
      }
    }
    const organPost = organPostAfterGroup(text, title.value, at);
    if (organPost) {
      posts.push({ ...organPost, place });
      at = organPost.span.end;
    }
    if (/^[、，,和及]/.test(text.slice(at, at + 1)) && (places.startingAt(at + 1).length > 0 || words().titles.longestAt(text, at + 1) || words().government.test(text.slice(at + 1, at + 9)))) at += 1;
    else break;
  }
  return { posts, end: at };
}

// 首任市长, 新任县长: which holder of the post, between its place and its title.
const FIRST_HOLDER = /^(?:首任|新任|新一任|第一任)/;

// Verbs whose name comes after them: 任命王立明为区长, 选举王立明为…, 免去李华的…职务.
const NAME_AFTER_VERB = new Set(['任命', '选举', '决定', '提名', '免去']);
// Between a name and its verb: 王立明同志当选为, 李华以190票的高票当选为, 王立明已调任.
const BEFORE_VERB = /(?:同志)?(?:关于)?(?:以[\d一二三四五六七八九十百千]+票(?:的高票)?)?(?:已经|已|将|拟|正式)?$/;
// The next appointment of a list: 选举甲为县长，乙为副县长.
const NEXT_APPOINTMENT = /^[，,；;]/;
// The same person's next post in the sentence: …，提名为市长候选人 / ，兼任….
const SAME_NAMES_NEXT = /^[，,](?:并|同时)?(提名为|兼任|任)/;

function findAppointments(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex, places: SpanIndex<PlaceMention>): void {
  const text = ctx.text;
  // The organ of the last appointment of each sentence: 当选为政协…委员会主席，甲、乙当选为副主席.
  const lastOrgan = new Map<number, { organ: string; post: Post }>();
  let lastPlace: PlaceMention | undefined;
  // `from`: the place of the same names' post just before in the sentence (…市委副书记，提名为市长候选人).
  const appoint = (verb: string, at: number, nameSpans: Span[], postsAt: number, from?: PlaceMention): number | undefined => {
    const sentence = ctx.sentenceIndexAt(at);
    let { posts, end } = readPosts(ctx, places, postsAt);
    // 赵刚当选为秘书长 after …政协…委员会主席: a bare rank is the sentence's organ's.
    const previousOrgan = lastOrgan.get(sentence);
    if (posts.length === 1 && previousOrgan && posts[0]!.title.level === 'any' && BARE_RANK_AT.test(posts[0]!.title.zh)) posts = [];
    if (posts.length === 0) {
      const bare = BARE_RANK_AT.exec(text.slice(postsAt, postsAt + 4));
      const previous = lastOrgan.get(sentence);
      if (!bare || !previous) return undefined;
      const zh = previous.organ + bare[0];
      posts = [{ ...previous.post, title: { ...previous.post.title, id: 'title.organ-ellipsis', zh, canonical: zh, single: false, en: '' }, span: { start: postsAt, end: postsAt + bare[0].length } }];
      end = postsAt + bare[0].length;
    }
    if (nameSpans.some((n) => ctx.isDamaged(n))) return undefined;
    if (from) posts = posts.map((p) => (p.place ? p : { ...p, place: inherit(from, p) }));
    lastPlace = [...posts].reverse().find((p) => p.place)?.place;
    const ended = verb === '免去' || verb === '辞去';
    if (ended && !text.startsWith('职务', end)) return undefined;
    const last = posts[posts.length - 1]!;
    const organ = (last.title.canonical ?? last.title.zh).replace(/^[省市区县旗州盟镇乡]/, '').replace(/(?:副)?(?:主任|主席|秘书长)$/, '');
    if (organ !== (last.title.canonical ?? last.title.zh) && ['congress', 'cppcc'].includes(last.title.organ)) lastOrgan.set(sentence, { organ, post: last });
    const date = eventDate(ctx, at);
    const dates: Record<string, string> = date ? { [ended ? 'end' : 'start']: date } : {};
    const ruleId = verb === '辞去' ? OFFICIAL_RULES.resigned.id : ended ? OFFICIAL_RULES.removed.id : OFFICIAL_RULES.appointed.id;
    for (const nameSpan of nameSpans) writeOfficials(ctx, out, scope, posts, nameSpan, ruleId, dates, end);
    return end;
  };
  for (const m of text.matchAll(APPOINTMENT)) {
    const at = m.index ?? 0;
    const verb = m[0];
    if (NAME_AFTER_VERB.has(verb)) {
      // 任命王立明为区长 / 免去李华的副区长职务 / 选举甲为县长，乙为副县长
      let from = at + verb.length;
      for (let first = true; ; first = false) {
        // 选举甲为主席，乙、丙为副主席: one name, or a list of them, before 为.
        const names = readNameList(text, from);
        if (names.length === 0) break;
        const nameEnd = names[names.length - 1]!.end;
        const j = (verb === '免去' ? /^(?:同志)?的?/ : /^(?:同志)?为/).exec(text.slice(nameEnd))?.[0] ?? '';
        if (verb !== '免去' && j === '') break;
        const end = appoint(verb, at, names, nameEnd + j.length);
        if (end === undefined || verb === '免去' || !NEXT_APPOINTMENT.test(text.slice(end, end + 1))) break;
        from = end + 1;
        if (!first && from >= text.length) break;
      }
      continue;
    }
    // 王立明当选为区长 / 甲、乙和丙当选副县长 / 王立明同志辞去…职务: the names right before the verb.
    const between = BEFORE_VERB.exec(text.slice(Math.max(0, at - 16), at))?.[0] ?? '';
    let names = readNameListBefore(text, at - between.length);
    // 某某当选市长 (a name of no known surname): after 当选 the post read is the evidence that what opens the clause is a name.
    if (names.length === 0 && verb.startsWith('当选')) {
      const len = readClauseNameBefore(text, at - between.length);
      if (len > 0) names = [{ start: at - between.length - len, end: at - between.length }];
    }
    if (names.length === 0) continue;
    let end = appoint(verb, at, names, at + verb.length);
    // 王立明任某市委副书记，提名为市长候选人: the same names take the next post of the sentence.
    for (let next = end === undefined ? null : SAME_NAMES_NEXT.exec(text.slice(end, end + 6)); next && end !== undefined; next = end === undefined ? null : SAME_NAMES_NEXT.exec(text.slice(end, end + 6))) {
      end = appoint(next[1]!, end + next[0].length - next[1]!.length, names, end + next[0].length, lastPlace);
    }
  }
}

// A bare rank after an appointment to a congress or CPPCC post: …委员会主席，甲、乙当选为副主席.
const BARE_RANK_AT = /^(?:副主席|主席|副主任|主任|副秘书长|秘书长)/;
// An organ's party group or committee at the end of a title: 人大常委会党组书记, 公安局党委书记.
const PARTY_GROUP_AT_END = /(?:党组|党委)(?:副书记|书记|成员)$/;

/**
 * 区人大常委会党组书记、主任 / 市公安局党委书记、局长: after a post in an organ's party group, a bare
 * rank (at `at`, after its 、) is the organ's own post.
 */
function organPostAfterGroup(text: string, title: TitleRecord, at: number): Omit<Post, 'place'> | undefined {
  const written = title.canonical ?? title.zh;
  const group = PARTY_GROUP_AT_END.exec(written);
  // A government's own posts after its party group are titles of their own (市政府党组成员、副市长).
  if (!group || text.charAt(at) !== '、' || !['congress', 'cppcc', 'department'].includes(title.organ)) return undefined;
  const rank = title.organ === 'department' ? departmentHeadAt(text, at + 1) : BARE_RANK_AT.exec(text.slice(at + 1, at + 5))?.[0];
  if (!rank || PARTY_GROUP_AT_END.test(rank)) return undefined;
  const zh = written.slice(0, group.index) + rank;
  const known = words().titles.longestAt(zh, 0);
  const own = known?.end === zh.length ? known.value : { ...title, id: 'title.organ-ellipsis', zh, canonical: zh, single: false, en: '' };
  return { title: own, span: { start: at + 1, end: at + 1 + rank.length } };
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
    // 副会长刘启明、胡锦华: the names listed after the role share it.
    for (let at = m.end, first = true; first || text.charAt(at) === '、'; first = false) {
      const from = first ? at : at + 1;
      const len = readName(text, from);
      if (len === 0) break;
      const span = { start: from, end: from + len };
      at = span.end;
      if (ctx.isDamaged(span) || officialAt(out, span.start)) break;
      out.add({ label: 'Person', name: text.slice(span.start, span.end), span, ruleId: OFFICIAL_RULES.staff.id, attrs: { role: m.value } });
    }
  }
}

// The end of an association's or a company's name, right before a title: its staff hold no office.
const ORGANIZATION_BEFORE = /(?:商会|协会|学会|联合会|公司|集团)$/;

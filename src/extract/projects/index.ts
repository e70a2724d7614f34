// Named projects: …项目, …工程, …产业园, …基地, …中心, capacity lines (年产10万吨…项目) and lists
// before 等N个项目. The phase (一期/二期) is an attribute, not part of the name, so 客车一期项目 and
// 客车二期项目 are phases of one project.
import type { Mention, MentionWith, Span } from '../../types';
import { LeftBoundary, leadingDateOrCountLength } from '../boundary';
import type { Component, ExtractContext, Findings, Rule } from '../context';
import { gazetteer } from '../../gazetteer';
import { alternation, lexicon, type Lexicon } from '../../lexicon';
import { capacity } from '../../lexicon/projects';
import { SpanIndex } from '../positions';
import { clauseAround, isCjk } from '../text';
import { Trie } from '../trie';

export const PROJECT_RULES = {
  suffix: { id: 'project.suffix', description: 'A name ending in 项目/工程/产业园/基地/中心 …, left edge at the last verb', example: '华东装备绿色制造产业城项目加快建设。' },
  capacity: { id: 'project.capacity', description: 'A 年产… line up to 项目, across its 、 and 及', example: '公司组织建设年产10万吨锂电材料、5GWh储能电池项目正在推进。' },
  list: { id: 'project.list', description: 'Names listed before 等N个项目, or before a count of their kind (A、B2个先进制造业项目)', example: '华科智谷、远景生物等44个项目签约落地。' },
  coordinated: { id: 'project.coordinated', description: 'X和Y项目: two projects sharing one suffix', example: '博格智能叉车和新能源客车二期项目集中开工。' },
  infrastructure: { id: 'project.infrastructure', description: 'A road, railway, tunnel or bridge named by its route or place, with work on it', example: '京雄高铁、沪昆高速加快推进。' },
  facility: { id: 'project.facility', description: 'A hospital or school the text has being built, extended or opened is a project', example: '滨河医院基本建成，年底投入使用。' },
} satisfies Record<string, Rule>;

/** The project vocabulary of lexicons/projects.jsonl and stopwords.jsonl, compiled once. */
interface ProjectWords {
  boundary: LeftBoundary;
  /** What projects are called: 项目, 工程, 产业园 … */
  suffixes: Trie<string>;
  suffixList: string[];
  /** Words after a suffix that make it part of a longer word (项目部, 中心城区, 工程师), or a count of facilities (照料中心12处). */
  notAfterSuffix: RegExp;
  /** Verbs before 项目 in phrases about projects in general: 抓项目, 引项目, 建项目. */
  verbsBefore: Set<string>;
  /** Those of two characters or more, which open no name either: 发展清洁能源项目. */
  openingVerbs: string[];
  /** Words that make a project name generic when nothing else is left: 重点项目, 技改项目. */
  genericWords: Trie<true>;
  /** The generic words, longest first (to strip them from a stem's end). */
  genericList: string[];
  /** Centres that are government units or services, not projects: 政务服务中心. */
  serviceCentres: string[];
  /** Infrastructure named by its route or place (京沪高铁, 翠屏路隧道) … */
  infrastructure: Trie<string>;
  /** … followed by punctuation or a word about the work, so 高速发展 is no road. */
  infrastructureFollowers: RegExp;
  /** Words that say an institution's name stands for a building being built, extended or opened. */
  construction: RegExp;
  /** Words right before a name that make it something being built: 共建X研究院. */
  builtBy: RegExp;
  /** A list of names ending in 等…项目 names projects: 华科智谷、远景生物等44个项目. */
  listTail: RegExp;
  /** 推动滨河物流港项目建设: a verb of pushing work forward before X项目建设. */
  push: RegExp;
  /** A renovation of something named is a project (南湖小学改扩建项目): the renovation words at a stem's end … */
  renovated: RegExp;
  /** … and what may follow a school's name when the project is only its own building work. */
  renovationRest: RegExp;
  /** 该区X项目, 全区X项目: a word for the district the name starts with. */
  leadingUnitWords: string[];
  /** Nouns no name ends in (情况, 县情, 工作): 考察基本县情和某某板材项目 coordinates no project. */
  notANameEnd: RegExp;
}

function compileWords(lex: Lexicon): ProjectWords {
  const project = (kind: string) => lex.words('projects', kind);
  const trie = <V>(words: string[], value: (w: string) => V) => {
    const t = new Trie<V>();
    for (const w of words) t.set(w, value(w));
    return t;
  };
  const renovation = alternation(project('renovation'));
  return {
    // The left stop words, and the role nouns that name a company after a project (总承包方恒达工程有限公司).
    boundary: new LeftBoundary([
      ...lex.entries('stopwords').filter((w) => w.kind === 'left' && w.applies?.includes('project')),
      ...lex.entries('triggers').filter((t) => t.uses.includes('role-noun')).map((t) => t.zh),
    ]),
    suffixes: trie(project('suffix'), (w) => w),
    suffixList: project('suffix'),
    notAfterSuffix: new RegExp(`^(?:${alternation(project('not-after-suffix'))})|^\\d+(?:处|个|所|家|座)(?=$|[，。；、\\s])`),
    verbsBefore: new Set(project('verb-before')),
    openingVerbs: project('verb-before').filter((v) => v.length >= 2),
    genericWords: trie(project('generic'), () => true as const),
    genericList: [...project('generic')].sort((a, b) => b.length - a.length),
    serviceCentres: project('service-centre'),
    infrastructure: trie(project('infrastructure'), (w) => w),
    infrastructureFollowers: new RegExp(`^(?:[、，,。；;]|${alternation(project('infrastructure-work'))}|[一二三四五六七八九十]期|[^\\s，。；、]{1,4}站)`),
    construction: new RegExp(alternation(project('construction'))),
    builtBy: new RegExp(`(?:${alternation(project('built-by'))})$`),
    listTail: new RegExp(`^等(?:\\d+|[一二三四五六七八九十百几数多]+)?(?:个|项|处|条|座|所)?(?:(?!${alternation(project('not-in-list-tail'))})[\\u4e00-\\u9fff]){0,6}?(?:${alternation(project('list-noun'))})`),
    push: new RegExp(`(?:${alternation(project('push'))})$`),
    renovated: new RegExp(`^(.{2,}?)(?:异地)?(?:${renovation})$`),
    renovationRest: new RegExp(`^(?:(?:异地)?(?:${renovation})|[一二三四五六七八九十]期)*(?:项目|工程)?$`),
    leadingUnitWords: [...lex.words('stopwords', 'anaphora'), ...lex.words('stopwords', 'whole-unit')],
    notANameEnd: new RegExp(`(?:${alternation(project('not-a-name-end'))})$`),
  };
}

export const projectWords = (): ProjectWords => lexicon().compiled(compileWords);
const words = projectWords;

/** A list the name belongs to that the text calls projects: 仁和医院、康养中心等项目建设. */
const LISTED_AS_PROJECTS = /^[^，。；]*?等[\u4e00-\u9fff\d]{0,8}项目/;

// 一期/二期/三期 and 一期工程 inside a name.
const PHASE = /([一二三四五六七八九十]|\d+)期(?:工程)?/;
// 总投资50亿元 / 投资38.7亿元 near a project.
const INVESTMENT = /(?:总投资|计划投资|投资)(?:约|达|超)?(\d+(?:\.\d+)?)(亿元|万元)/;

// Dates, seasons, counts and pointers say which projects, not what project: 2020年第三季度重点项目,
// 共有6个项目, 这五个项目, 一大批项目, 本次…项目.
const NOT_A_DISTINCTION =
  /每一?个|\d{4}年(?:度)?|第?[一二三四]季度|[上下]半年|[春夏秋冬]季|年度|\d{1,2}月份?|今年|去年|明年|全年|(?:共有|共计|合计|累计|共)?第?(?:[\d.]+|[一二三四五六七八九十两几百千]+)(?:个|项|批|大批|家)|一大?批|一系列|多个|整个|各类|各项|各|这些?|那些?|此次|本次|这次|该|全省|全市|全县|全区|全旗|我省|我市|我县|我区|我旗/g;

// What 项目建设 is followed by when it is one project's construction: 滨河物流园项目建设现场.
const SITE_AFTER = /^(?:现场|工地|进展|进度|情况)/;

// Buildings that host meetings, and the verbs that say one is held there.
const VENUE_SUFFIX = /(?:大厦|大楼|中心|综合楼)$/;
const HELD = /^(?:组织)?(?:隆重|胜利|顺利|正式)?(?:召开|举行|举办|开幕|闭幕)/;

// A count of projects right before a name's start: what follows is their kind.
const COUNT_BEFORE = /(?:\d+|[一二两三四五六七八九十几]+)(?:个|项|批)$/;

// A count of projects and their kind at the end of a stem: 3个先进制造业, 2个基础设施.
const COUNT_OF_KIND = /(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{0,10}$/;
// What before such a count makes it a total, not the end of a name: 共5个, 签约了3个, 达到10个.
const COUNT_STOP = /[共了的等有和计达为是将约近超各这此该]/;

// The same, to test for one (a global RegExp keeps state between test() calls).
const HAS_A_NON_DISTINCTION = new RegExp(NOT_A_DISTINCTION.source);

/** True when nothing but generic words remains: 重点项目, 55个老旧小区改造项目, 三期项目, 2020年第三季度重点项目. */
function isGeneric(stem: string): boolean {
  const core = stem.replace(NOT_A_DISTINCTION, '').replace(/[\d.]+(?:个|项|处|所|户|套|座|亿元|万元|万平方米|平方米|公里|亩|万|千|百)?|[一二三四五六七八九十]+期/g, '');
  const { genericWords } = words();
  let i = 0;
  while (i < core.length) {
    const m = genericWords.longestAt(core, i);
    if (!m) return false;
    i = m.end;
  }
  return true;
}

/**
 * Where a name starts whose first words are short items joined by 、 (开关、低压电器、塑胶管材生产),
 * when the first item opens with a company or a place (and the places written right before it);
 * undefined when the name starts at `start`. Items that end in a project's type word are projects
 * of a list of their own.
 */
function innerListStart(ctx: ExtractContext, start: number, suffixList: readonly string[]): number | undefined {
  const text = ctx.text;
  const anchors = ctx.positions('Company', 'District', 'Town');
  // A name that opens with its own place or company is a whole one (甲旗动物医院、甲旗供水工程).
  if (ctx.positions('Company', 'District', 'Town', 'City', 'Province').startingAt(start).length > 0) return undefined;
  let at = start;
  for (let items = 0; items < 4 && text.charAt(at - 1) === '、'; items++) {
    const itemEnd = at - 1;
    let itemStart = itemEnd;
    while (itemStart > 0 && itemEnd - itemStart < 24 && /[\u4e00-\u9fffA-Za-z0-9]/.test(text.charAt(itemStart - 1))) itemStart--;
    const item = text.slice(itemStart, itemEnd);
    // A project of its own, or a place (三河镇柳树村、滨河菇基地 is a list of sites).
    if (item.length === 0 || suffixList.some((s) => item.endsWith(s)) || /(?:村|社区|镇|乡|街道|区|县|市)$/.test(item) || words().notANameEnd.test(item)) return undefined;
    const anchor = anchors.endingIn(itemEnd - 6, itemEnd).find((m) => m.span.start >= itemStart);
    if (anchor) {
      let first = anchor.span.start;
      for (let before = anchors.endingAt(first)[0]; before; before = anchors.endingAt(first)[0]) first = before.span.start;
      return first;
    }
    if (item.length > 4) return undefined;
    at = itemStart;
  }
  return undefined;
}

/** 扭住重大, 抓好重点产业: a verb of pushing work, then only generic words. */
function endsInVerbAndGenericWords(stem: string): boolean {
  const { genericList, verbsBefore } = words();
  let rest = stem;
  for (let word = genericList.find((w) => rest.endsWith(w)); word !== undefined && rest.length > word.length; word = genericList.find((w) => rest.endsWith(w))) {
    rest = rest.slice(0, -word.length);
    if ([1, 2, 3].some((n) => rest.length >= n && verbsBefore.has(rest.slice(-n)))) return true;
  }
  return false;
}

type Project = MentionWith<'Project'>;

/**
 * Projects by suffix, capacity line, list and route, and institutions being built. Overlapping
 * candidates are all returned: the overlap filter (extract/overlaps.ts) settles them with the
 * organisations.
 */
export const projects: Component = {
  kind: 'component',
  name: 'projects',
  reads: ['Town', 'District', 'City', 'Province', 'Company', 'Institution'],
  produces: { labels: ['Project'], relations: [] },
  rules: Object.values(PROJECT_RULES),
  run: findProjects,
};

function findProjects(ctx: ExtractContext): Findings {
  const text = ctx.text;
  const { boundary, suffixes, suffixList, notAfterSuffix, verbsBefore, openingVerbs, serviceCentres, listTail, push, renovated: renovatedStem, notANameEnd } = words();
  const found: Project[] = [];
  // Where the projects found so far end.
  const foundEnds = new Set<number>();
  // Where a list closed by a count of its kind (A、B、C3个先进制造业项目) has its last item.
  const listedBefore: number[] = [];
  const namesSomething = (span: Span, suffixLength: number) => {
    const stem = text.slice(span.start, span.end - suffixLength).replace(/[“”"]/g, '');
    return stem.length >= 2 && !isGeneric(placesRemoved(ctx, span, stem, text.endsWith('项目', span.end)));
  };
  const add = (span: Span, ruleId: string, suffixLength: number, extraTail = '') => {
    // …、至莱芜区快速路工程: a 至 opening the words is "to" a place (武鸣至乐圩公路 keeps its 至 inside).
    if (text.charAt(span.start) === '至') span = { start: span.start + 1, end: span.end };
    // 某某技改扩规3个先进制造业项目: a count inside a name closes the last item of a list; what follows
    // the count is the kind of the listed projects (the items before are the list rule's).
    const counted = suffixLength > 0 ? COUNT_OF_KIND.exec(text.slice(span.start, span.end - suffixLength)) : null;
    if (counted && counted.index >= 4 && !COUNT_STOP.test(text.charAt(span.start + counted.index - 1))) {
      span = { start: span.start, end: span.start + counted.index };
      // 某市某区26个重大项目: the place whose projects are counted is no item.
      if (placesOnly(ctx, span)) return;
      suffixLength = 0;
      listedBefore.push(span.start);
    }
    // 恒达材料公司国家级新型纤维研发基地示范项目: a company written right before a name opens it
    // (not before a verb: 某公司进行项目对接).
    // 恒达集团有限公司开关、低压电器、塑胶管材生产加工项目: short items joined by 、 inside one name,
    // opened by the company or place the name starts with.
    // (Not for an item of a list: its neighbours are names of their own.)
    const joined = span.end - suffixLength - span.start >= 2 && ruleId !== PROJECT_RULES.list.id ? innerListStart(ctx, span.start, suffixList) : undefined;
    if (joined !== undefined) span = { start: joined, end: span.end };
    const opening = namesSomething(span, suffixLength) ? companyOpening(ctx, span.start) : undefined;
    span = { start: opening ?? span.start, end: span.end };
    let writtenStart = span.start;
    span = { start: span.start + leadingPlaceLength(ctx, span), end: span.end };
    // 顺德区2024年第二季度重点项目: a date after the place is not part of the name either; a count of
    // projects before it (共签约5个工厂化水产养殖项目) makes the rest a kind, not a name.
    const lead = leadingDateOrCountLength(text.slice(span.start, span.end));
    if (/(?:个|项|批|家|处)$/.test(text.slice(span.start, span.start + lead))) return;
    // …also when the count stood before where the name was cut (共签约5个工厂化水产养殖项目).
    if (lead === 0 && COUNT_BEFORE.test(text.slice(Math.max(0, span.start - 6), span.start))) return;
    span = { start: span.start + lead, end: span.end };
    // （一个项目: an opening bracket whose close is not in the name belongs to the text around it.
    if (/^[（(]/.test(text.slice(span.start, span.end)) && !/[）)]/.test(text.slice(span.start, span.end))) {
      span = { start: span.start + 1, end: span.end };
      span = { start: span.start + leadingDateOrCountLength(text.slice(span.start, span.end)), end: span.end };
      if (/(?:个|项|批|家|处)$/.test(text.slice(span.start - 2, span.start))) return;
    }
    // A项目及B项目: the joiner after the project before is not part of the next name; nor is a 至
    // opening it (see the top of add()).
    if (/^[及和与并]/.test(text.slice(span.start, span.end)) && foundEnds.has(span.start)) span = { start: span.start + 1, end: span.end };
    if (ctx.isDamaged(span)) return;
    // 在深圳市人民大厦召开: a building a meeting is held in is its venue, not a project.
    if (text.charAt(span.start - 1) === '在' && VENUE_SUFFIX.test(text.slice(span.start, span.end)) && HELD.test(text.slice(span.end, span.end + 6))) return;
    // 发展清洁能源项目, 推进乡村振兴工程: a verb opening the words names an activity, not a project.
    if (suffixLength > 0 && openingVerbs.some((v) => text.startsWith(v, span.start))) return;
    // 南湖“双链融合”项目, “三横两纵”市政工程项目: a name that says nothing without the quoted words
    // before it takes them (and what names them); a whole name after a quoted epithet does not
    // (“最美高速”南湖高速 is 南湖高速).
    if (!namesSomething(span, suffixLength)) {
      // Only before 项目: a quoted slogan before 工程 or 园区 names a campaign (“户户通”工程).
      const quoted = text.endsWith('项目', span.end) ? quotedBefore(text, span.start) : undefined;
      if (quoted === undefined) return;
      span = { start: boundary.startOf(text, quoted, 16), end: span.end };
      if (!namesSomething(span, suffixLength)) return;
      writtenStart = Math.min(writtenStart, span.start);
    }
    // 南湖区“煤改电”清洁取暖示范项目: a quoted word between the place and the rest is part of the name.
    const quotedAfterPlace = quotedBefore(text, span.start);
    const placeBeforeQuote = quotedAfterPlace === undefined ? undefined : ctx.positions('District', 'City', 'Town').endingAt(quotedAfterPlace)[0];
    if (quotedAfterPlace !== undefined && placeBeforeQuote) {
      span = { start: quotedAfterPlace, end: span.end };
      writtenStart = Math.min(writtenStart, placeBeforeQuote.span.start);
    }
    let name = text.slice(span.start, span.end);
    const stem = name.slice(0, name.length - suffixLength);
    // 恒达物流园区建设项目 is the park's construction: the park's name is the project's, the rest an alias.
    const facility = name.endsWith('建设项目') ? suffixList.find((s) => s.length >= 2 && !s.endsWith('项目') && stem.endsWith(s)) : undefined;
    if (facility) {
      extraTail = name.slice(stem.length);
      name = stem;
      suffixLength = facility.length;
      span = { start: span.start, end: span.end - extraTail.length };
    }
    // 抓项目, 抓大项目: a verb and its object. A renovation of something named is a project:
    // 南湖小学改扩建项目.
    const renovated = renovatedStem.exec(stem);
    const namedRenovation = renovated !== null && !isGeneric(renovated[1]!);
    if (suffixLength > 0 && !namedRenovation && [1, 2].some((n) => verbsBefore.has(stem.slice(-n)))) return;
    // 牢牢扭住重大项目: a verb before generic words is a verb and its object too.
    if (suffixLength > 0 && !namedRenovation && endsInVerbAndGenericWords(stem)) return;
    // “四比六促”活动第三批项目: the projects of a campaign's batch, not a project's name.
    if (/活动$/.test(stem.replace(NOT_A_DISTINCTION, ''))) return;
    // 政务服务中心 is an office; 指挥中心项目 (its construction) is a project.
    // (In a list the text calls projects — 养老服务中心、某小学改造等民生项目 — it is one of them.)
    if (serviceCentres.some((c) => name.endsWith(c)) && !WRITTEN_TAIL.test(text.slice(span.end, span.end + 4)) && ruleId !== PROJECT_RULES.list.id) return;
    const attrs: Project['attrs'] = {};
    const phase = PHASE.exec(name);
    if (phase && phase.index > 0) {
      attrs.phase = phase[0].replace('工程', '');
      name = (name.slice(0, phase.index) + name.slice(phase.index + phase[0].length)).trim();
      // （一期工程）: a phase alone names nothing.
      if (name.replace(/[（）()“”\s]/g, '').length - suffixLength < 2) return;
      // 健康城（一期）项目 → 健康城项目: the brackets the phase stood in go with it.
      name = name.replace(/（）|\(\)/g, '');
      if (!suffixList.some((s) => name.endsWith(s))) name += '项目';
    }
    // The amount must be this project's: stated in its own clause, and not a total over many
    // (累计洽谈项目254个，总投资1604亿元).
    const clause = clauseAround(text, span);
    const clauseText = text.slice(clause.start, clause.end);
    const investment = INVESTMENT.exec(clauseText);
    if (investment && !/\d+个|累计|全年|全区|共计|合计/.test(clauseText)) attrs.investment = `${investment[1]}${investment[2]}`;
    const stated = capacity().first.exec(name);
    if (stated) attrs.capacity = `${stated[1]}${stated[2]}`;
    // 南湖区恒达物流园区建设项目: the name as written, with its place and a 建设项目 after it, is an
    // alias; so is the name without a zone it starts with (南湖高新区滨河产业园 → 滨河产业园).
    const tail = WRITTEN_TAIL.exec(text.slice(span.end, span.end + 4))?.[0] ?? extraTail;
    // (The written form without its phase too: 大邑县健康城（一期）项目 → 大邑县健康城项目.)
    const written = text.slice(writtenStart, span.end) + tail;
    const withoutPhase = phase && phase.index > 0 ? written.replace(phase[0], '').replace(/（）|\(\)/g, '') : written;
    const aliases = new Set<string>([written, withoutPhase, name + tail]);
    const zone = ctx.positions('District').startingAt(span.start).find((z) => z.attrs.level === 'zone' && z.span.end < span.end - suffixLength);
    if (zone) aliases.add(name.slice(zone.span.end - span.start));
    aliases.delete(name);
    if (aliases.size > 0) attrs.aliases = [...aliases];
    found.push({ label: 'Project', name, span, ruleId, attrs });
    foundEnds.add(span.end);
  };

  const institutions = ctx.positions('Institution');
  // A name never reaches back over the end of the project before it: 示范园核心载体金鼎大厦.
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const suffix = suffixes.longestAt(text, i);
    if (!suffix) continue;
    // Part of a longer word (项目部, 中心城区, 工程师, 工程示范点) — not a project name's end;
    // and a count after it (照料中心12处) makes it a kind of facility, not a named one.
    // (科技园21个楼座 still names the park: the count is of its parts.)
    if (notAfterSuffix.test(text.slice(suffix.end, suffix.end + 6))) continue;
    // 南湖区滨河医院建设项目: an institution's own construction is the facility rule's (the project
    // takes the institution's name).
    if (text.startsWith('项目', suffix.end - 2) && (institutions.endingAt(i).length > 0 || (text.startsWith('建设', i - 2) && institutions.endingAt(i - 2).length > 0))) continue;
    // 恒达智谷·南湖大健康食品产业园: a middle dot joins two parts of one name.
    if (text.charAt(suffix.end) === '·' && isCjk(text.charAt(suffix.end + 1))) continue;
    // 滨河生态公园提档升级建设项目, 江苏恒达市政工程天然油脂深加工项目: a type word inside a
    // name that ends in 项目 later in the clause; that 项目 takes the whole name.
    if (suffix.value !== '项目' && endsInProjectLater(text, i, suffix.end, floor, boundary)) continue;
    // 以人民为中心, 省会城市副中心, 长江流域中心城市: 中心 as "centre", not a facility.
    // 先进制造业中心: an industry's centre is a role, not a facility.
    // 产业中心 (数字创新产业中心) is still a facility.
    if (suffix.value === '中心' && (/[为副]$|(?<!产)业$/.test(text.slice(Math.max(0, i - 2), i)) || /流域$/.test(text.slice(i - 2, i)) || text.startsWith('城市', suffix.end))) continue;
    const previousEnd = floor;
    const start = boundary.startOf(text, i, 40, previousEnd);
    floor = suffix.end;
    // 项目建设 is "project construction" in general (抓实项目建设, 全面掀起项目建设); only after a
    // verb of pushing work forward does it name one (推动滨河物流港项目建设).
    // 某某项目建设现场 / 建设进展 names it too.
    if (suffix.value === '项目' && text.startsWith('建设', suffix.end) && !push.test(text.slice(Math.max(0, start - 2), start)) && !SITE_AFTER.test(text.slice(suffix.end + 2, suffix.end + 5))) continue;
    // 年产10万吨锂电材料、8万吨正极材料及5GWh储能电池项目: reach back across 、 and 及 to 年产,
    // not over the project before (…项目、…中心), and take a name written before 年产 (恒达年产…).
    // Searched only within the 60 characters the rule allows: an unbounded lastIndexOf scanned
    // back to the start of the text for every suffix.
    const windowStart = Math.max(0, i - 59);
    const inWindow = text.slice(windowStart, i + 2).lastIndexOf('年产');
    const capacityStart = inWindow < 0 ? -1 : windowStart + inWindow;
    // (Not from inside brackets that close before the type word: 秸秆综合利用（年产4万吨燃料）基地项目.)
    const fromInsideBrackets = (slice: string) => /[)）]/.test(slice) && !/[(（]/.test(slice);
    if (capacityStart >= previousEnd && capacityStart < start && i - capacityStart < 60 && !/[，。；\n]/.test(text.slice(capacityStart, i)) && !fromInsideBrackets(text.slice(capacityStart, i))) {
      const owner = boundary.startOf(text, capacityStart, 8, previousEnd);
      add({ start: capacityStart - owner >= 2 ? owner : capacityStart, end: suffix.end }, PROJECT_RULES.capacity.id, suffix.value.length);
      i = suffix.end - 1;
      continue;
    }
    // X和Y项目 → X and Y项目: the name before 和 shares the suffix. Not 及, which joins the parts of
    // one project (精密模具制造及模具配件生产项目).
    if (suffix.value.endsWith('项目') && '和与'.includes(text.charAt(start - 1))) {
      const first = boundary.startOf(text, start - 1, 16);
      // Both must be names: not 各项工作报告情况和民生实事项目, not 基本县情和某某板材项目.
      // …and the second no verb and its object (县政协主席某某和包抓项目的县级领导).
      const secondStem = text.slice(start, i);
      const secondIsVerb = [1, 2].some((n) => verbsBefore.has(secondStem.slice(-n)));
      if (start - 1 - first >= 2 && !secondIsVerb && namesSomething({ start, end: suffix.end }, suffix.value.length) && !notANameEnd.test(text.slice(first, start - 1))) {
        // 滨河幼儿园和南湖二小建设项目: the first shares the suffix as written too.
        add({ start: first, end: start - 1 }, PROJECT_RULES.coordinated.id, 0, text.slice(start, suffix.end).match(/(?:建设)?(?:项目|工程)$/)?.[0] ?? '');
        add({ start, end: suffix.end }, PROJECT_RULES.coordinated.id, suffix.value.length);
        i = suffix.end - 1;
        continue;
      }
    }
    add({ start, end: suffix.end }, PROJECT_RULES.suffix.id, suffix.value.length);
    i = suffix.end - 1;
  }

  // 华科智谷、远景生物等44个项目 / 博格叉车等9个项目
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    const tail = listTail.exec(text.slice(i, i + 14));
    if (!tail) continue;
    // Before 等…项目 a two-character item can be a name (华科、远景等项目); before other facility
    // words two characters are an activity (拆违、绿化等工程), so items need three.
    const minLength = tail[0].endsWith('项目') ? 2 : 3;
    const items: Span[] = [];
    let itemEnd = i;
    for (;;) {
      // 某某热电厂搬迁改造及电力综合能源建设、…等项目: a closing 建设 is the item's, not a stop word.
      const start = boundary.startOf(text, text.startsWith('建设', itemEnd - 2) ? itemEnd - 2 : itemEnd, 20);
      // (A type word alone, cut off by a stop word inside the name — 养老服务|中心 — names nothing.)
      if (itemEnd - start < minLength || suffixList.includes(text.slice(start, itemEnd))) break;
      // 食用菌产品推广、生物科技产业等项目: industries and activities, not projects (a company's
      // own 恒通集团宠物大健康产业 is one).
      if (notANameEnd.test(text.slice(start, itemEnd)) && ctx.positions('Company', 'Institution').startingAt(start).length === 0) break;
      items.unshift({ start, end: itemEnd });
      if (text.charAt(start - 1) !== '、') break;
      itemEnd = start - 1;
    }
    const split = splitToCount(text, items, countIn(tail[0]));
    // (The whole item, read as one name by the type word at its end, goes.)
    for (const item of items) {
      if (split.includes(item)) continue;
      for (let k = found.length - 1; k >= 0; k--) if (found[k]!.span.start === item.start && found[k]!.span.end >= item.end - 1) found.splice(k, 1);
    }
    for (const item of split) add(item, PROJECT_RULES.list.id, 0);
  }

  // A、B、C3个先进制造业项目: the items before the last one are projects of the kind too.
  for (let itemEnd of listedBefore) {
    while (text.charAt(itemEnd - 1) === '、') {
      itemEnd -= 1;
      const start = boundary.startOf(text, itemEnd, 16);
      if (itemEnd - start < 3) break;
      add({ start, end: itemEnd }, PROJECT_RULES.list.id, 0);
      itemEnd = start;
    }
  }

  findInfrastructure(ctx, add);
  facilitiesUnderConstruction(ctx, found);
  return { mentions: found, relations: [] };
}

/** 京雄高铁、沪昆高速加快推进 / 翠屏路隧道相继通车 / 京雄高铁雄安站: a route or place and a type of work. */
function findInfrastructure(ctx: ExtractContext, add: (span: Span, ruleId: string, suffixLength: number) => void): void {
  const text = ctx.text;
  const { boundary, infrastructure, infrastructureFollowers } = words();
  for (const m of infrastructure.scan(text)) {
    const rest = text.slice(m.end, m.end + 6);
    if (!infrastructureFollowers.test(rest)) continue;
    const start = boundary.startOf(text, m.start, 8);
    if (m.start - start < 2) continue;
    // A station on the line: 京雄高铁雄安站.
    const station = /^[\u4e00-\u9fff]{1,4}站/.exec(rest);
    const end = station ? m.end + station[0].length : m.end;
    add({ start, end }, PROJECT_RULES.infrastructure.id, end - m.start);
  }
}

/**
 * An institution the clause has being built (新建, 扩建, 建成, 封顶, 开馆, …等项目建设) is a project:
 * the building, not the organisation. The project has the institution's name and span; the overlap
 * filter lets it replace the institution.
 */
function facilitiesUnderConstruction(ctx: ExtractContext, found: Project[]): void {
  const text = ctx.text;
  const { construction, builtBy: builtByVerb } = words();
  // The projects found so far, and the institutions this loop makes projects of (by their spans).
  const projectsAt = new SpanIndex(found);
  const institutionsAt = ctx.positions('Institution');
  const built = new Set<MentionWith<'Institution'>>();
  const insideProject = (span: Span) =>
    projectsAt.containing(span).some((p) => span.end < p.span.end) || institutionsAt.containing(span).some((o) => built.has(o) && span.end < o.span.end);
  for (const m of ctx.byLabel('Institution')) {
    // 北方大学国家大学科技园: the university owns the park; it is not the building.
    if (insideProject(m.span)) continue;
    const clause = clauseAround(text, m.span);
    // The words may stand before the name (新建X) or after it (X基本建成, X、Y等项目建设); a list
    // tail before the name (…等医疗项目2个、X名医团队) is about other items.
    const after = text.slice(m.span.end, clause.end);
    // 共建X研究院 / 由A与B共建的X: built by someone, right before the name.
    const builtBy = builtByVerb.test(text.slice(Math.max(clause.start, m.span.start - 6), m.span.start).replace(/的$/, ''));
    // 南湖第二中学建设项目: the written form with its 建设项目 is an alias (and says it is being built).
    const tail = WRITTEN_TAIL.exec(text.slice(m.span.end, m.span.end + 4))?.[0];
    if (!builtBy && !tail && !construction.test(text.slice(clause.start, m.span.start)) && !construction.test(after) && !LISTED_AS_PROJECTS.test(after)) continue;
    found.push({ label: 'Project', name: m.name, span: m.span, ruleId: PROJECT_RULES.facility.id, attrs: tail ? { aliases: [m.name + tail] } : {} });
    built.add(m);
  }
}

// Within a clause, how far a 项目 may follow a type word and still end the same name.
const LATER_PROJECT = /^[^，。；、！？\s]{1,24}?(?:项目|工程)/;

/**
 * True when the type word at [i, end) sits inside a longer name ending in 项目/工程 later in the
 * clause, one that reaches back at least as far as this one would (no verb between cuts it).
 */
function endsInProjectLater(text: string, i: number, end: number, floor: number, boundary: LeftBoundary): boolean {
  const later = LATER_PROJECT.exec(text.slice(end, end + 20));
  if (!later) return false;
  const laterEnd = end + later[0].length;
  // …提档升级建设项目: 建设 before 项目 belongs to the name, so the name is read back from 建设.
  const laterSuffixStart = text.slice(laterEnd - 4, laterEnd - 2) === '建设' ? laterEnd - 4 : laterEnd - 2;
  return boundary.startOf(text, laterSuffixStart, 40, floor) <= boundary.startOf(text, i, 30, floor);
}

/** The position of the opening quote of a quoted phrase that ends right before `start`, if any. */
function quotedBefore(text: string, start: number): number | undefined {
  if (text.charAt(start - 1) !== '”') return undefined;
  const open = text.lastIndexOf('“', start - 2);
  // A quoted list (“万、千、百、十”) is a slogan, not part of a name.
  return open >= 0 && start - open <= 16 && !/[，。；、\n]/.test(text.slice(open, start)) ? open : undefined;
}

// What may follow a name that ends in its own type word: 物流园区建设项目, 生态园工程.
const WRITTEN_TAIL = /^(?:建设)?(?:项目|工程)/;
// Between a company and the project it opens: 恒达材料公司国家级新型纤维研发基地.
const BETWEEN_COMPANY_AND_PROJECT = /^(?:国家级|省级|市级|区级|县级)?$/;

/**
 * The start of a company written before `start` in the same clause with nothing but a rank word
 * or a description of the product between (广饶某某石化公司产品结构优化提升项目), if any; a verb of
 * building or funding between makes it a relation, not a name (某某公司投资建设…项目).
 */
function companyOpening(ctx: ExtractContext, start: number): number | undefined {
  const text = ctx.text;
  // (Companies that end at most 12 characters before it.)
  const company = ctx.positions('Company').endingIn(start - 12, start + 1).find((c) => {
    const between = text.slice(c.span.end, start);
    // Not over a word that ends names on the left (恒通集团就滨江茶饮项目: 就 is "about").
    const unbroken = words().boundary.startOf(text, start, 24, c.span.end) === c.span.end;
    return BETWEEN_COMPANY_AND_PROJECT.test(between) || (/^[\u4e00-\u9fff]+$/.test(between) && unbroken && !relationVerbs().test(between));
  });
  return company?.span.start;
}

const relationVerbs = (): RegExp => lexicon().compiled(compileRelationVerbs);
function compileRelationVerbs(lex: Lexicon): RegExp {
  const verbs = lex.entries('triggers').map((t) => t.zh);
  return new RegExp(`${alternation(verbs)}|与|和|同|在|的|为|是|将|由`);
}

/**
 * The stem without the places named in it when it also counts or dates its projects: 定远县5个项目
 * and 黄冈市四季度重大项目 are as generic as 5个项目; 浙江数字经济产业园 keeps its place, which names it.
 */
function placesRemoved(ctx: ExtractContext, span: Span, stem: string, bareProject = false): string {
  // 黄冈市重大项目: before a bare 项目 a place and generic words name no project either.
  if (!bareProject && !HAS_A_NON_DISTINCTION.test(stem)) return stem;
  let out = stem;
  for (const p of ctx.positions('District', 'City', 'Province', 'Town').startingIn(span.start, span.start + stem.length + 1)) {
    if (p.span.end <= span.start + stem.length) out = out.replace(ctx.text.slice(p.span.start, p.span.end), '');
  }
  // 眉县2020年第三季度重点项目: a short county name the place rules leave alone is a place here too.
  const gaz = gazetteer();
  for (let len = Math.min(6, out.length - 1); len >= 2; len--) {
    const head = out.slice(0, len);
    if (gaz.byFullName(head).length > 0 || gaz.byShortName(head).length > 0) return out.slice(len);
  }
  return out;
}

/**
 * Length of the county-level unit (with the city or province written before it) or 该区 at the
 * start of a project span: 莱芜区客车项目 → 客车项目, 济南市莱芜区客车项目 → 客车项目. A city or
 * province alone stays, being part of the name: 山东数字产业园. Zones stay too: 高新区软件园.
 */
const NUMERALS = '一二三四五六七八九';
/** The number a list's tail states (等4个项目, 等十二个项目), if any. */
function countIn(tail: string): number | undefined {
  const m = /^等(\d+|[一二两三四五六七八九十]+)/.exec(tail);
  if (!m) return undefined;
  const n = m[1]!.replace('两', '二');
  if (/^\d+$/.test(n)) return Number(n);
  const [tens, ones] = n.includes('十') ? n.split('十') : ['', n];
  return (n.includes('十') ? (tens ? NUMERALS.indexOf(tens) + 1 : 1) * 10 : 0) + (ones ? NUMERALS.indexOf(ones) + 1 : 0);
}

/**
 * 甲科技城及乙产业园、丙、丁等4个项目: when the list counts more projects than it has items, an item
 * whose parts joined by 及/和 each end in a project's type word is two of them (one per part, first
 * items first, until the count is reached). Without a count, 及 joins the parts of one name.
 */
function splitToCount(text: string, items: Span[], count: number | undefined): Span[] {
  if (count === undefined || count <= items.length) return items;
  const { suffixList } = words();
  let missing = count - items.length;
  return items.flatMap((item) => {
    if (missing === 0) return [item];
    const name = text.slice(item.start, item.end);
    const joiner = /[及和]/.exec(name);
    if (!joiner || joiner.index < 2) return [item];
    const first = name.slice(0, joiner.index);
    const second = name.slice(joiner.index + 1);
    if (!suffixList.some((s) => s !== '项目' && first.endsWith(s)) || !suffixList.some((s) => second.endsWith(s)) || second.length < 3) return [item];
    missing--;
    return [
      { start: item.start, end: item.start + joiner.index },
      { start: item.start + joiner.index + 1, end: item.end },
    ];
  });
}

/** True when places written one after the other fill `span` (上海市青浦区). */
function placesOnly(ctx: ExtractContext, span: Span): boolean {
  let at = span.start;
  const places = ctx.positions('District', 'City', 'Province', 'Town');
  for (let p = places.startingAt(at)[0]; p; p = places.startingAt(at)[0]) {
    at = p.span.end;
    if (at >= span.end) return at === span.end;
  }
  return false;
}

function leadingPlaceLength(ctx: ExtractContext, span: Span): number {
  // 南湖区恒达建材有限公司年产…项目: the place opens the company's name, which opens the project's.
  if (ctx.positions('Company', 'Institution').startingAt(span.start).some((o) => o.span.end < span.end)) return 0;
  const head = ctx.text.slice(span.start, span.start + 2);
  if (words().leadingUnitWords.includes(head) && span.start + 2 < span.end) return 2;
  let pos = span.start;
  let cut = 0;
  for (;;) {
    // Only a place written in full: a short form is part of the name (河阳预制菜产业园, 青山南岸).
    const place = ctx
      .positions('District', 'City', 'Province')
      .startingAt(pos)
      .find((m) => m.span.end < span.end && ctx.text.slice(m.span.start, m.span.end) === m.name);
    if (!place) return cut;
    pos = place.span.end;
    if (place.attrs.level === 'zone') return cut;
    if (place.attrs.level === 'county') cut = pos - span.start;
  }
}

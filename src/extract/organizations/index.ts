// Companies and institutions: legal names by their suffixes, short names where the text says
// they are companies (鲁钢、恒达等16家企业), and the short form of a legal name used later in the
// same article (山东瑞阳新能源科技有限公司 … 瑞阳一期竣工投产).
import type { Mention, MentionWith, OrganizationAttrs, Span } from '../../types';
import { LeftBoundary } from '../boundary';
import { type Component, type ExtractContext, type Findings, FindingsBuilder, type Rule } from '../context';
import { gazetteer } from '../../gazetteer';
import { alternation, lexicon, type Lexicon } from '../../lexicon';
import { leadingCountry, legalSuffix } from '../../lexicon/organizations';
import { isBoundary, isCjk } from '../text';
import { Trie } from '../trie';

export const ORGANIZATION_RULES = {
  legalSuffix: { id: 'org.legal-suffix', description: 'A name ending in a legal or group suffix (有限公司, 集团)', example: '山东瑞阳新能源科技有限公司组织建设电池项目。' },
  industrySuffix: { id: 'org.industry-suffix', description: 'A short company name ending in an industry word (证券, 银行, 地产)', example: '东岳证券成为全省首个登陆A股券商。' },
  companyList: { id: 'org.company-list', description: 'Names listed before 等…企业 are companies', example: '鲁钢、恒达等16家企业被评为领先企业。' },
  awardContext: { id: 'org.award-context', description: 'A name that 获评/被评为 a kind of 企业 is a company', example: '宏远电缆获评先进制造业领军企业。' },
  coreName: { id: 'org.core-name', description: 'The distinctive core of a legal name used alone (瑞阳 for 山东瑞阳新能源科技有限公司)', example: '山东瑞阳新能源科技有限公司建设项目。瑞阳一期竣工投产。' },
  institution: { id: 'org.institution-suffix', description: 'A university, institute, hospital or association by its suffix', example: '恒达集团与北方工业大学共建生产线。' },
  sharedSuffix: { id: 'org.shared-suffix', description: 'A short place name listed before another that carries the institution suffix shares it', example: '东岭、南坪卫生院开展义诊。' },
  numberedSchool: { id: 'org.numbered-school', description: 'A place name and a number before 中 names a secondary school', example: '历城区教育发展，历城二中获评示范学校。' },
  builderBureau: { id: 'org.builder-bureau', description: 'A state builder\'s numbered bureau (中建二局, 中铁十四局)', example: '项目由中建二局承建。' },
  recurrence: { id: 'org.recurrence', description: 'A company found once is found again wherever its name recurs in the article', example: '鲁钢、恒达等16家企业获评。恒达与北方工业大学合作。' },
} satisfies Record<string, Rule>;

/** The organisation vocabulary of lexicons/companies.jsonl, institutions.jsonl and stopwords.jsonl, compiled once. */
interface OrganizationWords {
  boundary: LeftBoundary;
  companySuffixes: Trie<string>;
  institutionSuffixes: Trie<string>;
  industrySuffixes: Trie<string>;
  /** Stems that make "X公司" a description, not a name: 该公司, 电力设备公司, 跨国公司, 职业教育集团. */
  genericStems: Set<string>;
  /** Stems that show the name is a description: 骨干企业, 配套企业, 海外分公司, 知名医院, 国家大学. */
  descriptive: RegExp;
  /** Institutions every district has one of, named by the level word alone: 区妇幼保健院, 县疾控中心. */
  localService: RegExp;
  /** Stems before an industry word that make a phrase, not a short name: 房地产, 商业银行. */
  notIndustryStems: Set<string>;
  /** The state builders' bureaus, named by number: 中建二局, 中铁十四局, 中铁一局集团, 中冶五局集团. */
  builderBureau: RegExp;
  /** Industry words stripped from a legal name to find its core, longest first. */
  coreWords: string[];
}

function compileWords(lex: Lexicon): OrganizationWords {
  const trie = (words: string[]) => {
    const t = new Trie<string>();
    for (const w of words) t.set(w, w);
    return t;
  };
  const company = (kind: string) => lex.words('companies', kind);
  return {
    // The left stop words, and the role nouns before a company (项目投资方为恒达集团).
    boundary: new LeftBoundary([
      ...lex.entries('stopwords').filter((w) => w.kind === 'left' && w.applies?.includes('organization')),
      ...lex.entries('triggers').filter((t) => t.uses.includes('role-noun')).flatMap((t) => [t.zh, `${t.zh}为`, `${t.zh}是`]),
    ]),
    companySuffixes: trie(company('legal-suffix')),
    institutionSuffixes: trie(lex.words('institutions', 'suffix')),
    industrySuffixes: trie(company('industry-suffix')),
    genericStems: new Set(['', ...company('generic-stem')]),
    descriptive: new RegExp(`(?:${alternation(company('descriptive-end'))})$|^(?:${alternation(company('descriptive-stem'))})$`),
    localService: new RegExp(alternation(lex.words('institutions', 'local-service'))),
    notIndustryStems: new Set(company('not-industry-stem')),
    builderBureau: new RegExp(`中(?:${alternation(company('builder-group'))})(?:[一二三四五六七八九十]{1,3}|\\d{1,2})(?:公|航)?局(?:集团(?:有限公司)?)?`, 'g'),
    coreWords: [...company('core-word')].sort((a, b) => b.length - a.length),
  };
}

const words = (): OrganizationWords => lexicon().compiled(compileWords);

/** 食品集团, 能源投资公司: a stem of industry words only names a kind of company, not one. */
function onlyIndustryWords(stem: string): boolean {
  const { coreWords } = words();
  let rest = stem;
  while (rest.length > 0) {
    const word = coreWords.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
  return true;
}

/** A numbered school after its place: 长清一中, 历城二中 (place + number + 中); so 集中 or 其中 never match. */
const NUMBERED_SCHOOL = /^([一二三四五六七八九十]{1,3})中(?![心央国华学])/;
/** Company-context words after a list of short names: 鲁钢、恒达等16家企业. */
const COMPANY_LIST_TAIL = /^等(?:\d+|[一二三四五六七八九十百几数多]+)?(?:家|个)?(?:(?!方面|领域|行业|项目|[与和及的])[\u4e00-\u9fff\d]){0,6}(?:企业|公司)/;
// Not a list item: rankings and descriptions (世界500强, 国内500强).
const NOT_A_NAME = /\d+强$|^(?:世界|国内|全国|中国|民企)\d*强?$/;

type Organization = MentionWith<'Company' | 'Institution'>;

/** Companies and institutions, by legal suffix, short name in company context, and recurrence. */
export const organizations: Component = {
  kind: 'component',
  name: 'organizations',
  reads: ['District', 'City'],
  produces: { labels: ['Company', 'Institution'], relations: [] },
  rules: Object.values(ORGANIZATION_RULES),
  run: findOrganizations,
};

// The stem of a branch: a company's name, then which branch (第三, 南京) before 分公司.
const BRANCH_OF_NAMED = /(?:公司|集团)(?:第[一二三四五六七八九十\d]{1,3}|[\u4e00-\u9fff]{2,4})?分$/;

function findOrganizations(ctx: ExtractContext): Findings {
  const text = ctx.text;
  const { boundary, companySuffixes, institutionSuffixes, industrySuffixes, genericStems, descriptive, localService, notIndustryStems, builderBureau } = words();
  const found: Organization[] = [];
  const add = (label: 'Company' | 'Institution', span: Span, ruleId: string, attrs: OrganizationAttrs = {}) => {
    // （为恒达汽配有限公司…项目培土奠基）: an opening bracket whose close is not in the name, and the
    // preposition after it, belong to the caption around the name.
    const opened = /^[（(]([为在由对从])?/.exec(text.slice(span.start, span.end));
    if (opened && !/[）)]/.test(text.slice(span.start, span.end))) span = { start: span.start + opened[0].length, end: span.end };
    if (span.end - span.start < 2 || ctx.isDamaged(span)) return;
    const written = text.slice(span.start, span.end);
    // 德国博伦斯集团 → 博伦斯集团, with the written form as an alias.
    const name = label === 'Company' ? written.replace(leadingCountry(), '') : written;
    found.push({ label, name, span, ruleId, attrs: name !== written ? { ...attrs, alias: written } : attrs });
  };

  // A name never reaches back into the previous one: 齐鲁理工大学科技园 is not 齐鲁理工大学国家大学.
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const company = companySuffixes.longestAt(text, i);
    // 恒达投资（集团）公司, 中国恒达集团联合化工有限公司: a suffix inside a longer legal name
    // (in brackets, or a group before its subsidiary) is not where the name ends.
    if (company && continuesLegalName(text, company.end, boundary, floor, i)) continue;
    if (company) {
      const start = boundary.startOf(text, i, 24, floor);
      const stem = text.slice(start, i);
      // 恒达建工公司第三分公司: a branch of a named company is named (海外分公司 is not).
      const branch = BRANCH_OF_NAMED.test(stem);
      if (!genericStems.has(stem) && (!descriptive.test(stem) || branch) && stem.length >= 2 && !onlyIndustryWords(stem)) {
        add('Company', { start, end: company.end }, ORGANIZATION_RULES.legalSuffix.id);
      }
      floor = company.end;
      i = company.end - 1;
      continue;
    }
    const institution = institutionSuffixes.longestAt(text, i);
    // 中小学 is a kind of school, not a name ending in 小学; 政治协商会议 holds no 商会.
    if (institution && !(institution.key === '小学' && text.charAt(i - 1) === '中') && !(institution.key.endsWith('会') && text.charAt(institution.end) === '议')) {
      const start = boundary.startOf(text, i, 24, floor);
      const stem = text.slice(start, i);
      const previous = found[found.length - 1];
      // 北方医科大学第二附属医院: a numbered unit continues the institution before it.
      if (previous && previous.span.end === start && /^(?:第[一二三四五六七八九十]+)?(?:附属)?$/.test(stem)) {
        previous.span = { start: previous.span.start, end: institution.end };
        previous.name = text.slice(previous.span.start, institution.end);
      } else if ((stem.length >= 2 && !descriptive.test(stem)) || (/^[区市县镇]$/.test(stem) && localService.test(institution.key))) {
        // 区妇幼保健院: a level word alone names the district's own hospital or school (not 国家大学).
        add('Institution', { start, end: institution.end }, ORGANIZATION_RULES.institution.id);
        // 新建东岭、南坪卫生院: the item before 、 shares the suffix.
        const shared = sharedSuffixItem(text, start, stem.length);
        if (shared) {
          found.push({ label: 'Institution', name: text.slice(shared.start, shared.end) + institution.key, span: shared, ruleId: ORGANIZATION_RULES.sharedSuffix.id, attrs: {} });
        }
      }
      floor = institution.end;
      i = institution.end - 1;
      continue;
    }
    const industry = industrySuffixes.longestAt(text, i);
    if (industry && (isBoundary(text.charAt(industry.end)) || /^(?:成为|获|等|与|和|、)/.test(text.slice(industry.end)))) {
      const start = boundary.startOf(text, i, 6, floor);
      const stem = text.slice(start, i);
      if (stem.length >= 2 && !notIndustryStems.has(stem)) {
        add('Company', { start, end: industry.end }, ORGANIZATION_RULES.industrySuffix.id);
      }
    }
  }

  for (const m of text.matchAll(builderBureau)) add('Company', { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }, ORGANIZATION_RULES.builderBureau.id);
  findNumberedSchools(ctx, add);
  findListedCompanies(ctx, add);
  return withCoreNames(ctx, dropNested(found));
}

// What may follow a suffix inside a longer legal name: （集团）公司, 集团联合化工有限公司.
const LATER_LEGAL = /^(?:）|\))?[\u4e00-\u9fff（）()]{0,10}?(?:有限责任公司|股份有限公司|有限公司|公司)/;

/**
 * True when the suffix ending at `end` sits inside a legal name that ends later in the clause: a
 * closing bracket follows (（集团）公司), or another legal suffix follows and the name read back from
 * it reaches at least as far (a verb between ends the first name: 恒达集团投资建设…公司 is two).
 */
function continuesLegalName(text: string, end: number, boundary: LeftBoundary, floor: number, suffixStart: number): boolean {
  if (/^[）)]/.test(text.slice(end, end + 1)) && /[（(][^（）()]*$/.test(text.slice(Math.max(0, suffixStart - 4), suffixStart))) return true;
  const later = LATER_LEGAL.exec(text.slice(end, end + 16));
  if (!later) return false;
  const laterEnd = end + later[0].length;
  const laterSuffix = /(?:有限责任公司|股份有限公司|有限公司|公司)$/.exec(later[0])![0];
  return boundary.startOf(text, laterEnd - laterSuffix.length, 40, floor) <= boundary.startOf(text, suffixStart, 24, floor);
}

/** 新建东岭、南坪卫生院 → 东岭 (then 东岭卫生院): an item of the same length right before 、. */
function sharedSuffixItem(text: string, start: number, stemLength: number): Span | undefined {
  if (stemLength < 2 || stemLength > 3 || text.charAt(start - 1) !== '、') return undefined;
  const itemStart = start - 1 - stemLength;
  const item = text.slice(itemStart, start - 1);
  if (itemStart < 0 || !Array.from(item).every(isCjk)) return undefined;
  // …建设项目、滨河幼儿园: the item before is the end of another name, not a short one.
  if (/项目|工程/.test(item)) return undefined;
  // The item stands alone: punctuation or a verb such as 新建/扩建 before it.
  const before = text.slice(Math.max(0, itemStart - 2), itemStart);
  return itemStart === 0 || isBoundary(before.charAt(before.length - 1)) || /建$|^建/.test(before) ? { start: itemStart, end: start - 1 } : undefined;
}

/** 长清一中, 历城二中: a gazetteer place (or its short form) + number + 中. */
function findNumberedSchools(ctx: ExtractContext, add: (label: 'Institution', span: Span, ruleId: string) => void): void {
  const text = ctx.text;
  for (const place of ctx.byLabel('District', 'City')) {
    const m = NUMBERED_SCHOOL.exec(text.slice(place.span.end, place.span.end + 6));
    if (m) add('Institution', { start: place.span.start, end: place.span.end + m[0].length }, ORGANIZATION_RULES.numberedSchool.id);
  }
}

/** 鲁钢、恒达等16家企业 / 星河数据、安信科技获得省瞪羚企业认定 / 宏远电缆获评…企业. */
function findListedCompanies(ctx: ExtractContext, add: (label: 'Company', span: Span, ruleId: string) => void): void {
  const text = ctx.text;
  // 等N家企业: the list before it.
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    if (!COMPANY_LIST_TAIL.test(text.slice(i, i + 16))) continue;
    // 包括A、B在内等41家企业: 在内 closes the list.
    for (const span of listBefore(text, text.startsWith('在内', i - 2) ? i - 2 : i)) add('Company', span, ORGANIZATION_RULES.companyList.id);
  }
  // X获评/被评为/获得…企业: the names (one or a list) before the verb.
  const award = /(获评|被评为|荣获|获得|入选)[^，,。；;]{0,24}?企业/g;
  for (const m of text.matchAll(award)) {
    // 鲁钢、恒达等16家企业被评为…: the list rule above already has these.
    if (/等(?:\d+|[一二三四五六七八九十几数多]+)?(?:家|个)?[\u4e00-\u9fff]{0,8}企业$/.test(text.slice(Math.max(0, (m.index ?? 0) - 14), m.index))) continue;
    for (const span of listBefore(text, m.index ?? 0)) add('Company', span, ORGANIZATION_RULES.awardContext.id);
  }
}

/**
 * Items of a 、-separated list of short names ending at `end`, each 2–8 characters; the first item
 * starts after the last verb before it: 全力支持绿源、丰禾食品 → 绿源, 丰禾食品.
 */
function listBefore(text: string, end: number): Span[] {
  const spans: Span[] = [];
  let itemEnd = end;
  for (;;) {
    let start = itemEnd;
    while (start > 0 && itemEnd - start < 12 && (isCjk(text.charAt(start - 1)) || /[A-Za-z0-9]/.test(text.charAt(start - 1)))) start--;
    const cut = words().boundary.startOf(text, itemEnd, 12, start);
    const item = text.slice(cut, itemEnd);
    if (item.length < 2 || item.length > 8 || NOT_A_NAME.test(item)) break;
    spans.push({ start: cut, end: itemEnd });
    if (cut !== start || text.charAt(start - 1) !== '、') break;
    itemEnd = start - 1;
  }
  return spans;
}

/** Keep the longest of nested or overlapping names: 北方外国语大学教育集团 over 北方外国语大学. */
function dropNested(mentions: Organization[]): Organization[] {
  const sorted = [...mentions].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  const kept: Organization[] = [];
  for (const m of sorted) {
    if (kept.some((k) => k.span.start < m.span.end && m.span.start < k.span.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

// Legal and industry words are stripped from a legal name to find its core: 山东瑞阳新能源科技有限公司 → 瑞阳.

export function companyCore(name: string): string {
  let core = name.replace(legalSuffix(), '');
  // Leading province or city, full or short: 山东瑞阳… → 瑞阳…, 临沂恒信… → 恒信…
  const gaz = gazetteer();
  for (let changed = true; changed; ) {
    changed = false;
    for (let len = 4; len >= 2; len--) {
      const head = core.slice(0, len);
      const units = [...gaz.byFullName(head), ...gaz.byShortName(head)].filter((u) => u.level !== 'county');
      if (units.length > 0 && core.length > len + 1) {
        core = core.slice(len);
        changed = true;
        break;
      }
    }
  }
  // Longest word first, and start over after each cut: 瑞阳新能源科技 → 瑞阳新能源 → 瑞阳 (not 瑞阳新).
  for (let changed = true; changed; ) {
    changed = false;
    const word = words().coreWords.find((w) => core.endsWith(w) && core.length > w.length + 1);
    if (word) {
      core = core.slice(0, -word.length);
      changed = true;
    }
  }
  return core;
}

/**
 * A legal name's core (瑞阳 for 山东瑞阳新能源科技有限公司) names the same company: a short-name
 * mention equal to it takes the legal name, and later uses of it become mentions. Then every
 * company name found once is a mention wherever else it occurs (恒达 in a list, later 恒达与…合作).
 */
function withCoreNames(ctx: ExtractContext, organizations: Organization[]): Findings {
  const text = ctx.text;
  const legalByCore = new Map<string, string>();
  for (const company of organizations) {
    if (company.label !== 'Company' || company.ruleId !== ORGANIZATION_RULES.legalSuffix.id) continue;
    const core = companyCore(company.name);
    // 南湖区建设投资公司's core would be 南湖区: a place's name is no company's.
    const place = gazetteer().byFullName(core).length > 0 || gazetteer().byShortName(core).length > 0;
    if (core.length >= 2 && core !== company.name && !place && !legalByCore.has(core)) legalByCore.set(core, company.name);
  }
  const out = new FindingsBuilder();
  for (const m of organizations) {
    const legal = m.label === 'Company' ? legalByCore.get(m.name) : undefined;
    out.add(legal ? { ...m, name: legal, attrs: { ...m.attrs, alias: m.name } } : m);
  }
  const covered = (pos: number) => out.covering(pos) !== undefined;
  const surfaces = new Map<string, { name: string; ruleId: string }>();
  for (const [core, legal] of legalByCore) surfaces.set(core, { name: legal, ruleId: ORGANIZATION_RULES.coreName.id });
  for (const m of out.mentions) {
    if (m.label !== 'Company') continue;
    const surface = text.slice(m.span.start, m.span.end);
    if (surface.length >= 2 && !surfaces.has(surface)) surfaces.set(surface, { name: m.name, ruleId: ORGANIZATION_RULES.recurrence.id });
  }
  for (const [surface, { name, ruleId }] of surfaces) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + surface.length)) {
      const span = { start: i, end: i + surface.length };
      if (covered(i) || covered(span.end - 1) || ctx.isDamaged(span)) continue;
      out.add({ label: 'Company', name, span, ruleId, attrs: surface !== name ? { alias: surface } : {} });
    }
  }
  return out;
}

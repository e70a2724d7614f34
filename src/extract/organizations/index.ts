// Companies and institutions: legal names by their suffixes, short names where the text says
// they are companies (鲁钢、恒达等16家企业), and the short form of a legal name used later in the
// same article (山东瑞阳新能源科技有限公司 … 瑞阳一期竣工投产).
import type { Mention, Span } from '../../types';
import { LeftBoundary } from '../boundary';
import type { ExtractContext, Rule } from '../context';
import {
  COMPANY_INDUSTRY_SUFFIXES,
  COMPANY_LIST_TAIL,
  COMPANY_SUFFIXES,
  INSTITUTION_SUFFIXES,
  LEFT_STOPS,
} from '../lexicon/organizations';
import { gazetteer } from '../../gazetteer';
import { isBoundary, isCjk } from '../text';
import { Trie } from '../trie';

export const ORGANIZATION_RULES = {
  legalSuffix: { id: 'org.legal-suffix', description: 'A name ending in a legal or group suffix (有限公司, 集团)', example: '山东瑞阳新能源科技有限公司组织建设电池项目。' },
  industrySuffix: { id: 'org.industry-suffix', description: 'A short company name ending in an industry word (证券, 银行, 地产)', example: '东岳证券成为全省首个登陆A股券商。' },
  companyList: { id: 'org.company-list', description: 'Names listed before 等…企业 are companies', example: '鲁钢、恒达等16家企业被评为领先企业。' },
  awardContext: { id: 'org.award-context', description: 'A name that 获评/被评为 a kind of 企业 is a company', example: '宏远电缆获评先进制造业领军企业。' },
  coreName: { id: 'org.core-name', description: 'The distinctive core of a legal name used alone (瑞阳 for 山东瑞阳新能源科技有限公司)', example: '山东瑞阳新能源科技有限公司建设项目。瑞阳一期竣工投产。' },
  institution: { id: 'org.institution-suffix', description: 'A university, institute, hospital or association by its suffix', example: '恒达集团与北方工业大学共建生产线。' },
} satisfies Record<string, Rule>;

const boundary = new LeftBoundary(LEFT_STOPS);
const companySuffixes = new Trie<string>();
for (const s of COMPANY_SUFFIXES) companySuffixes.set(s, s);
const institutionSuffixes = new Trie<string>();
for (const s of INSTITUTION_SUFFIXES) institutionSuffixes.set(s, s);
const industrySuffixes = new Trie<string>();
for (const s of COMPANY_INDUSTRY_SUFFIXES) industrySuffixes.set(s, s);

// Stems that make "X公司" a description, not a name: 该公司, 电力设备公司, 跨国公司.
const GENERIC_COMPANY_STEMS = /^(?:该|本|我|各|子|母|分|总|跨国|上市|国有|民营|外资|合资|物流|电力设备|设备|建筑|施工|运营|投资|平台|新|老|大型|龙头|骨干|科技型|外贸|中小)?$/;
// Stems that show the name is a description: 骨干企业, 配套企业, 海外分公司, 知名医院, 国家大学.
const DESCRIPTIVE = /(?:企业|单位|部门|机构|行业|领域|产业|分|海外|知名|优质|公立|民营|各级|基层|省会)$|^(?:国家|省|市|区|县|高校|科研|新型研发|专业|各类)$/;
// Not a list item: rankings and descriptions (世界500强, 国内500强).
const NOT_A_NAME = /\d+强$|^(?:世界|国内|全国|中国|民企)\d*强?$/;

export function findOrganizations(ctx: ExtractContext): void {
  const text = ctx.text;
  const found: Mention[] = [];
  const add = (label: 'Company' | 'Institution', span: Span, ruleId: string, attrs: Mention['attrs'] = {}) => {
    if (span.end - span.start < 2 || ctx.isDamaged(span)) return;
    found.push({ label, name: text.slice(span.start, span.end), span, ruleId, attrs });
  };

  // A name never reaches back into the previous one: 齐鲁理工大学科技园 is not 齐鲁理工大学国家大学.
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    const company = companySuffixes.longestAt(text, i);
    if (company) {
      const start = boundary.startOf(text, i, 24, floor);
      const stem = text.slice(start, i);
      if (!GENERIC_COMPANY_STEMS.test(stem) && !DESCRIPTIVE.test(stem) && stem.length >= 2) {
        add('Company', { start, end: company.end }, ORGANIZATION_RULES.legalSuffix.id);
      }
      floor = company.end;
      i = company.end - 1;
      continue;
    }
    const institution = institutionSuffixes.longestAt(text, i);
    // 中小学 is a kind of school, not a name ending in 小学.
    if (institution && !(institution.key === '小学' && text.charAt(i - 1) === '中')) {
      const start = boundary.startOf(text, i, 24, floor);
      const stem = text.slice(start, i);
      const previous = found[found.length - 1];
      // 山东中医药大学第二附属医院: a numbered unit continues the institution before it.
      if (previous && previous.span.end === start && /^(?:第[一二三四五六七八九十]+)?(?:附属)?$/.test(stem)) {
        previous.span = { start: previous.span.start, end: institution.end };
        previous.name = text.slice(previous.span.start, institution.end);
      } else if (stem.length >= 2 && !DESCRIPTIVE.test(stem)) {
        add('Institution', { start, end: institution.end }, ORGANIZATION_RULES.institution.id);
      }
      floor = institution.end;
      i = institution.end - 1;
      continue;
    }
    const industry = industrySuffixes.longestAt(text, i);
    if (industry && (isBoundary(text.charAt(industry.end)) || /^(?:成为|获|等|与|和|、)/.test(text.slice(industry.end)))) {
      const start = boundary.startOf(text, i, 6, floor);
      const stem = text.slice(start, i);
      if (stem.length >= 2 && !/^(?:房|商业|金融|政策性|村镇|发展)$/.test(stem)) {
        add('Company', { start, end: industry.end }, ORGANIZATION_RULES.industrySuffix.id);
      }
    }
  }

  findListedCompanies(ctx, add);
  const kept = dropNested(found);
  for (const m of kept) ctx.add(m);
  findCoreNames(ctx, kept);
}

/** 鲁钢、恒达等16家企业 / 星河数据、安信科技获得省瞪羚企业认定 / 宏远电缆获评…企业. */
function findListedCompanies(ctx: ExtractContext, add: (label: 'Company', span: Span, ruleId: string) => void): void {
  const text = ctx.text;
  // 等N家企业: the list before it.
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    if (!COMPANY_LIST_TAIL.test(text.slice(i, i + 16))) continue;
    for (const span of listBefore(text, i)) add('Company', span, ORGANIZATION_RULES.companyList.id);
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
    const cut = boundary.startOf(text, itemEnd, 12, start);
    const item = text.slice(cut, itemEnd);
    if (item.length < 2 || item.length > 8 || NOT_A_NAME.test(item)) break;
    spans.push({ start: cut, end: itemEnd });
    if (cut !== start || text.charAt(start - 1) !== '、') break;
    itemEnd = start - 1;
  }
  return spans;
}

/** Keep the longest of nested or overlapping names: 北京外国语大学国际教育集团 over 北京外国语大学. */
function dropNested(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (kept.some((k) => k.span.start < m.span.end && m.span.start < k.span.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}

// Industry and legal words stripped from a legal name to find its core: 山东瑞阳新能源科技有限公司 → 瑞阳.
const CORE_STRIP = /(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团|公司)$/;
const INDUSTRY_WORDS = ['新能源', '新材料', '科技', '技术', '实业', '发展', '投资', '控股', '能源', '电子', '信息', '智能', '环保', '生物', '医药', '制造', '装备', '建设', '城市', '工程', '产业', '股份', '国际', '贸易', '电力', '电缆', '钢铁', '化工', '汽车', '物流', '网络', '数字'];

const INDUSTRY_WORDS_LONGEST_FIRST = [...INDUSTRY_WORDS].sort((a, b) => b.length - a.length);

export function companyCore(name: string): string {
  let core = name.replace(CORE_STRIP, '');
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
    const word = INDUSTRY_WORDS_LONGEST_FIRST.find((w) => core.endsWith(w) && core.length > w.length + 1);
    if (word) {
      core = core.slice(0, -word.length);
      changed = true;
    }
  }
  return core;
}

/** Later uses of a legal name's core (瑞阳) are mentions of that company. */
function findCoreNames(ctx: ExtractContext, companies: Mention[]): void {
  const text = ctx.text;
  for (const company of companies) {
    if (company.label !== 'Company' || company.ruleId !== ORGANIZATION_RULES.legalSuffix.id) continue;
    const core = companyCore(company.name);
    if (core.length < 2 || core === company.name) continue;
    for (let i = text.indexOf(core); i >= 0; i = text.indexOf(core, i + core.length)) {
      const span = { start: i, end: i + core.length };
      if (ctx.covering(i, 'Company', 'Institution') || ctx.isDamaged(span)) continue;
      ctx.add({ label: 'Company', name: company.name, span, ruleId: ORGANIZATION_RULES.coreName.id, attrs: { alias: core } });
    }
  }
}

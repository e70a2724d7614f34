// Companies named only at the start of their project's name. Signing and groundbreaking lists name
// projects by their investor's short name: 江苏某利科技电子产品生产项目, 河南某业年产80万千瓦电机项目.
// The short name is a province or prefecture city, a brand of two or three characters and the
// industry words after it (科技, 环保科技) or, with none, a capacity line right after the brand.
import { gazetteer } from '../gazetteer';
import { lexicon, type Lexicon } from '../lexicon';
import type { MentionWith } from '../types';
import { type Component, type ExtractContext, type Findings, FindingsBuilder, type Rule } from './context';
import { isCjk } from './text';

export const OWNER_RULES = {
  projectOwner: {
    id: 'org.project-owner',
    description: 'A province or city, a brand and its industry words opening a project name are the investor\'s short name',
    example: '签约项目包括江苏恒利科技电子产品生产项目。',
  },
} satisfies Record<string, Rule>;

export const owners: Component = {
  kind: 'component',
  name: 'owners',
  reads: ['Project', 'Company'],
  produces: { labels: ['Company'], relations: [] },
  rules: Object.values(OWNER_RULES),
  run: findOwners,
};

interface OwnerWords {
  /** Words that are no brand: industries and the generic words of project names (国际, 高新, 应用 …). */
  notBrand: Set<string>;
  /** Industry words a short name may carry after its brand, longest first. */
  industry: string[];
  /** Those a short name may end with (科技, 实业; not 电子 of 科技电子产品). */
  ends: Set<string>;
}

function compileOwnerWords(lex: Lexicon): OwnerWords {
  return {
    notBrand: new Set([...lex.words('companies', 'core-word'), ...lex.words('projects', 'generic'), ...NOT_BRANDS]),
    industry: [...lex.words('companies', 'core-word')].sort((a, b) => b.length - a.length),
    ends: new Set(lex.words('companies', 'short-name-end')),
  };
}

// Two-character words that open generic names, not brands: 山东国际…, 大连高新技术…, 枣庄应用技术….
const NOT_BRANDS = ['国际', '高新', '应用', '现代', '新型', '综合', '第一', '第二', '人民', '中心', '中国', '全国', '国家'];

// What may follow a two-character brand with no industry word: a capacity (河南某业年产…).
const AFTER_BRAND = /^(?:年产|年加工)/;

function findOwners(ctx: ExtractContext): Findings {
  const out = new FindingsBuilder();
  const text = ctx.text;
  const words = lexicon().compiled(compileOwnerWords);
  const companies = ctx.positions('Company');
  for (const project of ctx.byLabel('Project')) {
    if (companies.startingAt(project.span.start).length > 0) continue;
    // The province or city, possibly both (江苏南通…), that opens the name.
    let at = project.span.start;
    for (let len = provinceOrCityAt(text, at); len > 0; len = provinceOrCityAt(text, at)) at += len;
    if (at === project.span.start) continue;
    const owner = ownerEnd(text, at, project.span.end, words);
    if (owner === undefined) continue;
    const span = { start: project.span.start, end: owner };
    if (ctx.isDamaged(span)) continue;
    const company: MentionWith<'Company'> = { label: 'Company', name: text.slice(span.start, span.end), span, ruleId: OWNER_RULES.projectOwner.id, attrs: {} };
    out.add(company);
  }
  return out;
}

/** Length of a province's or prefecture city's name, full or short, at `pos`, or 0. */
function provinceOrCityAt(text: string, pos: number): number {
  const gaz = gazetteer();
  for (const len of [5, 4, 3, 2]) {
    const head = text.slice(pos, pos + len);
    if ([...gaz.byFullName(head), ...gaz.byShortName(head)].some((u) => u.level !== 'county')) return len;
  }
  return 0;
}

/** The end of a brand and its industry words starting at `pos` inside a project name ending at `limit`. */
function ownerEnd(text: string, pos: number, limit: number, words: OwnerWords): number | undefined {
  for (const brand of [2, 3]) {
    const brandEnd = pos + brand;
    if (brandEnd >= limit || ![...text.slice(pos, brandEnd)].every(isCjk) || words.notBrand.has(text.slice(pos, pos + 2))) continue;
    // The industry words after the brand, up to the last one a short name ends with: 恒利科技|电子产品.
    let end = brandEnd;
    let lastEnd: number | undefined;
    for (let word = words.industry.find((w) => text.startsWith(w, end)); word; word = words.industry.find((w) => text.startsWith(w, end))) {
      end += word.length;
      if (words.ends.has(word)) lastEnd = end;
    }
    // The project's own words must remain after the owner.
    if (lastEnd !== undefined && limit - lastEnd >= 4) return lastEnd;
    if (brand === 2 && AFTER_BRAND.test(text.slice(brandEnd, brandEnd + 3))) return brandEnd;
  }
  return undefined;
}

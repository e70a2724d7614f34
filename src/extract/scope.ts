// Which district, city and province a passage is about. Titles without a place (区长, 市委常委)
// and projects without one belong to the unit in scope: the document's own unit, or, in a
// round-up article, the unit named in the heading the passage sits under
// ("南湖区委书记孙立——" heads the 南湖 section).
import { gazetteer, type AdminUnit } from '../gazetteer';
import { lexicon, type Lexicon } from '../lexicon';
import type { MentionLabel, PlaceMention } from '../types';
import type { ExtractContext } from './context';
import { lookupVisits } from './lookups';
import { unitMention } from './places/mention';
import { lowerBound, SpanIndex } from './positions';

export interface Scope {
  district?: PlaceMention;
  city?: PlaceMention;
  province?: PlaceMention;
}

// The word before a place that makes it a destination, not a location: 至, 到, 向, 往, 通.
const DESTINATION = /[至到向往通]/;
// Words of setting out for a place: 赴, 前往.
const OUTBOUND = /(?:赴|前往)$/;
// Of those, the words of going somewhere (not of a route's end: 南湖至北湖公路).
const TRAVEL = /[到往]/;

/** A short line without a full stop: a heading or a caption. */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 40 && !/[。；]/.test(t);
}

export class ScopeIndex {
  readonly document: Scope;
  /** Start offset of each heading that names a district, with that district. */
  private readonly sections: Array<{ start: number; district: PlaceMention }> = [];
  /** Where each section starts, ascending: `sections` for a binary search. */
  private readonly sectionStarts: number[];
  /** Districts and zones by position, for the look-ups below. */
  private readonly districts: SpanIndex<PlaceMention>;
  /** firstNamed's answers, by the key its caller gives the test. */
  private readonly firstNamedCache = new Map<string, PlaceMention | undefined>();

  constructor(private readonly ctx: ExtractContext) {
    const places = ctx.byLabel('District', 'City', 'Province').filter((m) => !m.attrs.anaphora);
    this.districts = new SpanIndex(ctx.byLabel('District'));
    // 赴舞钢市考察: where a delegation goes is not whose the article is, unless it names nothing else.
    const outbound = outboundPlaces(ctx.text, places);
    const home = places.filter((m) => !outbound.has(m));
    const named = home.some((m) => m.label === 'District') ? home : places;
    let document = documentScope(named);
    // 我县, 本区: the publisher's own unit, when the text resolves it, is whose the article is, however
    // often a visiting delegation's district is named (定海区代表团来我县考察).
    const own = ctx.byLabel('District').filter((m) => m.attrs.anaphora && m.attrs.code && /^[我本]/.test(ctx.text.slice(m.span.start, m.span.end)));
    const ownUnits = new Set(own.map((m) => m.attrs.code));
    // (Only a unit the text never names on its own: 我县 read back to the nearest county named is the
    // place visited, not the publisher, in 到甲县、乙县考察…为我县树立标杆.)
    const ownUnit =
      own.length > 0 && ownUnits.size === 1 && document.district?.attrs.code !== own[0]!.attrs.code && !places.some((m) => m.attrs.code === own[0]!.attrs.code);
    if (ownUnit) {
      document = documentScope([...named.filter((m) => m.label !== 'District'), { ...own[0]!, attrs: { ...own[0]!.attrs, anaphora: false } }]);
    }
    // 来我县考察 with no county named in full: the one county whose short name the article writes
    // (岱山先锋联盟中心 in an article about 我县) is the article's.
    // Zones named in full (滨河经济区) do not make it the zones' article: the county is still whose it is.
    if (!named.some((m) => m.label === 'District' && m.attrs.level !== 'zone')) {
      const unit = homeByShortName(ctx);
      if (unit) document = documentScope([...named.filter((m) => m.label !== 'District'), impliedPlace(unit)]);
    }
    this.document = document;
    // Section headings that name a district (and only one): each district is put on its line once.
    const text = ctx.text;
    const lineStarts: number[] = [];
    const lineEnds: number[] = [];
    for (let lineStart = 0; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      lineStarts.push(lineStart);
      lineEnds.push(lineEnd);
      lineStart = lineEnd + 1;
    }
    const byLine = new Map<number, PlaceMention[]>();
    for (const m of places) {
      if (m.label !== 'District') continue;
      lookupVisits.count++;
      const line = lowerBound(lineStarts, m.span.start + 1) - 1;
      if (line < 0 || m.span.end > lineEnds[line]!) continue;
      const inLine = byLine.get(line);
      if (inLine) inLine.push(m);
      else byLine.set(line, [m]);
    }
    for (const [line, inLine] of [...byLine].sort((a, b) => a[0] - b[0])) {
      if (!isHeadingLine(text.slice(lineStarts[line], lineEnds[line]))) continue;
      const names = new Set(inLine.map((m) => m.name));
      if (names.size === 1) this.sections.push({ start: lineStarts[line]!, district: inLine[0]! });
    }
    this.sectionStarts = this.sections.map((s) => s.start);
    // One heading alone is the article's title: when the text calls another unit its own (定海区代表团
    // 来我县考察), the title names the visitors, not a section.
    if (ownUnit && this.sections.length === 1) this.sections.length = this.sectionStarts.length = 0;
  }

  /**
   * The district a position is about: named earlier in its sentence, else its section's, else the
   * document's. A district named as a destination (至莱芜区快速路, 向临沂延伸) is not where things are.
   */
  districtAt(pos: number): PlaceMention | undefined {
    const sentence = this.ctx.sentenceSpanAt(pos);
    const text = this.ctx.text;
    // The one named last before `pos` in its sentence (of two starting there, the first found).
    const inSentence = this.districts.lastStartingBefore(pos, sentence.start, (m) => {
      if (m.span.end > pos) return false;
      // 到舞钢市纺织产业园考察: a place opening the name of what a visit goes to is still its location.
      const before = text.charAt(m.span.start - 1);
      return !(DESTINATION.test(before) && !(m.span.end === pos && TRAVEL.test(before)));
    });
    if (inSentence) return inSentence;
    return this.sectionDistrictAt(pos) ?? this.document.district;
  }

  /**
   * The first place the text names (not implied) that `fits`; 我县 or 本区 resolved to a unit counts
   * only when no place is named that fits. Answers are kept by `key`: one key, one test.
   */
  firstNamed(key: string, fits: (m: PlaceMention) => boolean): PlaceMention | undefined {
    if (this.firstNamedCache.has(key)) return this.firstNamedCache.get(key);
    let named: PlaceMention | undefined;
    let ownUnit: PlaceMention | undefined;
    for (const m of this.ctx.byLabel('District', 'City', 'Province')) {
      lookupVisits.count++;
      if (m.attrs.implied || !fits(m)) continue;
      if (!m.attrs.anaphora) {
        named = m;
        break;
      }
      if (m.attrs.code) ownUnit ??= m;
    }
    const found = named ?? ownUnit;
    this.firstNamedCache.set(key, found);
    return found;
  }

  sectionDistrictAt(pos: number): PlaceMention | undefined {
    lookupVisits.count++;
    return this.sections[lowerBound(this.sectionStarts, pos + 1) - 1]?.district;
  }

  /** True when the document is about several districts (a round-up); then only sections give scope. */
  get isRoundUp(): boolean {
    return new Set(this.sections.map((s) => s.district.name)).size > 1;
  }
}

/** The document's own district (most named, if clearly so), its city and province. */
function documentScope(places: PlaceMention[]): Scope {
  const gaz = gazetteer();
  const countBy = (label: MentionLabel) => {
    const counts = new Map<string, { mention: PlaceMention; n: number }>();
    for (const m of places) {
      if (m.label !== label) continue;
      const key = `${m.name}|${m.attrs.code}`;
      const entry = counts.get(key);
      if (entry) entry.n++;
      else counts.set(key, { mention: m, n: 1 });
    }
    return [...counts.values()].sort((a, b) => b.n - a.n);
  };
  const districts = countBy('District');
  const total = districts.reduce((sum, d) => sum + d.n, 0);
  // Clearly about one district: it has at least half of all district mentions.
  const district = districts[0] && districts[0].n * 2 >= total ? districts[0].mention : undefined;

  const cities = countBy('City');
  let city = cities[0]?.mention;
  const parentCode = district ? district.attrs.parentCode : '';
  if (parentCode) {
    const parent = cities.find((c) => c.mention.attrs.code === parentCode);
    if (parent) city = parent.mention;
  }
  // No city named: the parent of the document's district or zone (济南高新区 → 济南市).
  if (!city) {
    const parent = (district ?? districts[0]?.mention)?.attrs.parentCode;
    const unit = parent ? gaz.get(parent) : undefined;
    if (unit && unit.level === 'city') city = impliedPlace(unit);
  }
  const provinces = countBy('Province');
  let province = provinces[0]?.mention;
  const cityUnit = city ? gaz.get(city.attrs.code) : undefined;
  const provinceUnit = cityUnit ? gaz.province(cityUnit) : undefined;
  if (provinceUnit) {
    province =
      provinces.find((p) => p.mention.attrs.code === provinceUnit.code)?.mention ??
      impliedPlace(provinceUnit);
  }
  return { district, city, province };
}

/** Places a delegation sets out for: after 赴 or 前往, and the rest of the list they open (赴甲县、乙县). */
function outboundPlaces(text: string, places: PlaceMention[]): Set<PlaceMention> {
  const out = new Set<PlaceMention>();
  const outEnds = new Set<number>();
  for (const m of places) {
    const before = text.slice(Math.max(0, m.span.start - 2), m.span.start);
    const listed = text.charAt(m.span.start - 1) === '、' && outEnds.has(m.span.start - 1);
    if (OUTBOUND.test(before) || listed) {
      out.add(m);
      outEnds.add(m.span.end);
    }
  }
  return out;
}

// The level an article speaks of as its own: 我县, 全区, 县委书记, 旗长 ….
const OWN_LEVEL = /[我本全]([县区旗])|([县区旗])(?:委|长|人大|政协)/g;

interface HomeWords {
  /** Short names (≥ 2 characters) that name exactly one current county-level unit. */
  countyShortNames: Map<string, AdminUnit>;
  /** Words of the lexicons: 新建 (新建区) is first of all "newly built", no name. */
  common: Set<string>;
}

// Built once per lexicon: an overlay may add historical units or words.
function compileHomeWords(lex: Lexicon): HomeWords {
  const gaz = gazetteer();
  const countyShortNames = new Map<string, AdminUnit>();
  for (const { name, short } of gaz.names()) {
    if (!short || name.length < 2) continue;
    const units = gaz.byShortName(name).filter((u) => u.status === 'current' && gaz.nameInUse(u, name, undefined));
    if (units.length === 1 && units[0]!.level === 'county') countyShortNames.set(name, units[0]!);
  }
  // Every stop word (common-word units included), and the project words that are ordinary words.
  const common = new Set([...lex.entries('stopwords').map((w) => w.zh), ...lex.words('projects', 'generic'), ...lex.words('projects', 'verb-before')]);
  return { countyShortNames, common };
}

/**
 * The county an article calls its own (我县, 县委书记) without naming it in full, when exactly one
 * county of that level has its short name written in the text and that short name is no ordinary
 * word; else undefined.
 */
function homeByShortName(ctx: ExtractContext): AdminUnit | undefined {
  const text = ctx.text;
  // The level it speaks of most, clearly: 我县 ×5 and 全市 ×1 is a county's article.
  const counts = new Map<string, number>();
  for (const m of text.matchAll(OWN_LEVEL)) counts.set(m[1] ?? m[2]!, (counts.get(m[1] ?? m[2]!) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || (second && second[1] * 2 > first[1])) return undefined;
  const level = first[0];
  const { countyShortNames, common } = lexicon().compiled(compileHomeWords);
  const found = new Map<string, AdminUnit>();
  for (const [name, unit] of countyShortNames) {
    if (!unit.name.endsWith(level) || common.has(name) || common.has(unit.name) || !text.includes(name)) continue;
    found.set(unit.code, unit);
  }
  if (found.size === 1) return [...found.values()][0];
  // Two short names (蓬安 and the 凤凰 of 凤凰生态公园): the one in a province or city the text
  // names decides, if only one is.
  const gaz = gazetteer();
  const named = new Set(ctx.byLabel('Province', 'City').map((m) => m.attrs.code));
  const inNamed = [...found.values()].filter((u) => named.has(gaz.province(u)?.code ?? '') || named.has(u.parentCode));
  return inNamed.length === 1 ? inNamed[0] : undefined;
}

/** A unit the text implies but does not name here; it has no span, so no MENTIONED_IN. */
function impliedPlace(unit: AdminUnit): PlaceMention {
  return unitMention(unit, { start: 0, end: 0 }, `place.implied-${unit.level}`, { implied: true });
}

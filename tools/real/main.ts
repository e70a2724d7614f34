// The real corpus's upkeep (tests/real/README.md): `anchor` turns each relation's annotator quote into
// character offsets and a short hash and checks the gold file; `sources` writes SOURCES.md from the
// gold files. Not part of govgraph itself: a tool for the people who annotate.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REAL_DIR } from '../../src/eval';
import { RELATION_TYPES as ALL_RELATION_TYPES } from '../../src/graph/schema';
import { INVOLVEMENT_ROLE_NAMES } from '../../src/types';

const ROOT = REAL_DIR;
const RELATION_TYPES: readonly string[] = ALL_RELATION_TYPES.filter((t) => t !== 'MENTIONED_IN');
const ROLES: readonly string[] = INVOLVEMENT_ROLE_NAMES;
const CONTEXTS = ['ceremony', 'visit'];
const ENTITY_LISTS = ['officials', 'persons', 'districts', 'towns', 'cities', 'provinces', 'projects', 'companies', 'institutions'];

interface Relation {
  type: string;
  from: string;
  to: string;
  title?: string;
  role?: string;
  context?: string;
  quote?: string;
  occurrence?: number;
  evidence?: { start: number; end: number; sha: string };
}

type Gold = Record<string, unknown> & { doc: string; source?: Record<string, unknown>; relations?: Relation[] };

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Problems with one gold file, each a line naming the file and the entry; the file is rewritten only when there are none. */
function anchor(file: string): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${path.relative(process.cwd(), file)}: ${what}`);
  let gold: Gold;
  try {
    gold = JSON.parse(fs.readFileSync(file, 'utf8')) as Gold;
  } catch (e) {
    return [`${file}: not valid JSON (${(e as Error).message})`];
  }
  const articlePath = path.join(ROOT, 'articles', String(gold.doc));
  if (!fs.existsSync(articlePath)) return [`${file}: article ${articlePath} not found`];
  const text = fs.readFileSync(articlePath, 'utf8');
  const source = (gold.source ??= {});
  source.sha256 = sha(text);
  source.chars = text.length;
  for (const key of ['title', 'site', 'url', 'language', 'script', 'province', 'kinds', 'query']) {
    if (source[key] === undefined || source[key] === '') say(`source.${key} is missing`);
  }
  const names = new Set<string>();
  for (const list of ENTITY_LISTS) {
    const items = gold[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      say(`${list} is not a list`);
      continue;
    }
    for (const [i, item] of (items as Array<{ name?: unknown; aliases?: unknown; zh?: unknown }>).entries()) {
      if (typeof item.name !== 'string' || item.name === '') say(`${list}[${i}] has no name`);
      else names.add(item.name);
      if (Array.isArray(item.aliases)) for (const a of item.aliases) names.add(String(a));
      if (typeof item.zh === 'string') names.add(item.zh);
    }
  }
  for (const [i, r] of (gold.relations ?? []).entries()) {
    const at = `relations[${i}] ${r.type} ${r.from} → ${r.to}`;
    if (!RELATION_TYPES.includes(r.type)) say(`${at}: unknown type`);
    // A parent in a PART_OF chain, the unit of an implied post or of a project need not be named in the text.
    const unnamedPlaceOk = r.type === 'PART_OF' || r.type === 'LOCATED_IN' || (r.type === 'HOLDS_POSITION' && (r as { implied?: boolean }).implied === true);
    // A chain starts at a place the text names; an unnamed district may sign (the article's own county).
    const chainParent = r.type === 'PART_OF' && (gold.relations ?? []).some((q) => q.type === 'PART_OF' && q.to === r.from);
    if (!names.has(r.from) && !chainParent && r.type !== 'SIGNED_WITH') say(`${at}: "${r.from}" is not an annotated entity`);
    if (!names.has(r.to) && !unnamedPlaceOk) say(`${at}: "${r.to}" is not an annotated entity`);
    if (r.type === 'HOLDS_POSITION' && !r.title) say(`${at}: no title`);
    if (r.type === 'INVOLVED_IN' && !ROLES.includes(String(r.role))) say(`${at}: role must be one of ${ROLES.join(', ')}`);
    if (r.type === 'ATTENDED' && !CONTEXTS.includes(String(r.context))) say(`${at}: context must be one of ${CONTEXTS.join(', ')}`);
    if (r.quote !== undefined) {
      const starts: number[] = [];
      for (let k = text.indexOf(r.quote); k >= 0; k = text.indexOf(r.quote, k + 1)) starts.push(k);
      const start = starts[(r.occurrence ?? 1) - 1];
      if (start === undefined) say(`${at}: quote not found in the article: ${r.quote}`);
      else if (starts.length > 1 && r.occurrence === undefined) say(`${at}: quote occurs ${starts.length} times; lengthen it or add "occurrence"`);
      else {
        const end = start + r.quote.length;
        r.evidence = { start, end, sha: sha(text.slice(start, end)).slice(0, 8) };
        delete r.quote;
        delete r.occurrence;
      }
    } else if (!r.evidence && r.type !== 'PART_OF') say(`${at}: no quote and no evidence`);
    else if (r.evidence && sha(text.slice(r.evidence.start, r.evidence.end)).slice(0, 8) !== r.evidence.sha) {
      say(`${at}: evidence [${r.evidence.start}, ${r.evidence.end}) no longer matches the article's text`);
    }
  }
  if (problems.length === 0) fs.writeFileSync(file, `${JSON.stringify(gold, null, 2)}\n`);
  return problems;
}

function cell(value: unknown): string {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** SOURCES.md: one row per article, from the gold files' `source` blocks. */
function sources(): void {
  const dir = path.join(ROOT, 'gold');
  const rows = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Gold);
  const lines = [
    '# Sources of the real corpus',
    '',
    'Generated by `npm run real -- sources` from `gold/*.json`; the texts themselves are not in git',
    '(see README.md for how to get them back). `sha256` is of the saved UTF-8 text.',
    '',
    '| id | split | lang | script | province | kinds | date | site | title | URL | trimmed | search query | sha256 (first 16) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const g of rows) {
    const s = g.source ?? {};
    const kinds = Array.isArray(s.kinds) ? s.kinds.join(', ') : s.kinds;
    const trimmed = `${cell(s.trimmed)}${s.truncated ? '; the stored text ends before the page did' : ''}`;
    lines.push(`| ${[g.doc.replace(/\.txt$/, ''), g.split, s.language, s.script, s.province, kinds, s.date, s.site, s.title, s.url, trimmed, s.query, String(s.sha256 ?? '').slice(0, 16)].map(cell).join(' | ')} |`);
  }
  fs.writeFileSync(path.join(ROOT, 'SOURCES.md'), `${lines.join('\n')}\n`);
  console.log(`SOURCES.md: ${rows.length} articles`);
}

function main(argv: string[]): number {
  const [command, ...files] = argv;
  if (command === 'anchor' && files.length > 0) {
    const problems = files.flatMap(anchor);
    for (const p of problems) console.error(p);
    console.log(`${files.length - new Set(problems.map((p) => p.split(':')[0])).size} of ${files.length} gold file(s) anchored and checked`);
    return problems.length ? 1 : 0;
  }
  if (command === 'sources') {
    sources();
    return 0;
  }
  console.error('usage: npm run real -- anchor <gold.json…> | sources');
  return 2;
}

process.exitCode = main(process.argv.slice(2));

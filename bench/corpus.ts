// The benchmark corpus: N articles made from the five seeds with a seeded PRNG (officials under other
// surnames, other districts of the same city, company suffixes, shifted dates, shuffled paragraphs),
// written under bench/corpus/<N>/ as a folder tree (files/) and as JSON Lines (articles.jsonl).
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as OpenCC from 'opencc-js';
import { extract } from '../src/extract';
import { lexicon } from '../src/lexicon';
import { isPlaceMention } from '../src/types';
import { gazetteer, shortName } from '../src/gazetteer';
import { documentId, readInputs } from '../src/ingest';
import { normalize } from '../src/normalize';

export const BENCH_DIR = __dirname;
export const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
export const SEEDS_DIR = path.join(BENCH_DIR, '..', 'seeds');
/** Bumped whenever the way articles are made changes, so a stale corpus on disk is remade. */
const CORPUS_VERSION = 3;
export const DEFAULT_SEED = 'govgraph-bench';
const FILES_PER_FOLDER = 1000;

// ---- a seeded PRNG: cyrb128 to hash the seed string, sfc32 to draw --------------------------

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0; this.b >>>= 0; this.c >>>= 0; this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---- templates: each seed with the places where an article may differ --------------------------

type SlotKind = 'person' | 'district' | 'company' | 'date';

interface Slot {
  /** Range in the seed's decoded text. */
  start: number;
  end: number;
  kind: SlotKind;
  /** person/company: the simplified name; district: the division code; date: the matched text. */
  key: string;
  /** district: written as the full name (历下区) or the short one (历下). */
  short: boolean;
  /** person: the post they hold here (place and title), if any: their name is the post's holder's. */
  post?: { place: string; title: string };
  /** The seed writes this name in traditional characters, so the substitute is too. */
  traditional: boolean;
}

export interface Template {
  name: string;
  text: string;
  /** The year of the seed's date (the article's is shifted from it). */
  year: number;
  slots: Slot[];
}

// Surnames and given-name characters substitutes are drawn from: few enough that names recur across
// articles (merged into one node), many enough that the node count grows with the corpus.
const SURNAMES = lexicon()
  .words('surnames')
  .filter((s) => s.length === 1)
  .slice(0, 60);
const GIVEN_CHARACTERS = Array.from('伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕');
// Company names without a legal suffix get one now and then: 正泰电缆 → 正泰电缆集团.
const COMPANY_SUFFIXES = ['集团', '控股', '有限公司', '股份有限公司'];
// 2020-09-13, 2021年01月11, and a year before 年 (2019年).
const DATE = /(20[0-2]\d)([-/.年])(\d{1,2})([-/.月])(\d{1,2})|20[0-2]\d(?=年)/g;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** The seed's slots: from what extraction finds in it, mapped back to the decoded text. */
function templateOf(name: string, text: string, year: number, slots: Slot[]): Template {
  slots.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Slot[] = [];
  for (const slot of slots) if (kept.length === 0 || slot.start >= kept[kept.length - 1]!.end) kept.push(slot);
  return { name, text, year, slots: kept };
}

export async function loadTemplates(seedsDir = SEEDS_DIR): Promise<Template[]> {
  const templates: Template[] = [];
  for await (const read of readInputs([seedsDir])) {
    if (!read.ok) throw read.error;
    const raw = read.doc;
    const doc = normalize(raw);
    const { mentions, relations } = extract(doc);
    const postOf = new Map<string, Slot['post']>();
    for (const r of relations) {
      if (r.type !== 'HOLDS_POSITION' || !isPlaceMention(r.to) || postOf.has(r.from.name)) continue;
      postOf.set(r.from.name, { place: String(r.to.attrs.code || r.to.name), title: String(r.props.title ?? '') });
    }
    const slots: Slot[] = [];
    const originalSpan = (start: number, end: number) => ({ start: doc.offsets[start]!, end: doc.offsets[end - 1]! + 1 });
    // Every occurrence of a person's or company's name as written, found or not by a rule.
    const everywhere = (written: string, kind: SlotKind, key: string, traditional: boolean) => {
      for (let at = raw.text.indexOf(written); at >= 0; at = raw.text.indexOf(written, at + written.length)) {
        slots.push({ start: at, end: at + written.length, kind, key, short: false, traditional, post: postOf.get(key) });
      }
    };
    for (const m of mentions) {
      const span = originalSpan(m.span.start, m.span.end);
      const written = raw.text.slice(span.start, span.end);
      const normalized = doc.text.slice(m.span.start, m.span.end);
      if ((m.label === 'Official' || m.label === 'Person') && normalized === m.name) {
        everywhere(written, 'person', m.name, written !== m.name);
      } else if (m.label === 'Company' && normalized === m.name && !m.attrs.alias) {
        everywhere(written, 'company', m.name, written !== m.name);
      } else if (m.label === 'District' && m.attrs.level === 'county' && m.attrs.code && !m.attrs.anaphora) {
        slots.push({ ...span, kind: 'district', key: String(m.attrs.code), short: normalized !== m.name, traditional: written !== normalized });
      }
    }
    for (const match of raw.text.matchAll(DATE)) {
      slots.push({ start: match.index, end: match.index + match[0].length, kind: 'date', key: match[0], short: false, traditional: false });
    }
    templates.push(templateOf(path.basename(raw.path), raw.text, Number(doc.date.value?.slice(0, 4) ?? 2020), slots));
  }
  if (templates.length === 0) throw new Error(`no seeds in ${seedsDir}`);
  return templates;
}

// ---- articles ------------------------------------------------------------------------------------

/** Current counties of the same city: what a district may be swapped for. */
function siblingsOf(code: string): string[] {
  const gaz = gazetteer();
  const parent = gaz.get(code)?.parentCode;
  const out: string[] = [];
  for (const unit of gaz.units.values()) if (unit.level === 'county' && unit.status === 'current' && unit.parentCode === parent) out.push(unit.code);
  return out.length > 0 ? out : [code];
}

const siblingCache = new Map<string, string[]>();
function siblings(code: string): string[] {
  let list = siblingCache.get(code);
  if (!list) siblingCache.set(code, (list = siblingsOf(code)));
  return list;
}

function pad(value: number, like: string): string {
  return like.length === 2 ? String(value).padStart(2, '0') : String(value);
}

/** A name drawn from `rng`: a surname and one or two given-name characters. */
function drawName(rng: Random): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_CHARACTERS) + (rng.next() < 0.7 ? rng.pick(GIVEN_CHARACTERS) : '');
}

/** Reporters and editors: a staff of this many per byline of a seed, so bylines recur. */
const STAFF = 10;

/**
 * An article made from `template`. Draws are consistent within the article (a district is swapped
 * for the same sibling everywhere) and officials across articles: a post's holder is named by
 * (seed, place, title, year), so articles about the same post and year name the same person (one
 * node), and a typo in 3% of articles gives a near-duplicate name for review.
 */
function articleText(template: Template, seed: string, rng: Random): string {
  const yearShift = rng.int(-4, 3);
  const year = template.year + yearShift;
  const districts = new Map<string, string>();
  for (const code of new Set(template.slots.filter((s) => s.kind === 'district').map((s) => s.key))) {
    const free = siblings(code).filter((c) => ![...districts.values()].includes(c));
    districts.set(code, free.length > 0 ? rng.pick(free) : code);
  }
  const people = new Map<string, string>();
  const officials = template.slots.filter((s) => s.kind === 'person' && s.post).map((s) => s.key);
  const typo = officials.length > 0 && rng.next() < 0.03 ? rng.pick(officials) : undefined;
  const companies = new Map<string, string>();
  const substitute = (slot: Slot): string => {
    switch (slot.kind) {
      case 'person': {
        let name = people.get(slot.key);
        if (!name) {
          const post = slot.post;
          const place = post ? (districts.get(post.place) ?? post.place) : '';
          name = drawName(new Random(post ? `${seed}|${place}|${post.title}|${year}` : `${seed}|${slot.key}|${rng.int(1, STAFF)}`));
          if (slot.key === typo) name = name.slice(0, -1) + rng.pick(GIVEN_CHARACTERS);
          people.set(slot.key, name);
        }
        return name;
      }
      case 'company': {
        let name = companies.get(slot.key);
        if (!name) {
          name = /(?:公司|集团)$/.test(slot.key) || rng.next() < 0.5 ? slot.key : slot.key + rng.pick(COMPANY_SUFFIXES);
          companies.set(slot.key, name);
        }
        return name;
      }
      case 'district': {
        const full = gazetteer().get(districts.get(slot.key)!)?.name ?? slot.key;
        return slot.short ? shortName(full) : full;
      }
      case 'date': {
        const m = /^(\d{4})(?:([-/.年])(\d{1,2})([-/.月])(\d{1,2}))?$/.exec(slot.key);
        if (!m) return slot.key;
        const shifted = String(Number(m[1]) + yearShift);
        if (!m[2]) return shifted;
        return `${shifted}${m[2]}${pad(rng.int(1, 12), m[3]!)}${m[4]}${pad(rng.int(1, 28), m[5]!)}`;
      }
    }
  };
  let text = '';
  let at = 0;
  for (const slot of template.slots) {
    const value = substitute(slot);
    text += template.text.slice(at, slot.start) + (slot.traditional ? toTraditional(value) : value);
    at = slot.end;
  }
  text += template.text.slice(at);
  // Long paragraphs trade places; headings, datelines and short lines stay where they are.
  if (rng.next() < 0.7) {
    const lines = text.split('\n');
    const long = lines.flatMap((line, i) => (line.trim().length >= 60 ? [i] : []));
    const order = rng.shuffle([...long]);
    const moved = [...lines];
    long.forEach((target, k) => (moved[target] = lines[order[k]!]!));
    text = moved.join('\n');
  }
  return text;
}

export interface Article {
  /** bench-<n>, 1-based and zero-padded: the record's id and the file's name. */
  id: string;
  seed: string;
  text: string;
}

/**
 * The corpus's articles in order. Article i depends only on (seed, i) and the articles before it
 * (a draw whose text repeats an earlier one is redrawn), so a smaller corpus is a prefix of a larger.
 */
export async function* makeArticles(count: number, seed = DEFAULT_SEED, templates?: Template[]): AsyncGenerator<Article> {
  const seeds = templates ?? (await loadTemplates());
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const template = seeds[i % seeds.length]!;
    for (let attempt = 0; ; attempt++) {
      const text = articleText(template, seed, new Random(`${seed}:${i}:${attempt}`));
      const docId = documentId(text);
      if (ids.has(docId)) continue;
      ids.add(docId);
      yield { id: `bench-${String(i + 1).padStart(6, '0')}`, seed: template.name, text };
      break;
    }
  }
}

// ---- on disk -------------------------------------------------------------------------------------

export interface CorpusInfo {
  version: number;
  seed: string;
  articles: number;
  /** UTF-8 bytes of the article texts (what throughput is measured over). */
  textBytes: number;
  jsonlBytes: number;
  dir: string;
  files: string;
  jsonl: string;
  madeInMs: number;
}

export function corpusPaths(count: number): { dir: string; files: string; jsonl: string; info: string } {
  const dir = path.join(CORPUS_DIR, String(count));
  return { dir, files: path.join(dir, 'files'), jsonl: path.join(dir, 'articles.jsonl'), info: path.join(dir, 'corpus.json') };
}

async function readInfo(file: string): Promise<CorpusInfo | undefined> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as CorpusInfo;
  } catch {
    return undefined;
  }
}

/** The corpus of `count` articles on disk, made unless one with the same seed and version is there. */
export async function ensureCorpus(
  count: number,
  options: { seed?: string; force?: boolean; onArticle?: (done: number) => void } = {},
): Promise<CorpusInfo> {
  const seed = options.seed ?? DEFAULT_SEED;
  const paths = corpusPaths(count);
  const known = await readInfo(paths.info);
  if (!options.force && known && known.version === CORPUS_VERSION && known.seed === seed && known.articles === count) return known;
  const started = Date.now();
  await fs.rm(paths.dir, { recursive: true, force: true });
  await fs.mkdir(paths.files, { recursive: true });
  const jsonl = createWriteStream(paths.jsonl);
  let textBytes = 0;
  let jsonlBytes = 0;
  let done = 0;
  let folder = '';
  for await (const article of makeArticles(count, seed)) {
    const shard = path.join(paths.files, String(Math.floor(done / FILES_PER_FOLDER)).padStart(3, '0'));
    if (shard !== folder) await fs.mkdir((folder = shard), { recursive: true });
    await fs.writeFile(path.join(shard, `${article.id}.txt`), article.text);
    const line = JSON.stringify({ id: article.id, text: article.text }) + '\n';
    if (!jsonl.write(line)) await new Promise<void>((resolve) => jsonl.once('drain', () => resolve()));
    textBytes += Buffer.byteLength(article.text);
    jsonlBytes += Buffer.byteLength(line);
    options.onArticle?.(++done);
  }
  await new Promise<void>((resolve, reject) => jsonl.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const info: CorpusInfo = { version: CORPUS_VERSION, seed, articles: count, textBytes, jsonlBytes, dir: paths.dir, files: paths.files, jsonl: paths.jsonl, madeInMs: Date.now() - started };
  await fs.writeFile(paths.info, JSON.stringify(info, null, 2) + '\n');
  return info;
}

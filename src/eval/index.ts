// Measuring extraction against hand-made gold annotations: precision, recall and F1 per entity type
// and per relation type, computed on the built graph, article by article. The sets: the seeds
// (tests/gold), the synthetic development and held-out sets, and the real corpus (tests/real), whose
// texts are third-party pages kept out of git: they are scored when present and named when not.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { GovGraph } from '../graph';
import { build } from '../pipeline';
import { projectKey } from '../resolve/aliases';
import { PARTICIPATION_RULES } from '../extract/relations/participation';

export interface GoldFile {
  doc: string;
  /** Real corpus only: which part of it (dev is tuned on, test is not) and where the text came from. */
  split?: 'dev' | 'test';
  source?: { language?: string; sha256?: string; url?: string; query?: string };
  towns?: Array<{ name: string; district?: string }>;
  officials?: Array<{ name: string; positions?: Array<{ title: string; place: string }> }>;
  persons?: Array<{ name: string; role?: string }>;
  districts?: Array<{ name: string; city?: string; code?: string | null }>;
  cities?: Array<{ name: string; code?: string }>;
  provinces?: Array<{ name: string; code?: string }>;
  projects?: Array<{ name: string; district?: string; aliases?: string[] }>;
  companies?: Array<{ name: string; aliases?: string[] }>;
  institutions?: Array<{ name: string; aliases?: string[] }>;
  relations?: Array<{ type: string; from: string; to: string; title?: string; role?: string }>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalResult {
  entities: Record<string, Score>;
  /** Every entity type together (micro-averaged). */
  entitiesOverall: Score;
  relations: Record<string, Score>;
  relationsOverall: Score;
  /** Per document: what was missed and what was extra, for reading. */
  details: Array<{ doc: string; missed: string[]; extra: string[] }>;
}

// Entity kinds as gold names them, and the graph label they correspond to.
const KINDS: Array<[keyof GoldFile, string]> = [
  ['officials', 'Official'],
  ['persons', 'Person'],
  ['districts', 'District'],
  ['cities', 'City'],
  ['provinces', 'Province'],
  ['projects', 'Project'],
  ['companies', 'Company'],
  ['institutions', 'Institution'],
  // Towns are scored only where the gold annotates them (the real corpus).
  ['towns', 'Town'],
];

/** Names compare without spaces, brackets' width, or a trailing 项目/工程 (projects). */
export function nameKey(label: string, name: string): string {
  const plain = name.normalize('NFKC').replace(/\s+/g, '');
  return label === 'Project' ? projectKey(plain) : plain;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function add(counts: Record<string, Counts>, key: string, tp: number, fp: number, fn: number): void {
  const c = (counts[key] ??= { tp: 0, fp: 0, fn: 0 });
  c.tp += tp;
  c.fp += fp;
  c.fn += fn;
}

/** Entities the graph says the article mentions: label → set of name keys (name and aliases). */
function predictedEntities(graph: GovGraph, articleId: string): Map<string, Array<{ id: string; keys: Set<string> }>> {
  const out = new Map<string, Array<{ id: string; keys: Set<string> }>>();
  graph.forEachInEdge(articleId, (_, attrs, source) => {
    if (attrs.type !== 'MENTIONED_IN') return;
    const node = graph.getNodeAttributes(source);
    const keys = new Set([node.name, ...node.aliases].map((n) => nameKey(node.label, n)));
    const list = out.get(node.label) ?? [];
    list.push({ id: source, keys });
    out.set(node.label, list);
  });
  return out;
}

/** A relation as a comparable string; PARTNERS_WITH has no direction, so its endpoints are sorted. */
function relationKey(type: string, from: string, to: string, qualifier: string): string {
  const [a, b] = type === 'PARTNERS_WITH' && to < from ? [to, from] : [from, to];
  return `${type}|${a}|${b}|${qualifier}`;
}

/**
 * The qualifier that is part of a relation's identity: the title of a post, the role in a project.
 * Titles compare without a level character before an organ word (镇党委书记 = 党委书记,
 * 市人大常委会主任 = 人大常委会主任): annotators differ on whether the place keeps it.
 */
function qualifierOf(type: string, props: { title?: unknown; role?: unknown }): string {
  if (type === 'HOLDS_POSITION') return comparableTitle(String(props.title ?? ''));
  if (type === 'INVOLVED_IN') return String(props.role ?? '');
  return '';
}

// A level word before an organ (镇党委书记, 自治区党委常委) or a department (县财政局局长): annotators
// and rules differ on whether the title keeps it, so titles are compared without it.
// (乡村振兴局 starts with no level word.)
const LEVEL_BEFORE_ORGAN = /^(?:自治区|自治州|自治县|自治旗|街道|[省市区县镇州旗盟]|乡(?!村))(?=人大|政协|党委|党工委|纪委|监委|政府|人民政府|人民法院|人民检察院|法院|检察院|[\u4e00-\u9fff]{1,12}?(?:局|委员会|办公室|办)[\u4e00-\u9fff]{0,3}(?:长|主任|院长|书记)$)/;

// The long forms of organs, which annotators and rules may write either way.
const LONG_ORGANS: Array<[RegExp, string]> = [
  [/人民代表大会常务委员会/g, '人大常委会'],
  [/监察委员会|监察委/g, '监委'],
  [/中国人民政治协商会议/g, '政协'],
  // 宣传部长 is 宣传部部长 written short.
  [/部部长$/g, '部长'],
];

/** A title as the evaluation compares it: organs in their short forms, no level word before an organ. */
export function comparableTitle(title: string): string {
  let t = title;
  for (const [long, short] of LONG_ORGANS) t = t.replace(long, short);
  return t.replace(LEVEL_BEFORE_ORGAN, '');
}

/**
 * Relations stated by the article (their evidence cites it). Endpoints are named by the gold entity
 * they match (by name or alias), so a node named by another surface form still counts.
 */
function predictedRelations(graph: GovGraph, docId: string, goldName: (keys: string[]) => string | undefined, visitsAnnotated: boolean): Set<string> {
  const out = new Set<string>();
  const nameOf = (id: string) => {
    const node = graph.getNodeAttributes(id);
    const keys = [node.name, ...node.aliases].map(relKey);
    return goldName(keys) ?? keys[0]!;
  };
  graph.forEachEdge((_, attrs, source, target) => {
    if (attrs.type === 'MENTIONED_IN' || !attrs.evidence.some((e) => e.docId === docId)) return;
    // Gold annotates no towns as entities, so the towns' own place in the hierarchy is not scored.
    if (attrs.type === 'PART_OF' && graph.getNodeAttribute(source, 'label') === 'Town') return;
    // Sets annotated before visits counted as attendance (their guidelines: ceremonies only) are not
    // scored on what only a visit states.
    if (attrs.type === 'ATTENDED' && !visitsAnnotated && attrs.evidence.filter((e) => e.docId === docId).every((e) => VISIT_RULES.has(e.ruleId))) return;
    out.add(relationKey(attrs.type, nameOf(source), nameOf(target), qualifierOf(attrs.type, attrs)));
  });
  return out;
}

const VISIT_RULES = new Set([PARTICIPATION_RULES.visit.id, PARTICIPATION_RULES.site.id]);

/** Every gold file of a folder, with the article it annotates (in `articleDir`). */
async function readGold(goldDir: string, articleDir: string): Promise<Array<{ gold: GoldFile; article: string }>> {
  const files = (await fs.readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const out: Array<{ gold: GoldFile; article: string }> = [];
  for (const file of files) {
    const gold = JSON.parse(await fs.readFile(path.join(goldDir, file), 'utf8')) as GoldFile;
    out.push({ gold, article: path.join(articleDir, gold.doc) });
  }
  return out;
}

export async function evaluate(goldDir: string, articleDir: string): Promise<EvalResult> {
  return evaluateArticles(await readGold(goldDir, articleDir));
}

async function evaluateArticles(items: Array<{ gold: GoldFile; article: string }>): Promise<EvalResult> {
  const entityCounts: Record<string, Counts> = {};
  const relationCounts: Record<string, Counts> = {};
  const details: EvalResult['details'] = [];
  for (const { gold, article: articlePath } of items) {
    const result = await build([articlePath]);
    const report = result.reports[0];
    if (!report) throw new Error(`evaluate: ${gold.doc} could not be read`);
    const article = [...result.resolved.articles.values()][0]!;
    const predicted = predictedEntities(result.graph, `Article:${article.id}`);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const [kind, label] of KINDS) {
      if (kind === 'towns' && gold.towns === undefined) continue;
      const goldItems = (gold[kind] as Array<{ name: string; aliases?: string[] }> | undefined) ?? [];
      const goldKeys = goldItems.map((g) => new Set([g.name, ...(g.aliases ?? [])].map((n) => nameKey(label, n))));
      const preds = predicted.get(label) ?? [];
      const matchedPred = new Set<string>();
      let tp = 0;
      goldItems.forEach((g, i) => {
        const hit = preds.find((p) => !matchedPred.has(p.id) && [...goldKeys[i]!].some((k) => p.keys.has(k)));
        if (hit) {
          tp++;
          matchedPred.add(hit.id);
        } else missed.push(`${label} ${g.name}`);
      });
      // Several predicted nodes for one gold item (a duplicate) count as false positives.
      const fp = preds.filter((p) => !matchedPred.has(p.id));
      for (const p of fp) extra.push(`${label} ${result.graph.getNodeAttribute(p.id, 'name')}`);
      add(entityCounts, label, tp, fp.length, goldItems.length - tp);
    }
    // Every surface form of every gold entity → its gold name.
    const goldNames = new Map<string, string>();
    for (const [kind] of KINDS) {
      for (const g of (gold[kind] as Array<{ name: string; aliases?: string[] }> | undefined) ?? []) {
        for (const n of [g.name, ...(g.aliases ?? [])]) if (!goldNames.has(relKey(n))) goldNames.set(relKey(n), relKey(g.name));
      }
    }
    const goldName = (keys: string[]) => keys.map((k) => goldNames.get(k)).find((n) => n !== undefined);
    // The real corpus's guidelines annotate visits (调研/考察 X) as ATTENDED; the older sets' do not.
    const predRel = predictedRelations(result.graph, article.id, goldName, gold.source !== undefined);
    const goldRel = new Set((gold.relations ?? []).map((r) => relationKey(r.type, relKey(r.from), relKey(r.to), qualifierOf(r.type, r))));
    const types = new Set([...goldRel, ...predRel].map((k) => k.split('|')[0]!));
    for (const type of types) {
      const g = [...goldRel].filter((k) => k.startsWith(`${type}|`));
      const p = [...predRel].filter((k) => k.startsWith(`${type}|`));
      const tp = g.filter((k) => predRel.has(k)).length;
      for (const k of g) if (!predRel.has(k)) missed.push(k);
      for (const k of p) if (!goldRel.has(k)) extra.push(k);
      add(relationCounts, type, tp, p.length - tp, g.length - tp);
    }
    details.push({ doc: gold.doc, missed, extra });
  }
  const scored = (counts: Record<string, Counts>) => {
    const total = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
    return { each: Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, score(c.tp, c.fp, c.fn)])), overall: score(total.tp, total.fp, total.fn) };
  };
  const entities = scored(entityCounts);
  const relations = scored(relationCounts);
  return { entities: entities.each, entitiesOverall: entities.overall, relations: relations.each, relationsOverall: relations.overall, details };
}

// Relation endpoints may be any label; compare with whitespace removed and a trailing 项目/工程 dropped.
function relKey(name: string): string {
  return projectKey(name.normalize('NFKC').replace(/\s+/g, ''));
}

// ---- the named sets -------------------------------------------------------------------------------

export type EvalSetName = 'seeds' | 'dev' | 'heldout' | 'real';
export const EVAL_SETS: readonly EvalSetName[] = ['seeds', 'dev', 'heldout', 'real'];

const ROOT = path.resolve(__dirname, '..', '..');
export const REAL_DIR = path.join(ROOT, 'tests', 'real');

const SET_DIRS: Record<EvalSetName, { gold: string; articles: string }> = {
  seeds: { gold: path.join(ROOT, 'tests', 'gold'), articles: path.join(ROOT, 'seeds') },
  dev: { gold: path.join(ROOT, 'tests', 'dev', 'gold'), articles: path.join(ROOT, 'tests', 'dev', 'articles') },
  heldout: { gold: path.join(ROOT, 'tests', 'heldout', 'gold'), articles: path.join(ROOT, 'tests', 'heldout', 'articles') },
  real: { gold: path.join(REAL_DIR, 'gold'), articles: path.join(REAL_DIR, 'articles') },
};

export interface SetOptions {
  /** Real corpus: the part scored (default dev: the part rules are tuned on). */
  split?: 'dev' | 'test' | 'all';
  /** Real corpus: the language scored (default zh; English is read by rules still to come). */
  lang?: 'zh' | 'en';
}

export interface SetResult extends EvalResult {
  /** Real corpus: gold files whose text is not here, or not the text annotated (its SHA-256 differs). */
  missing: string[];
  differ: string[];
}

/** A named set's score; the real corpus's texts are checked against the SHA-256 its gold records. */
export async function evaluateSet(name: EvalSetName, options: SetOptions = {}): Promise<SetResult> {
  const dirs = SET_DIRS[name];
  let items = await readGold(dirs.gold, dirs.articles);
  const missing: string[] = [];
  const differ: string[] = [];
  if (name === 'real') {
    const split = options.split ?? 'dev';
    const lang = options.lang ?? 'zh';
    items = items.filter(({ gold }) => (split === 'all' || gold.split === split) && (gold.source?.language ?? 'zh') === lang);
    const present: typeof items = [];
    for (const item of items) {
      const text = await fs.readFile(item.article, 'utf8').catch(() => undefined);
      const id = item.gold.doc.replace(/\.txt$/, '');
      if (text === undefined) missing.push(id);
      else if (item.gold.source?.sha256 && createHash('sha256').update(text, 'utf8').digest('hex') !== item.gold.source.sha256) differ.push(id);
      else present.push(item);
    }
    items = present;
  }
  return { ...(await evaluateArticles(items)), missing, differ };
}

// Measuring extraction against hand-made gold annotations (tests/gold/*.json): precision, recall
// and F1 per entity type and per relation type, computed on the built graph, article by article.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { GovGraph } from '../graph';
import { build } from '../pipeline';
import { projectKey } from '../resolve/aliases';

export interface GoldFile {
  doc: string;
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

function relationKey(type: string, from: string, to: string, qualifier: string): string {
  return `${type}|${from}|${to}|${qualifier}`;
}

/** Relations stated by the article (their evidence cites it), keyed by endpoint names. */
function predictedRelations(graph: GovGraph, docId: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  graph.forEachEdge((_, attrs, source, target) => {
    if (attrs.type === 'MENTIONED_IN' || !attrs.evidence.some((e) => e.docId === docId)) return;
    const a = graph.getNodeAttributes(source);
    const b = graph.getNodeAttributes(target);
    const qualifier = attrs.type === 'HOLDS_POSITION' ? String(attrs.title ?? '') : '';
    const set = out.get(attrs.type) ?? new Set<string>();
    set.add(relationKey(attrs.type, nameKey(a.label, a.name), nameKey(b.label, b.name), qualifier));
    // Undirected partnerships match either way round.
    if (attrs.type === 'PARTNERS_WITH') set.add(relationKey(attrs.type, nameKey(b.label, b.name), nameKey(a.label, a.name), qualifier));
    out.set(attrs.type, set);
  });
  return out;
}

export async function evaluate(goldDir: string, seedDir: string): Promise<EvalResult> {
  const files = (await fs.readdir(goldDir)).filter((f) => f.endsWith('.json')).sort();
  const entityCounts: Record<string, Counts> = {};
  const relationCounts: Record<string, Counts> = {};
  const details: EvalResult['details'] = [];
  for (const file of files) {
    const gold = JSON.parse(await fs.readFile(path.join(goldDir, file), 'utf8')) as GoldFile;
    const result = await build([path.join(seedDir, gold.doc)]);
    const report = result.reports[0];
    if (!report) throw new Error(`evaluate: ${gold.doc} could not be read`);
    const article = [...result.resolved.articles.values()][0]!;
    const predicted = predictedEntities(result.graph, `Article:${article.id}`);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const [kind, label] of KINDS) {
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
    const predRel = predictedRelations(result.graph, article.id);
    const goldByType = new Map<string, Set<string>>();
    for (const r of gold.relations ?? []) {
      const qualifier = r.type === 'HOLDS_POSITION' ? (r.title ?? '') : '';
      const set = goldByType.get(r.type) ?? new Set<string>();
      // Endpoint names compare like entity names; a project endpoint drops its trailing 项目.
      set.add(relationKey(r.type, relKey(r.from), relKey(r.to), qualifier));
      goldByType.set(r.type, set);
    }
    const types = new Set([...goldByType.keys(), ...predRel.keys()]);
    for (const type of types) {
      const g = goldByType.get(type) ?? new Set<string>();
      const p = new Set([...(predRel.get(type) ?? [])].map(normalizeRelKey));
      let tp = 0;
      for (const k of g) {
        if (p.has(normalizeRelKey(k))) tp++;
        else missed.push(k);
      }
      const predCount = type === 'PARTNERS_WITH' ? p.size / 2 : p.size;
      const fp = Math.max(0, predCount - tp);
      for (const k of p) if (![...g].some((x) => normalizeRelKey(x) === k) && type !== 'PARTNERS_WITH') extra.push(k);
      add(relationCounts, type, tp, fp, g.size - tp);
    }
    details.push({ doc: gold.doc, missed, extra });
  }
  const entities: Record<string, Score> = {};
  for (const [k, c] of Object.entries(entityCounts)) entities[k] = score(c.tp, c.fp, c.fn);
  const relations: Record<string, Score> = {};
  let all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const [k, c] of Object.entries(relationCounts)) {
    relations[k] = score(c.tp, c.fp, c.fn);
    all = { tp: all.tp + c.tp, fp: all.fp + c.fp, fn: all.fn + c.fn };
  }
  return { entities, relations, relationsOverall: score(all.tp, all.fp, all.fn), details };
}

// Relation endpoints may be any label; compare with whitespace removed and a trailing 项目/工程 dropped.
function relKey(name: string): string {
  return projectKey(name.normalize('NFKC').replace(/\s+/g, ''));
}

function normalizeRelKey(key: string): string {
  const [type, from, to, qualifier] = key.split('|');
  return `${type}|${relKey(from ?? '')}|${relKey(to ?? '')}|${qualifier ?? ''}`;
}

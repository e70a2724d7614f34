// Helpers for the summarize tests: reading a summary's Markdown back (statements, citations,
// sources), the seeds' original texts, and small hand-made graphs.
import Graph from 'graphology';
import type { EdgeAttributes, GovGraph, GraphAttributes, NodeAttributes } from '../../src/graph';
import { readInputs } from '../../src/ingest';
import { unescapeMarkdown } from '../../src/summarize';
import type { Evidence } from '../../src/types';

export interface QuotedSource {
  n: number;
  articleId: string;
  start: number;
  end: number;
  /** The quoted sentence as a reader sees it (Markdown escapes removed). */
  sentence: string;
}

export interface ReadSummary {
  /** Lines before the sources heading. */
  body: string[];
  /** Every citation number in the body, in order. */
  citations: number[];
  sources: Map<number, QuotedSource>;
}

// 1. 《title》，2020年9月13日，site（Article:…，位置194–293，规则 …）：“sentence”
const ZH_SOURCE = /^(\d+)\. .*（(Article:[0-9a-f]{16})，位置(\d+)–(\d+)，规则 [^）]+）：“(.*)”$/;
// 1. “title”, 13 September 2020, site (Article:…, offsets 194–293, rule …): “sentence”
const EN_SOURCE = /^(\d+)\. .* \((Article:[0-9a-f]{16}), offsets (\d+)–(\d+), rules? [^)]+\): “(.*)”$/;
// [12] but not \[12\] (an escaped bracket in a name).
const CITATION = /(?<!\\)\[(\d+)\]/g;

export function readSummary(markdown: string): ReadSummary {
  const lines = markdown.split('\n');
  const at = lines.findIndex((line) => line === '## Sources' || line === '## 来源');
  if (at < 0) throw new Error(`no sources heading in:\n${markdown}`);
  const body = lines.slice(0, at);
  const citations = body.flatMap((line) => [...line.matchAll(CITATION)].map((m) => Number(m[1])));
  const sources = new Map<number, QuotedSource>();
  for (const line of lines.slice(at + 1).filter((l) => l.trim())) {
    const m = ZH_SOURCE.exec(line) ?? EN_SOURCE.exec(line);
    if (!m) throw new Error(`unreadable source line: ${line}`);
    sources.set(Number(m[1]), { n: Number(m[1]), articleId: m[2]!, start: Number(m[3]), end: Number(m[4]), sentence: unescapeMarkdown(m[5]!) });
  }
  return { body, citations, sources };
}

/** Citation numbers in one line. */
export function citationsIn(line: string): number[] {
  return [...line.matchAll(CITATION)].map((m) => Number(m[1]));
}

/** `Article:<id>` → the article's original text (RawDocument.text), read with the project's ingest. */
export async function originalTexts(paths: string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for await (const result of readInputs(paths)) if (result.ok) texts.set(`Article:${result.doc.id}`, result.doc.text);
  return texts;
}

/** A graph made by hand: nodes as [id, attributes], edges as [source, target, attributes]. */
export function handMadeGraph(
  nodes: Array<[string, Partial<NodeAttributes> & Pick<NodeAttributes, 'label' | 'name'>]>,
  edges: Array<[string, string, Partial<EdgeAttributes> & Pick<EdgeAttributes, 'type'>]>,
): GovGraph {
  const graph: GovGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const [id, attrs] of nodes) graph.addNode(id, { aliases: [], ...attrs });
  for (const [source, target, attrs] of edges) {
    graph.addDirectedEdgeWithKey(`${attrs.type}|${source}|${target}|${attrs.title ?? attrs.role ?? ''}`, source, target, { ...attrs, evidence: attrs.evidence ?? [] });
  }
  return graph;
}

/** Evidence quoting `sentence` as it sits in `text` of article `docId`. */
export function evidenceIn(docId: string, text: string, sentence: string, ruleId = 'test.rule'): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in the text`);
  return { docId, sentence, start, end: start + sentence.length, ruleId };
}

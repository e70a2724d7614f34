// Numbered citations: each evidence sentence gets a number the first time a statement cites it, and
// the same sentence keeps its number (several rules on one sentence share one source entry).
import type { GovGraph } from '../graph';
import type { Evidence } from '../types';
import { articleOf, sortEvidence } from './read';
import type { Source } from './types';

export class Citations {
  private readonly byKey = new Map<string, Source>();
  readonly sources: Source[] = [];

  constructor(private readonly graph: GovGraph) {}

  /** "[1][2]" for the evidence, numbering new sentences in reading order; '' when there is none. */
  cite(evidence: Evidence[]): string {
    const numbers = new Set(sortEvidence(this.graph, evidence).map((e) => this.number(e)));
    return [...numbers]
      .sort((a, b) => a - b)
      .map((n) => `[${n}]`)
      .join('');
  }

  private number(e: Evidence): number {
    const key = `${e.docId}:${e.start}:${e.end}`;
    const known = this.byKey.get(key);
    if (known) {
      if (!known.rules.includes(e.ruleId)) known.rules.push(e.ruleId);
      return known.n;
    }
    const article = articleOf(this.graph, e.docId);
    const source: Source = {
      n: this.sources.length + 1,
      docId: e.docId,
      articleId: article.id,
      title: article.title,
      date: article.date?.value ?? null,
      datePrecision: article.date?.precision ?? 'unknown',
      ...(article.site ? { site: article.site } : {}),
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      rules: [e.ruleId],
    };
    this.byKey.set(key, source);
    this.sources.push(source);
    return source.n;
  }
}

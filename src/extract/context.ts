// The working state of extraction over one document: the mentions found so far by earlier
// extractors, and helpers every rule needs (sentence lookup, damaged spans, evidence).
import type { Document, Evidence, Mention, RelationMention, Span } from '../types';
import { quoteOriginal } from './quote';

export interface Rule {
  /** Stable id recorded on every fact the rule produces: `official.title-before-name`. */
  id: string;
  /** One line on what the rule recognises. */
  description: string;
  /** A sentence the rule fires on (tests run every example). */
  example: string;
}

export class ExtractContext {
  readonly text: string;
  readonly mentions: Mention[] = [];
  readonly relations: RelationMention[] = [];
  /** Sentence index of each character (built once). */
  private readonly sentenceOf: Int32Array;
  private readonly damagedMask: Uint8Array;

  constructor(readonly doc: Document) {
    this.text = doc.text;
    this.sentenceOf = new Int32Array(doc.text.length + 1).fill(-1);
    for (const s of doc.sentences) this.sentenceOf.fill(s.index, s.start, s.end);
    this.damagedMask = new Uint8Array(doc.text.length + 1);
    for (const d of doc.damaged) this.damagedMask.fill(1, d.start, d.end);
  }

  /** True if any character of the span is damaged: no entity is taken from there. */
  isDamaged(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) if (this.damagedMask[i]) return true;
    return false;
  }

  sentenceIndexAt(pos: number): number {
    return this.sentenceOf[pos] ?? -1;
  }

  sentenceSpanAt(pos: number): Span {
    const s = this.doc.sentences[this.sentenceIndexAt(pos)];
    return s ? { start: s.start, end: s.end } : { start: pos, end: pos };
  }

  /** Evidence for a fact stated around `span`: the enclosing sentence, quoted from the original text. */
  evidence(span: Span, ruleId: string): Evidence {
    const sentence = this.sentenceSpanAt(span.start);
    const last = this.sentenceSpanAt(Math.max(span.start, span.end - 1));
    const normStart = Math.min(sentence.start, span.start);
    const normEnd = Math.max(last.end, span.end);
    const start = this.doc.offsets[normStart] ?? 0;
    const end = normEnd > normStart ? (this.doc.offsets[normEnd - 1] ?? start) + 1 : start;
    return { docId: this.doc.id, sentence: quoteOriginal(this.doc, start, end), start, end, ruleId };
  }

  add(mention: Mention): Mention {
    this.mentions.push(mention);
    return mention;
  }

  relate(relation: RelationMention): void {
    this.relations.push(relation);
  }

  byLabel(...labels: Mention['label'][]): Mention[] {
    return this.mentions.filter((m) => labels.includes(m.label));
  }

  /** The mention of one of `labels` that covers position `pos`, if any. */
  covering(pos: number, ...labels: Mention['label'][]): Mention | undefined {
    return this.mentions.find((m) => labels.includes(m.label) && m.span.start <= pos && pos < m.span.end);
  }
}

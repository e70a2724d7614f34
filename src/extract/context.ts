// The working state of extraction over one document: the mentions the earlier steps kept, and
// helpers every rule needs (sentence lookup, damaged spans, evidence). Components read it and
// return what they found; only extract() changes it (see extract/index.ts).
import { isPlaceMention, type Document, type Evidence, type Mention, type MentionLabel, type MentionWith, type RelationMention, type Span } from '../types';
import { quoteOriginal } from '../normalize/quote';
import { lookupVisits } from './lookups';
import { SpanIndex } from './positions';
import { ScopeIndex } from './scope';

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
  private current: readonly Mention[] = [];
  private readonly found: RelationMention[] = [];
  private scopeIndex: ScopeIndex | undefined;
  private readonly labelCache = new Map<string, readonly Mention[]>();
  private readonly positionCache = new Map<string, SpanIndex<Mention>>();
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

  /** The mentions kept so far, in the order the steps produced them. */
  get mentions(): readonly Mention[] {
    return this.current;
  }

  get relations(): readonly RelationMention[] {
    return this.found;
  }

  /**
   * Which district, city and province each passage is about, read from the places kept once the
   * overlap filter has run (the first component to ask builds it).
   */
  get scope(): ScopeIndex {
    this.scopeIndex ??= new ScopeIndex(this);
    return this.scopeIndex;
  }

  /** extract() only: a component's mentions join the kept ones. */
  addMentions(mentions: readonly Mention[]): void {
    this.current = [...this.current, ...mentions];
    this.clearCaches();
    // The scope is read from the places: new ones make it stale.
    if (mentions.some(isPlaceMention)) this.scopeIndex = undefined;
  }

  /** extract() only: a filter's verdict replaces the kept mentions. */
  replaceMentions(mentions: readonly Mention[]): void {
    this.current = mentions;
    this.clearCaches();
    this.scopeIndex = undefined;
  }

  private clearCaches(): void {
    this.labelCache.clear();
    this.positionCache.clear();
  }

  /** extract() only. */
  addRelations(relations: readonly RelationMention[]): void {
    this.found.push(...relations);
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

  /** The kept mentions of these labels, in text order; computed once until the kept mentions change. */
  byLabel<L extends MentionLabel>(...labels: L[]): ReadonlyArray<MentionWith<L>> {
    const key = labels.join();
    let found = this.labelCache.get(key);
    if (!found) this.labelCache.set(key, (found = this.current.filter((m) => (labels as MentionLabel[]).includes(m.label))));
    return found as ReadonlyArray<MentionWith<L>>;
  }

  /**
   * byLabel(labels) indexed by where each mention starts and ends, for look-ups by position (which
   * start here, which end in this range) that do not scan every mention; built once like byLabel.
   */
  positions<L extends MentionLabel>(...labels: L[]): SpanIndex<MentionWith<L>> {
    const key = labels.join();
    let index = this.positionCache.get(key);
    if (!index) this.positionCache.set(key, (index = new SpanIndex<Mention>(this.byLabel(...labels))));
    return index as unknown as SpanIndex<MentionWith<L>>;
  }
}

/** What a component found in one document. */
export interface Findings {
  mentions: Mention[];
  relations: RelationMention[];
}

/**
 * One extractor: it reads the mentions of the labels it names (kept by earlier steps), and returns
 * mentions and relations of the kinds it declares; it changes nothing it did not make.
 */
export interface Component {
  readonly kind: 'component';
  readonly name: string;
  readonly reads: readonly MentionLabel[];
  readonly produces: { readonly labels: readonly MentionLabel[]; readonly relations: readonly RelationMention['type'][] };
  readonly rules: readonly Rule[];
  run(ctx: ExtractContext): Findings;
}

/** A named policy that settles overlaps between what components found: it keeps some mentions and drops others. */
export interface Filter {
  readonly kind: 'filter';
  readonly name: string;
  readonly description: string;
  run(mentions: readonly Mention[], ctx: ExtractContext): Mention[];
}

export type Step = Component | Filter;

/** A component's mentions and relations as it builds them up. */
export class FindingsBuilder implements Findings {
  readonly mentions: Mention[] = [];
  readonly relations: RelationMention[] = [];
  /**
   * For each set of labels covering() was asked about: the first mention added over each position,
   * kept up to date by add(), so a look-up does not scan every mention found so far.
   */
  private readonly coverage = new Map<string, { labels: readonly MentionLabel[]; at: Map<number, Mention> }>();

  add<M extends Mention>(mention: M): M {
    this.mentions.push(mention);
    for (const cover of this.coverage.values()) if (cover.labels.length === 0 || cover.labels.includes(mention.label)) coverPositions(cover.at, mention);
    return mention;
  }

  relate(relation: RelationMention): void {
    this.relations.push(relation);
  }

  /** The mention found so far that covers position `pos` (of one of `labels`, when given), if any. */
  covering(pos: number, ...labels: MentionLabel[]): Mention | undefined {
    const key = labels.join();
    let cover = this.coverage.get(key);
    if (!cover) {
      this.coverage.set(key, (cover = { labels, at: new Map() }));
      for (const m of this.mentions) if (labels.length === 0 || labels.includes(m.label)) coverPositions(cover.at, m);
    }
    lookupVisits.count++;
    return cover.at.get(pos);
  }
}

/** Marks the positions `mention` covers that no earlier mention does. */
function coverPositions(at: Map<number, Mention>, mention: Mention): void {
  for (let i = mention.span.start; i < mention.span.end; i++) if (!at.has(i)) at.set(i, mention);
}

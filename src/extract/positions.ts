// Where mentions start and end, indexed once per document: which mentions start or end at a
// position or in a range, by binary search over sorted offsets, instead of a scan of every mention
// for every look-up (which made a long text's extraction time grow with its square).
import type { Span } from '../types';
import { lookupVisits } from './lookups';

/** Item numbers sorted by one offset (ties in list order), with that offset beside each. */
interface Sorted {
  offsets: Int32Array;
  items: Int32Array;
}

function sortBy<T>(list: readonly T[], offset: (item: T) => number): Sorted {
  const items = Int32Array.from(list.keys()).sort((a, b) => offset(list[a]!) - offset(list[b]!) || a - b);
  return { offsets: Int32Array.from(items, (i) => offset(list[i]!)), items };
}

/** In ascending `values`, the first index whose value is at least `value` (the length if none is). */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Mentions (or anything with a span) by where they start and end. Every answer lists mentions in
 * the order of the list the index was made from, as a filter over that list would.
 */
export class SpanIndex<M extends { span: Span }> {
  private readonly starts: Sorted;
  private readonly ends: Sorted;
  /** The longest span's length: how far before a position a mention over it may start. */
  private readonly maxLength: number;
  /** For each place in end order, the largest list number up to it (made when first asked). */
  private lastByEnd: number[] | undefined;

  constructor(readonly list: readonly M[]) {
    this.starts = sortBy(list, (m) => m.span.start);
    this.ends = sortBy(list, (m) => m.span.end);
    this.maxLength = list.reduce((max, m) => Math.max(max, m.span.end - m.span.start), 0);
  }

  /** The mentions that start at `pos`. */
  startingAt(pos: number): M[] {
    return this.inRange(this.starts, pos, pos + 1);
  }

  /** The mentions that end at `pos`. */
  endingAt(pos: number): M[] {
    return this.inRange(this.ends, pos, pos + 1);
  }

  /** The mentions whose start is in [from, to). */
  startingIn(from: number, to: number): M[] {
    return this.inRange(this.starts, from, to);
  }

  /** The mentions whose end is in [from, to). */
  endingIn(from: number, to: number): M[] {
    return this.inRange(this.ends, from, to);
  }

  /** The mentions that lie inside one of `spans` (their start at or after its start, their end at or before its end). */
  withinAny(spans: readonly Span[]): M[] {
    const picked = new Set<number>();
    for (const span of spans) {
      for (const i of this.itemsInRange(this.starts, span.start, span.end + 1)) if (this.list[i]!.span.end <= span.end) picked.add(i);
    }
    return [...picked].sort((a, b) => a - b).map((i) => this.list[i]!);
  }

  /** Of the mentions that end at or before `pos`, the last in list order. */
  lastEndingBy(pos: number): M | undefined {
    if (!this.lastByEnd) {
      this.lastByEnd = [];
      let last = -1;
      for (const item of this.ends.items) this.lastByEnd.push((last = Math.max(last, item)));
    }
    lookupVisits.count++;
    const k = lowerBound(this.ends.offsets, pos + 1) - 1;
    return k >= 0 ? this.list[this.lastByEnd[k]!] : undefined;
  }

  /** The mentions that overlap `span` (a.start < b.end && b.start < a.end). */
  overlapping(span: Span): M[] {
    return this.inRange(this.starts, span.start - this.maxLength + 1, span.end).filter((m) => span.start < m.span.end && m.span.start < span.end);
  }

  /** The mentions `span` lies inside (their start at or before its start, their end at or after its end). */
  containing(span: Span): M[] {
    return this.inRange(this.starts, span.end - this.maxLength, span.start + 1).filter((m) => span.end <= m.span.end);
  }

  /**
   * The mention that starts last at or before `pos` and is accepted, walking back no further than
   * `floor`; of several starting there, the first in list order.
   */
  lastStartingBefore(pos: number, floor: number, accept: (m: M) => boolean): M | undefined {
    return this.lastBefore(this.starts, pos, floor, accept);
  }

  /** As lastStartingBefore, by where mentions end. */
  lastEndingBefore(pos: number, floor: number, accept: (m: M) => boolean): M | undefined {
    return this.lastBefore(this.ends, pos, floor, accept);
  }

  private lastBefore({ offsets, items }: Sorted, pos: number, floor: number, accept: (m: M) => boolean): M | undefined {
    let found: number | undefined;
    for (let k = lowerBound(offsets, pos + 1) - 1; k >= 0 && offsets[k]! >= floor; k--) {
      lookupVisits.count++;
      if (found !== undefined && offsets[k]! < offsets[found]!) break;
      if (accept(this.list[items[k]!]!)) found = k;
    }
    return found === undefined ? undefined : this.list[items[found]!];
  }

  private inRange(sorted: Sorted, from: number, to: number): M[] {
    const picked = this.itemsInRange(sorted, from, to);
    if (picked.length > 1) picked.sort((a, b) => a - b);
    return picked.map((i) => this.list[i]!);
  }

  /** The list numbers of the mentions whose offset is in [from, to), in offset order. */
  private itemsInRange({ offsets, items }: Sorted, from: number, to: number): number[] {
    const picked: number[] = [];
    for (let k = lowerBound(offsets, from); k < offsets.length && offsets[k]! < to; k++) picked.push(items[k]!);
    lookupVisits.count += picked.length + 1;
    return picked;
  }
}

/**
 * Spans that do not overlap one another, claimed one at a time over a text (the projects kept so
 * far): whether a span overlaps a claimed one costs that span's length, not the number claimed.
 * Overlap as a.start < b.end && b.start < a.end, empty spans included.
 */
export class DisjointSpans {
  /** For each character, 1 + the number of the claim that covers it; 0 when none does. */
  private readonly owner: Int32Array;
  /** Claimed empty spans: they cover no character (there are none in practice). */
  private readonly empty: Span[] = [];
  private claims = 0;

  constructor(textLength: number) {
    this.owner = new Int32Array(textLength + 1);
  }

  overlaps(span: Span): boolean {
    lookupVisits.count += span.end - span.start + this.empty.length + 1;
    if (span.start === span.end) {
      // Empty: inside a claim that covers the characters on both sides.
      const before = this.owner[span.start - 1] ?? 0;
      return before !== 0 && before === this.owner[span.start];
    }
    for (let i = span.start; i < span.end; i++) if (this.owner[i] !== 0) return true;
    return this.empty.some((e) => span.start < e.start && e.start < span.end);
  }

  claim(span: Span): void {
    if (span.start === span.end) this.empty.push(span);
    else this.owner.fill(++this.claims, span.start, span.end);
  }
}

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

  constructor(readonly list: readonly M[]) {
    this.starts = sortBy(list, (m) => m.span.start);
    this.ends = sortBy(list, (m) => m.span.end);
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

  /**
   * The mention that starts last at or before `pos` and is accepted, walking back no further than
   * `floor`; of several starting there, the first in list order.
   */
  lastStartingBefore(pos: number, floor: number, accept: (m: M) => boolean): M | undefined {
    const { offsets, items } = this.starts;
    let found: number | undefined;
    for (let k = lowerBound(offsets, pos + 1) - 1; k >= 0 && offsets[k]! >= floor; k--) {
      lookupVisits.count++;
      if (found !== undefined && offsets[k]! < this.list[found]!.span.start) break;
      if (accept(this.list[items[k]!]!)) found = items[k]!;
    }
    return found === undefined ? undefined : this.list[found];
  }

  private inRange({ offsets, items }: Sorted, from: number, to: number): M[] {
    const picked: number[] = [];
    for (let k = lowerBound(offsets, from); k < offsets.length && offsets[k]! < to; k++) picked.push(items[k]!);
    lookupVisits.count += picked.length + 1;
    if (picked.length > 1) picked.sort((a, b) => a - b);
    return picked.map((i) => this.list[i]!);
  }
}

// The position indexes answer exactly what a scan of the list would, in the list's order: random
// spans (ties, nesting, empty spans included), each look-up against the filter it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSpans, SpanIndex } from '../../src/extract/positions';
import type { Span } from '../../src/types';

interface Item {
  id: number;
  span: Span;
}

const spanArb = fc.tuple(fc.nat(40), fc.nat(8)).map(([start, length]) => ({ start, end: start + length }));
const itemsArb = fc.array(spanArb, { maxLength: 30 }).map((spans) => spans.map((span, id) => ({ id, span })));
const ids = (items: readonly Item[] | Item | undefined) => (items === undefined ? undefined : Array.isArray(items) ? items.map((m) => m.id) : (items as Item).id);

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// [look-up, what the index answers, what a scan of the list answers]
const LOOKUPS: Array<[string, (index: SpanIndex<Item>, q: Span) => unknown, (list: Item[], q: Span) => unknown]> = [
  ['startingAt', (x, q) => ids(x.startingAt(q.start)), (l, q) => ids(l.filter((m) => m.span.start === q.start))],
  ['endingAt', (x, q) => ids(x.endingAt(q.end)), (l, q) => ids(l.filter((m) => m.span.end === q.end))],
  ['startingIn', (x, q) => ids(x.startingIn(q.start, q.end)), (l, q) => ids(l.filter((m) => q.start <= m.span.start && m.span.start < q.end))],
  ['endingIn', (x, q) => ids(x.endingIn(q.start, q.end)), (l, q) => ids(l.filter((m) => q.start <= m.span.end && m.span.end < q.end))],
  ['overlapping', (x, q) => ids(x.overlapping(q)), (l, q) => ids(l.filter((m) => overlap(m.span, q)))],
  ['containing', (x, q) => ids(x.containing(q)), (l, q) => ids(l.filter((m) => inside(q, m.span)))],
  ['withinAny', (x, q) => ids(x.withinAny([q, { start: q.end, end: q.end + 5 }])), (l, q) => ids(l.filter((m) => inside(m.span, q) || inside(m.span, { start: q.end, end: q.end + 5 })))],
  ['lastEndingBy', (x, q) => ids(x.lastEndingBy(q.start)), (l, q) => ids(l.filter((m) => m.span.end <= q.start).pop())],
  [
    // districtAt's question: the last to start in [floor, pos] that is accepted, the first listed of a tie.
    'lastStartingBefore',
    (x, q) => ids(x.lastStartingBefore(q.end, q.start, (m) => m.id % 3 !== 0)),
    (l, q) => {
      let best: Item | undefined;
      for (const m of l) if (m.span.start >= q.start && m.span.start <= q.end && m.id % 3 !== 0 && (!best || m.span.start > best.span.start)) best = m;
      return ids(best);
    },
  ],
  [
    'lastEndingBefore',
    (x, q) => ids(x.lastEndingBefore(q.end, q.start, (m) => m.id % 2 === 0)),
    (l, q) => {
      let best: Item | undefined;
      for (const m of l) if (m.span.end >= q.start && m.span.end <= q.end && m.id % 2 === 0 && (!best || m.span.end > best.span.end)) best = m;
      return ids(best);
    },
  ],
];

describe('SpanIndex answers as a scan of its list does', () => {
  it.each(LOOKUPS)('%s', (_, indexed, scanned) => {
    fc.assert(
      fc.property(itemsArb, spanArb, (items, q) => {
        expect(indexed(new SpanIndex(items), q)).toEqual(scanned(items, q));
      }),
      { numRuns: 300 },
    );
  });
});

describe('DisjointSpans', () => {
  it('says a span overlaps a claimed one exactly when a scan of the claimed ones does', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 30 }), (spans) => {
        const claimed = new DisjointSpans(60);
        const kept: Span[] = [];
        // Claimed the way the overlap filter keeps projects: each only if it overlaps none kept.
        for (const span of spans) {
          const scanned = kept.some((k) => overlap(k, span));
          expect(claimed.overlaps(span)).toBe(scanned);
          if (!scanned) {
            kept.push(span);
            claimed.claim(span);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Character classes the rules share. Chinese has no spaces, so boundaries are punctuation,
// line ends and a few function characters.
import type { Span } from '../types';

/** A CJK unified ideograph (BMP blocks; names and places never use the rarer planes here). */
export { isCjkIdeograph as isCjk } from '../normalize/charsets';

/** Punctuation, spaces and line ends: where a name may end. */
export function isBoundary(ch: string): boolean {
  return ch === '' || /[\s，。、；：？！,.;:?!“”‘’"'（）()《》【】\[\]—\-…·]/.test(ch);
}

// Where a clause ends: Chinese punctuation and line ends. The width pass has already made ASCII
// punctuation in Chinese text Chinese, so an ASCII one left ends a clause only before a non-digit
// (1,000 is one number).
const CLAUSE_ENDS = new Set(Array.from('，。；！？\n'));
const ASCII_CLAUSE_ENDS = new Set(Array.from(',;!?'));

function endsClause(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (CLAUSE_ENDS.has(ch)) return true;
  if (!ASCII_CLAUSE_ENDS.has(ch)) return false;
  const next = text.charCodeAt(i + 1);
  return !(next >= 48 && next <= 57);
}

/** The clause around a span (or a position): between the nearest clause ends on each side. */
export function clauseAround(text: string, at: Span | number): Span {
  let start = typeof at === 'number' ? at : at.start;
  let end = typeof at === 'number' ? at : at.end;
  while (start > 0 && !endsClause(text, start - 1)) start--;
  while (end < text.length && !endsClause(text, end)) end++;
  return { start, end };
}

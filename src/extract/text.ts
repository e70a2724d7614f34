// Character classes the rules share. Chinese has no spaces, so boundaries are punctuation,
// line ends and a few function characters.

/** A CJK unified ideograph (BMP blocks; names and places never use the rarer planes here). */
export { isCjkIdeograph as isCjk } from '../normalize/charsets';

/** Punctuation, spaces and line ends: where a name may end. */
export function isBoundary(ch: string): boolean {
  return ch === '' || /[\s，。、；：？！,.;:?!“”‘’"'（）()《》【】\[\]—\-…·]/.test(ch);
}

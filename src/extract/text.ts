// Character classes the rules share. Chinese has no spaces, so boundaries are punctuation,
// line ends and a few function characters.

/** A CJK unified ideograph (BMP blocks; names and places never use the rarer planes here). */
export function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Punctuation, spaces and line ends: where a name may end. */
export function isBoundary(ch: string): boolean {
  return ch === '' || /[\s，。、；：？！,.;:?!“”‘’"'（）()《》【】\[\]—\-…·]/.test(ch);
}

/** Index of the first boundary character at or after `from` (or `to`). */
export function nextBoundary(text: string, from: number, to = text.length): number {
  for (let i = from; i < to; i++) if (isBoundary(text.charAt(i))) return i;
  return to;
}

/** Index just after the last boundary character before `from` (or `to`). */
export function previousBoundary(text: string, from: number, to = 0): number {
  for (let i = from; i > to; i--) if (isBoundary(text.charAt(i - 1))) return i;
  return to;
}

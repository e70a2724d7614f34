// Damaged text: characters lost or garbled before the article reached us (a ? for a character the
// mirror could not encode, U+FFFD, private-use code points, mojibake). Marked, never guessed at;
// the extractors take no entity from inside a damaged span.
import type { Span } from '../types';
import { inGb2312, isCjkIdeograph, isCommonHanzi } from './charsets';
import { isLostCharacterMark } from './chars';

export interface DamagedSpan extends Span {
  reason: string;
}

interface DamageRule {
  id: string;
  reason: string;
  example: string;
  /** Start of each damaged character or run. */
  pattern: RegExp;
  /** A match only counts when this holds (the ? of 你去吗? is a question mark). */
  accept?: (text: string, index: number) => boolean;
}

export const DAMAGE_RULES: DamageRule[] = [
  { id: 'damage.lost-character', reason: '? in place of a character', example: '信息来源：济南日?', pattern: /\?+/g, accept: isLostCharacterMark },
  { id: 'damage.replacement-character', reason: 'U+FFFD (undecodable bytes)', example: '市中\uFFFD\uFFFD', pattern: /\uFFFD+/g },
  { id: 'damage.private-use', reason: 'private-use character', example: '勇\uE319姑', pattern: /[\uE000-\uF8FF]+|[\u{F0000}-\u{10FFFF}]+/gu },
  // UTF-8 read as Latin-1: 市 → å¸‚.
  { id: 'damage.latin1-mojibake', reason: 'UTF-8 bytes read as Latin-1', example: 'å¸‚ä¸­', pattern: /[\u0080-\u00ff]{3,}/g },
];

/** A character garbled text is made of: outside GB2312 once converted, kana or hangul. 茖 in ??茖W. */
function isRare(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (isCjkIdeograph(ch) && !inGb2312(ch)) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af);
}

/**
 * A character next to damage that belongs to it: a rare or uncommon one, or a lone Latin letter.
 * 燃?夤艿肋 (was 燃氣管道) → ?夤艿; 迈进??茖W合理 (was 迈进。科学合理) → ??茖W.
 */
function isSuspect(text: string, i: number): boolean {
  const ch = text.charAt(i);
  const c = ch.charCodeAt(0);
  if (isRare(ch) || (isCjkIdeograph(ch) && !isCommonHanzi(ch)) || (c >= 0x80 && c <= 0xff)) return true;
  return isLetter(c) && !isAlnum(text.charCodeAt(i - 1)) && !isAlnum(text.charCodeAt(i + 1));
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// charCodeAt outside the text is NaN: no letter, no digit.
const isAlnum = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x39);

// Mojibake with no marker at all (鍙戝竷鏃ユ湡): rare characters at most this far apart, this many.
const RARE_CLUSTER = { maxGap: 2, minSize: 2, reason: 'run of rare characters (mojibake)' };

function rareClusters(text: string): DamagedSpan[] {
  const spans: DamagedSpan[] = [];
  let first = -1;
  let last = -1;
  let size = 0;
  let ideographs = 0;
  const close = () => {
    if (size >= RARE_CLUSTER.minSize && ideographs > 0) spans.push({ start: first, end: last + 1, reason: RARE_CLUSTER.reason });
  };
  for (let i = 0; i < text.length; i++) {
    // Below kana nothing is rare.
    if (text.charCodeAt(i) < 0x3040 || !isRare(text.charAt(i))) continue;
    if (last < 0 || i - last > RARE_CLUSTER.maxGap) {
      close();
      first = i;
      size = 0;
      ideographs = 0;
    }
    last = i;
    size++;
    if (isCjkIdeograph(text.charAt(i))) ideographs++;
  }
  close();
  return spans;
}

/** Damaged spans of a normalized text, grown over suspect neighbours and merged across one character. */
export function findDamage(text: string): DamagedSpan[] {
  const found: DamagedSpan[] = [];
  for (const rule of DAMAGE_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      if (rule.accept && !rule.accept(text, m.index)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, reason: rule.reason });
    }
  }
  found.push(...rareClusters(text));
  for (const span of found) {
    // Growing steps over one ideograph when a suspect follows it: ?夤艿肋M入 → ?夤艿肋M.
    const grows = (i: number, step: number) => isSuspect(text, i) || (isCjkIdeograph(text.charAt(i)) && isSuspect(text, i + step));
    while (span.start > 0 && grows(span.start - 1, -1)) span.start--;
    while (span.end < text.length && grows(span.end, 1)) span.end++;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: DamagedSpan[] = [];
  for (const span of found) {
    const previous = merged[merged.length - 1];
    // 勇\uE319姑? is one damaged run: an ideograph between two damaged pieces is damaged too.
    const gap = previous ? text.slice(previous.end, span.start) : '';
    if (previous && span.start <= previous.end + 1 && (gap === '' || isCjkIdeograph(gap))) {
      previous.end = Math.max(previous.end, span.end);
      if (!previous.reason.split('; ').includes(span.reason)) previous.reason += `; ${span.reason}`;
    } else merged.push({ ...span });
  }
  return merged;
}

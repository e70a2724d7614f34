// Character classes the normalization passes share.
import { isCjkIdeograph } from './charsets';

/** Chinese text around a character: ideographs, CJK and full-width punctuation, Chinese quotes. */
export function isChineseContext(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  return (
    isCjkIdeograph(ch) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    '“”‘’…—·《》「」『』【】'.includes(ch)
  );
}

/** Spaces inside a line: ASCII, tab, no-break, ideographic and the typographic spaces. */
export function isInlineSpace(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  // Tested per character on every line: a code comparison, not a regex.
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** The index of the nearest character before (step -1) or after (step 1) `i` that is not an inline space, or -1. */
export function visibleIndex(text: string, i: number, step: 1 | -1): number {
  let j = i + step;
  while (j >= 0 && j < text.length && isInlineSpace(text.charAt(j))) j += step;
  return j >= 0 && j < text.length ? j : -1;
}

/** The nearest character before `i` that is not an inline space ('' at the start). */
export function previousVisible(text: string, i: number): string {
  const j = visibleIndex(text, i, -1);
  return j >= 0 ? text.charAt(j) : '';
}

/** The nearest character after `i` that is not an inline space ('' at the end). */
export function nextVisible(text: string, i: number): string {
  const j = visibleIndex(text, i, 1);
  return j >= 0 ? text.charAt(j) : '';
}

// Words that make a sentence a question: 吗, 什么, 怎么, 是否 ….
const QUESTION_WORDS = /吗|呢|什么|怎|为何|谁|哪|如何|否|难道|多少|几|何时|何处/;
const SENTENCE_END = /[。！？!\n]/;
// How far back a question word may be: a sentence's worth.
const QUESTION_REACH = 200;

/**
 * True when an ASCII ? in Chinese text stands for a character lost in conversion rather than
 * ending a question: a run of them (迈进??茖W), one inside a word or before a comma (日?报, 姑?,),
 * or one ending a sentence that asks nothing (信息来源:济南日?). 你去吗? is a question.
 */
export function isLostCharacterMark(text: string, i: number): boolean {
  if (text.charAt(i) !== '?') return false;
  let start = i;
  let end = i + 1;
  while (text.charAt(start - 1) === '?') start--;
  while (text.charAt(end) === '?') end++;
  // Visible neighbours, as the width pass sees them: a space after the ? says nothing about it.
  const before = previousVisible(text, start);
  const after = nextVisible(text, end - 1);
  if (!isChineseContext(before) && !isChineseContext(after)) return false;
  if (end - start > 1 || isCjkIdeograph(after) || /[A-Za-z0-9,，、;；:：]/.test(after)) return true;
  let sentenceStart = start;
  while (sentenceStart > Math.max(0, start - QUESTION_REACH) && !SENTENCE_END.test(text.charAt(sentenceStart - 1))) sentenceStart--;
  return !QUESTION_WORDS.test(text.slice(sentenceStart, start));
}

// Sentences: split at 。！？!? and at line ends. Closing quotes and brackets after the stop stay with
// the sentence (他说：“我们有信心。” is one sentence); a heading, being a line, is a sentence of its own.
import type { Sentence } from '../types';
import { isInlineSpace, isLostCharacterMark } from './chars';
import { linesOf } from './lines';

const STOP = /[。！？!?]/;
const CLOSER = /[”’」』）)》】"']/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isInlineSpace(text.charAt(start))) start++;
    while (end > start && isInlineSpace(text.charAt(end - 1))) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  };
  for (const line of linesOf(text)) {
    let start = line.start;
    for (let i = line.start; i < line.end; i++) {
      const ch = text.charAt(i);
      if (!STOP.test(ch) || (ch === '?' && isLostCharacterMark(text, i))) continue;
      let end = i + 1;
      while (end < line.end && (STOP.test(text.charAt(end)) || CLOSER.test(text.charAt(end)))) end++;
      push(start, end);
      start = end;
      i = end - 1;
    }
    push(start, line.end);
  }
  return sentences;
}

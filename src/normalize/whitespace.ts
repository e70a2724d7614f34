// Whitespace: one kind of line break, no invisible or control characters, one space where a line
// had several, no indentation or trailing spaces, no blank lines — one paragraph or heading a line.
import { isInlineSpace } from './chars';
import { deleteLines, linesOf } from './lines';
import type { MappedText } from './mapped-text';
import type { RepairLog } from './repairs';

// \r\n, \r, vertical tab, form feed, NEL and the Unicode line and paragraph separators.
const LINE_BREAK = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
// Zero-width characters, soft hyphens, BOMs left inside the text, and control characters.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;

function unifyLineBreaks(mt: MappedText, repairs: RepairLog): MappedText {
  const log = mt.edit();
  for (const m of mt.text.matchAll(LINE_BREAK)) {
    log.replace(m.index, m.index + m[0].length, '\n');
    repairs.note('whitespace', `line break ${JSON.stringify(m[0])} → "\\n"`);
  }
  for (const m of mt.text.matchAll(INVISIBLE)) {
    log.delete(m.index, m.index + 1);
    repairs.note('whitespace', `invisible U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return log.apply();
}

function tidyLines(mt: MappedText, repairs: RepairLog): MappedText {
  const log = mt.edit();
  const lines = linesOf(mt.text);
  const blank = new Set<number>();
  for (const line of lines) {
    let first = line.start;
    let last = line.end;
    while (first < last && isInlineSpace(mt.text.charAt(first))) first++;
    while (last > first && isInlineSpace(mt.text.charAt(last - 1))) last--;
    if (first === last) {
      blank.add(line.index);
      repairs.note('whitespace', 'blank line');
      continue;
    }
    if (first > line.start) {
      log.delete(line.start, first);
      repairs.note('whitespace', 'indentation');
    }
    if (last < line.end) {
      log.delete(last, line.end);
      repairs.note('whitespace', 'trailing space');
    }
    for (let i = first; i < last; i++) {
      if (!isInlineSpace(mt.text.charAt(i))) continue;
      let j = i;
      while (j < last && isInlineSpace(mt.text.charAt(j))) j++;
      const run = mt.text.slice(i, j);
      if (run !== ' ') {
        log.replace(i, j, ' ');
        repairs.note('whitespace', `${JSON.stringify(run)} → " "`);
      }
      i = j;
    }
  }
  deleteLines(log, lines, blank);
  return log.apply();
}

export function normalizeWhitespace(mt: MappedText, repairs: RepairLog): MappedText {
  return tidyLines(unifyLineBreaks(mt, repairs), repairs);
}

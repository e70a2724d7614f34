// Lines of a text, and deleting whole lines without leaving blank ones behind.
import type { EditLog } from './mapped-text';

export interface Line {
  index: number;
  /** Offset of the first character; `end` is the offset of the line's \n (or the text end). */
  start: number;
  end: number;
  text: string;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const lineText of text.split('\n')) {
    lines.push({ index: lines.length, start, end: start + lineText.length, text: lineText });
    start += lineText.length + 1;
  }
  return lines;
}

/**
 * Deletes the lines whose index is in `doomed`, each run of them with the line break that joins it
 * to the text: the break after it, or before it when the run ends the text.
 */
export function deleteLines(log: EditLog, lines: Line[], doomed: Set<number>): void {
  for (let i = 0; i < lines.length; i++) {
    if (!doomed.has(i)) continue;
    let j = i;
    while (j + 1 < lines.length && doomed.has(j + 1)) j++;
    const first = lines[i]!;
    const last = lines[j]!;
    const next = lines[j + 1];
    if (next) log.delete(first.start, next.start);
    else log.delete(Math.max(0, first.start - 1), last.end);
    i = j;
  }
}

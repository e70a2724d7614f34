// Bylines: the people who wrote, reported, photographed or edited the article. They are found on
// a byline line (记者 张三 李四 通讯员 王五 / 编辑：赵六) or in brackets inside a paragraph
// (（记者 张三 通讯员 李四）), and become Persons, never officials.
import type { Byline } from '../types';
import { parseFieldLine, readNames } from './fields';
import { linesOf } from './lines';

// （记者 张三 通讯员 李四） or (记者 张三): a bracketed group, read as a field line on its own.
const BRACKETED = /[（(]([^（）()\n]{2,60})[）)]/g;

function bylinesOf(fieldText: string, offset: number): Byline[] {
  const parsed = parseFieldLine(fieldText);
  if (!parsed) return [];
  const bylines: Byline[] = [];
  for (const field of parsed.fields) {
    if (field.label.kind !== 'byline' || !field.label.role) continue;
    for (const n of readNames(field.value, field.start) ?? []) {
      bylines.push({ name: n.name, role: field.label.role, span: { start: offset + n.start, end: offset + n.end } });
    }
  }
  return bylines;
}

// 人民网上海1月5日电（李华）, 某某讯（王立明）: the author's name in brackets right after the dateline.
// (本网讯（林立 见习记者 魏立）: the author first, other bylines after it.)
const DATELINE_AUTHOR = /(?:电|讯)[（(]([\u4e00-\u9fff]{2,4})(?=[）)]|\s+[^（）()\n]{2,40}[）)])/g;
// （李华） on a line of its own: the author, signed at the article's end.
const SIGNED_LINE = /^\s*[（(]([\u4e00-\u9fff]{2,4})[）)]\s*$/g;
const SIGNATURE_LINES = 4;
// 记者赵刚摄 at the end of a caption.
const CAPTION_PHOTO = /记者\s?([\u4e00-\u9fff]{2,3})\s?摄(?=$|\s|[。）)])/g;

export function findBylines(text: string): Byline[] {
  const bylines: Byline[] = [];
  const lines = linesOf(text).filter((l) => l.text.trim() !== '');
  for (const [k, line] of lines.entries()) {
    bylines.push(...bylinesOf(line.text, line.start));
    for (const m of line.text.matchAll(BRACKETED)) {
      const found = bylinesOf(m[1]!, line.start + m.index + 1);
      // An author's name before the labelled bylines: the fields start after it.
      const after = found.length === 0 ? /^[\u4e00-\u9fff]{2,4}\s+/.exec(m[1]!) : null;
      bylines.push(...(after ? bylinesOf(m[1]!.slice(after[0].length), line.start + m.index + 1 + after[0].length) : found));
    }
    // (The signature closes the article: only among its last lines.)
    const signed = lines.length - k <= SIGNATURE_LINES ? [[SIGNED_LINE, '作者'] as const] : [];
    for (const [pattern, role] of [[DATELINE_AUTHOR, '作者'], ...signed, [CAPTION_PHOTO, '摄影']] as const) {
      for (const m of line.text.matchAll(pattern)) {
        const names = readNames(m[1]!, 0);
        if (names?.length !== 1) continue;
        const start = line.start + m.index + m[0].indexOf(m[1]!);
        if (bylines.some((b) => b.span.start === start)) continue;
        bylines.push({ name: names[0]!.name, role, span: { start, end: start + m[1]!.length } });
      }
    }
  }
  return bylines;
}

/** True when the line, or the bracketed group that is the whole line, names at least one person. */
export function isBylineLine(line: string): boolean {
  const bracketed = /^[（(]([^（）()\n]{2,60})[）)]$/.exec(line);
  return bylinesOf(bracketed ? bracketed[1]! : line, 0).length > 0;
}

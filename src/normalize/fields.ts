// Lines made of labelled fields: the source/date line (来源：济南日报 时间：2021-01-11) and the
// byline (记者 张三 李四 通讯员 王五, 编辑：赵六). Labels are data; a line is a field line only if
// labelled fields are all it holds.
import { lexicon, type FieldKind, type Lexicon } from '../lexicon';
import { surnameLength } from '../lexicon/people';
import type { BylineRole } from '../types';
import { parseDate } from './dates';

export type { FieldKind };

export interface FieldLabel {
  label: string;
  kind: FieldKind;
  /** For byline labels: the role the names hold. */
  role?: BylineRole;
}

/** The field labels of lexicons/fields.jsonl, in file order: longest first where one contains another (责任编辑 before 编辑). */
function compileFieldLabels(lex: Lexicon): FieldLabel[] {
  return lex.entries('fields').map((f) => ({ label: f.zh, kind: f.kind, ...(f.role ? { role: f.role } : {}) }));
}

// Words that may close a byline without being a name: 记者 张三 报道; and the page's own buttons
// after the last field (责任编辑：张三 我来说两句 |).
const BYLINE_TAIL = /^(?:报道|摄|供图|整理|文|图|我来说两句|分享到|打印|关闭|收藏|[|｜])$/;

export interface Field {
  label: FieldLabel;
  /** The value's span within the line. */
  start: number;
  end: number;
  value: string;
}

export interface PersonName {
  name: string;
  start: number;
  end: number;
}

export interface FieldLine {
  fields: Field[];
  /** A date written before the first label: 2021-01-11 10:20 来源：大众日报. */
  leadingDate?: string;
}

// A masthead run into the first byline label: 佛山日报记者 张三, 本报讯 记者 李四.
const LEADING_MASTHEAD = /^(?:[\u4e00-\u9fff·]{2,10}?(?:日报|晚报|晨报|时报|商报|报|电视台|广播电视台|新闻网|网|通讯社|社|融媒体中心)|本报讯|本台讯)\s*(?=记者|通讯员|本报记者|特约记者|实习记者|全媒体记者|融媒体记者)/;
// An affiliation before the names of a byline field: 采写 | 区新闻中心 孙立.
const AFFILIATION = /^[\u4e00-\u9fff]{1,10}(?:新闻中心|融媒体中心|日报|报社|电视台|新闻网)$/;

const DATE_VALUE = /^(?:\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{4}年\d{1,2}月(?:\d{1,2}[日号])?)(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/;
const LEADING_DATE = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}[日号])(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s+/;

/** True for a bare date, maybe with a time: 2021-01-11, 2021年1月11日 08:30. */
export function isDateValue(text: string): boolean {
  return DATE_VALUE.test(text.trim()) && parseDate(text) !== undefined;
}

function labelAt(line: string, pos: number, first = false, afterByline = false): FieldLabel | undefined {
  // A label starts a field: where the fields start, or after a space or a separator; a byline label
  // may follow the name of the byline before it directly (记者田兰通讯员贺玉): names hold no such words.
  const separated = first || pos === 0 || /[\s，、；|｜/（(：:]/.test(line.charAt(pos - 1));
  if (!separated && !afterByline) return undefined;
  for (const label of lexicon().compiled(compileFieldLabels)) {
    if (!line.startsWith(label.label, pos)) continue;
    if (!separated && (label.kind !== 'byline' || label.label.length < 2 || label.label.endsWith('/'))) continue;
    const next = line.charAt(pos + label.label.length);
    // Source and date labels need a colon; a byline label may run straight into a name (记者张三).
    // (编辑/张三: a slash after the label too.)
    if (label.kind === 'byline' ? /[：:\s\u4e00-\u9fff/／]/.test(next) || label.label.endsWith('/') : /[：:]/.test(next)) return label;
  }
  return undefined;
}

/** Reads "张三 李四、王五" into names (a known surname and one or two more characters each). */
export function readNames(value: string, offset = 0): PersonName[] | undefined {
  const names: PersonName[] = [];
  const re = /[^\s、，,]+/g;
  const tokens = [...value.matchAll(re)];
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k]!;
    let token = m[0];
    let end = m.index + token.length;
    // 杜 莹: a two-character name spaced out to the width of three; the surname alone, then the rest.
    const next = tokens[k + 1];
    if (surnameLength(token) === token.length && next && /^[\u4e00-\u9fff]{1,2}$/.test(next[0]) && /^\s{1,3}$/.test(value.slice(end, next.index)) && token.length + next[0].length <= 3) {
      token += next[0];
      end = next.index + next[0].length;
      k++;
    }
    if (BYLINE_TAIL.test(token) && names.length > 0) continue;
    // 采写 | 区新闻中心 孙立: a separator and an affiliation before the names.
    if (names.length === 0 && (AFFILIATION.test(token) || /^[|｜]$/.test(token))) continue;
    const surname = surnameLength(token);
    const given = token.length - surname;
    if (surname === 0 || given < 1 || given > 2 || !/^[\u4e00-\u9fff]+$/.test(token)) return undefined;
    names.push({ name: token, start: offset + m.index, end: offset + end });
  }
  return names.length > 0 ? names : undefined;
}

function validValue(field: Field): boolean {
  switch (field.label.kind) {
    case 'byline':
      return readNames(field.value) !== undefined;
    case 'publication-date':
    case 'date':
      return isDateValue(field.value);
    case 'source':
    case 'reprint':
      return field.value.length > 0 && field.value.length <= 30 && !/[。！？]/.test(field.value);
    case 'page-info':
      return field.value.length <= 20;
  }
}

/**
 * The fields of a line made only of labelled fields, or undefined. 来源：济南网 时间：2021-01-11
 * → [来源 济南网, 时间 2021-01-11]; 记者 张三 李四 通讯员 王五 → [记者 张三 李四, 通讯员 王五].
 */
export function parseFieldLine(text: string): FieldLine | undefined {
  // 【责任编辑：张三】 and 【字号：大 中 小】 are fields in brackets, 丨记者：张三 a field after a
  // decorative bar: spaces keep the positions.
  const line = text.replace(/[【】]/g, ' ').replace(/^(\s*)[丨｜|□■●◆]/, '$1 ');
  let pos = line.length - line.trimStart().length;
  let leadingDate: string | undefined;
  const lead = LEADING_DATE.exec(line.slice(pos));
  if (lead) {
    leadingDate = lead[0].trim();
    pos += lead[0].length;
  }
  const masthead = LEADING_MASTHEAD.exec(line.slice(pos));
  if (masthead) pos += masthead[0].length;
  // Fields start at the first position or the line is not a field line: most lines are prose.
  if (!labelAt(line, pos, true)) return undefined;
  const starts: Array<{ label: FieldLabel; at: number }> = [];
  for (let i = pos; i < line.length; i++) {
    const label = labelAt(line, i, i === pos, starts[starts.length - 1]?.label.kind === 'byline');
    if (!label) continue;
    if (starts.length === 0 && i !== pos) return undefined;
    starts.push({ label, at: i });
    i += label.label.length - 1;
  }
  if (starts.length === 0) return undefined;
  const fields: Field[] = starts.map(({ label, at }, k) => {
    let start = at + label.label.length;
    while (/[：:\s/／]/.test(line.charAt(start))) start++;
    let end = k + 1 < starts.length ? starts[k + 1]!.at : line.length;
    while (end > start && /[\s，、；|｜]/.test(line.charAt(end - 1))) end--;
    return { label, start, end, value: line.slice(start, end) };
  });
  // 作者：记者 张三: a byline label whose value is the next byline field.
  const kept = fields.filter((f, k) => !(f.label.kind === 'byline' && f.value === '' && fields[k + 1]?.label.kind === 'byline'));
  return kept.every(validValue) ? { fields: kept, leadingDate } : undefined;
}

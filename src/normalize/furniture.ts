// Site furniture: what the publishing site wrapped around the article (image file names, copyright
// blocks, hotlines, app prompts, lists of other articles) and the source/date lines, which are read
// as metadata and then removed. Lines are classified first, then removed in one edit.
import { isBylineLine } from './bylines';
import { isDateValue, parseFieldLine, type FieldLine } from './fields';
import { deleteLines, linesOf, type Line } from './lines';
import type { MappedText } from './mapped-text';
import { quote, type RepairLog } from './repairs';

export interface LineRule {
  id: string;
  reason: string;
  pattern: RegExp;
  /** Longer lines are prose that happens to match. */
  maxLength?: number;
  example: string;
}

export const FURNITURE_RULES: LineRule[] = [
  // The date the page was saved, printed by the site above every page: not the publication date.
  { id: 'furniture.page-date', reason: 'page header date', pattern: /^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周|礼拜)[一二三四五六日天]$/, example: '2023年03月29日 星期三' },
  {
    id: 'furniture.copyright',
    reason: 'copyright or disclaimer',
    pattern: /^【?(?:版权|免责)(?:及免责)?声明|版权所有|^凡(?:本网|本站|注明|转载)|转载请注明|未经.{0,6}(?:授权|许可).{0,10}(?:转载|使用)/,
    maxLength: 400,
    example: '【版权及免责声明】凡本网所属版权作品，转载时须获得授权',
  },
  { id: 'furniture.icp', reason: 'site registration number', pattern: /ICP[备证]|公网安备/, maxLength: 160, example: '京ICP备11041399号-2' },
  { id: 'furniture.hotline', reason: 'hotline or contact line', pattern: /^.{0,10}(?:热线|电话|传真|邮箱)[：:]?\s*[\d\-－—()（） ]{6,}$/, example: '纠错热线：0531-83122110' },
  {
    id: 'furniture.app-prompt',
    reason: 'QR code or app prompt',
    pattern: /扫码|扫一扫|二维码|长按识别|下载.{0,8}(?:客户端|APP|App|app)|公众号|找记者/,
    maxLength: 30,
    example: '扫码下载新闻客户端',
  },
  { id: 'furniture.page-tools', reason: 'page tools', pattern: /^(?:【?(?:打印本页|打印|关闭窗口|关闭|收藏|返回顶部|分享到)】?[：:\s]*)+$|^(?:上一篇|下一篇)[：:]/, example: '【打印】【关闭】' },
  // A line that is nothing but a lost icon or bullet.
  { id: 'furniture.lost-icon', reason: 'lost icon', pattern: /^[?？\uFFFD□■◆●]+$/, example: '?' },
];

// A heading over a list of links to other articles. When only such lists (short lines, other
// list headings, furniture) follow it, it and everything after it go; otherwise only the heading.
export const LIST_HEADING: LineRule = {
  id: 'furniture.list',
  reason: 'list of other articles',
  pattern: /^(?:延伸阅读|相关阅读|相关新闻|相关链接|相关推荐|推荐阅读|热点新闻|热点视频|热点舆情|热门推荐|热门文章|友情链接|特色小镇|猜你喜欢|更多精彩|精彩推荐|往期回顾)[：:>》\s]*$/,
  example: '延伸阅读',
};

// A link title in such a list: short and not a sentence.
const LIST_ITEM = { maxLength: 80, sentenceEnd: /[。！？]/ };

// A paper's or site's name over a byline: 大众日报·大众网, 南方日报.
const MASTHEAD = /^[\u4e00-\u9fff]{2,12}(?:[·・•][\u4e00-\u9fff]{2,12}){0,2}$/;
const MEDIA_NAME = /(?:报|网|台|社|新闻|客户端)$/;

// Image file names, on a line of their own or inside one: 20200913204117998.jpg, 起点。pic3.jpg
const IMAGE_FILE = /[\w\-]+\.(?:jpe?g|png|gif|bmp|webp)(?![\w])/gi;

export type LineRole =
  | { kind: 'body' }
  | { kind: 'byline'; fields?: FieldLine }
  | { kind: 'metadata'; fields: FieldLine }
  | { kind: 'masthead'; name: string }
  | { kind: 'byline-date'; date: string }
  | { kind: 'furniture'; rule: LineRule };

export interface ClassifiedLine extends Line {
  role: LineRole;
}

function matches(rule: LineRule, line: string): boolean {
  return line.length <= (rule.maxLength ?? Infinity) && rule.pattern.test(line);
}

function firstRole(line: string): LineRole {
  const fields = parseFieldLine(line);
  if (fields) return fields.fields.some((f) => f.label.kind === 'byline') ? { kind: 'byline', fields } : { kind: 'metadata', fields };
  if (isBylineLine(line)) return { kind: 'byline' };
  const rule = FURNITURE_RULES.find((r) => matches(r, line));
  return rule ? { kind: 'furniture', rule } : { kind: 'body' };
}

/** Index of the list heading that starts the trailing lists, or -1: read from the end up. */
function trailingLists(lines: ClassifiedLine[]): number {
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (matches(LIST_HEADING, line.text)) start = i;
    else if (line.role.kind !== 'furniture' && (line.text.length > LIST_ITEM.maxLength || LIST_ITEM.sentenceEnd.test(line.text))) break;
  }
  return start;
}

export function classifyLines(text: string): ClassifiedLine[] {
  const lines: ClassifiedLine[] = linesOf(text).map((l) => ({ ...l, role: firstRole(l.text) }));
  const nearByline = (l: Line) => [lines[l.index - 1], lines[l.index + 1]].some((n) => n?.role.kind === 'byline');
  for (const line of lines) {
    if (line.role.kind !== 'body' || !nearByline(line)) continue;
    if (MASTHEAD.test(line.text) && line.text.split(/[·・•]/).some((part) => MEDIA_NAME.test(part))) line.role = { kind: 'masthead', name: line.text };
    else if (isDateValue(line.text)) line.role = { kind: 'byline-date', date: line.text };
  }
  const tail = trailingLists(lines);
  for (const line of lines) {
    const inTail = tail >= 0 && line.index >= tail && line.role.kind !== 'byline';
    if (inTail || matches(LIST_HEADING, line.text)) line.role = { kind: 'furniture', rule: LIST_HEADING };
  }
  return lines;
}

const REMOVED: ReadonlySet<LineRole['kind']> = new Set(['metadata', 'masthead', 'byline-date', 'furniture']);

/** Removes image file names; a line left empty goes with the next whitespace pass. */
export function removeImageNames(mt: MappedText, repairs: RepairLog): MappedText {
  const log = mt.edit();
  for (const m of mt.text.matchAll(IMAGE_FILE)) {
    log.delete(m.index, m.index + m[0].length);
    repairs.note('site-furniture', `furniture.image-file: ${quote(m[0])}`);
  }
  return log.apply();
}

/** Removes furniture, metadata, masthead and byline-date lines; returns the text and every line's role. */
export function stripFurniture(mt: MappedText, repairs: RepairLog): { text: MappedText; lines: ClassifiedLine[] } {
  const lines = classifyLines(mt.text);
  const log = mt.edit();
  const doomed = new Set<number>();
  for (const line of lines) {
    if (!REMOVED.has(line.role.kind)) continue;
    doomed.add(line.index);
    const id = line.role.kind === 'furniture' ? line.role.rule.id : `furniture.${line.role.kind}`;
    repairs.note('site-furniture', `${id}: ${quote(line.text)}`);
  }
  deleteLines(log, lines, doomed);
  return { text: log.apply(), lines };
}

// Dates as articles write them (2021-01-11, 2021年1月11日, 二〇二一年一月), and event dates
// (9月10日上午, 去年12月) resolved against the article's own date.
import type { ArticleDate, DatePrecision } from '../types';

export interface DateFormat {
  id: string;
  pattern: RegExp;
  precision: DatePrecision;
  example: string;
}

// Most precise first; groups are year, month, day.
export const DATE_FORMATS: DateFormat[] = [
  { id: 'ymd-numeric', pattern: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, precision: 'day', example: '2021-01-11' },
  { id: 'ymd-chinese', pattern: /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})[日号]/, precision: 'day', example: '2021年1月11日' },
  { id: 'ym-chinese', pattern: /(?<!\d)(\d{4})年(\d{1,2})月/, precision: 'month', example: '2021年1月' },
  { id: 'ym-numeric', pattern: /(?<!\d)(\d{4})[-/](\d{1,2})(?![\d\-/])/, precision: 'month', example: '2021-01' },
  { id: 'y-chinese', pattern: /(?<!\d)(\d{4})年/, precision: 'year', example: '2021年' },
  { id: 'y-numeric', pattern: /^(\d{4})$/, precision: 'year', example: '2021' },
];

export const UNKNOWN_DATE: ArticleDate = { value: null, precision: 'unknown' };

const pad = (n: number) => String(n).padStart(2, '0');

/** The date for year/month/day if it exists on the calendar (2021-02-30 does not). */
export function makeDate(year: number, month?: number, day?: number): ArticleDate | undefined {
  if (year < 1900 || year > 2100) return undefined;
  if (month === undefined) return { value: String(year), precision: 'year' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'month' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** The date in `text`, in the most precise form written there; a date not on the calendar (2021年13月1日) is none. */
export function parseDate(text: string): (ArticleDate & { format: string; index: number }) | undefined {
  for (const format of DATE_FORMATS) {
    const m = format.pattern.exec(text);
    if (!m) continue;
    const date = makeDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
    return date && { ...date, format: format.id, index: m.index };
  }
  return undefined;
}

/**
 * With no publication date anywhere, the latest year the text speaks of as past or present is a
 * lower bound for when it was written: 2018年实现…, 2019年将… → 2019. Targets are skipped:
 * 到2025年, 在2021年前, 2035年远景, 力争2020年.
 */
export function inferLatestYear(text: string): ArticleDate | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(/(?<![\d到至])(\d{4})年(?![前底末内]|远景|以前)/g)) {
    // 力争2020年实现翻番, 预计2022年投产: a goal, not a year already reached.
    if (/(?:力争|争取|确保|预计|计划|力求|有望|目标)$/.test(text.slice(Math.max(0, (m.index ?? 0) - 2), m.index))) continue;
    const year = Number(m[1]);
    if (year < 1949 || year > 2100) continue;
    if (latest === undefined || year > latest) latest = year;
  }
  return latest === undefined ? undefined : makeDate(latest);
}

// ---- event dates ------------------------------------------------------------------------------

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals in dates as digits: 二〇一九年九月十日 → 2019年9月10日, 二十三日 → 23日. */
function arabic(text: string): string {
  return text.replace(/[〇零一二两三四五六七八九十]+(?=[年月日号])/g, (n) => {
    if (!n.includes('十')) return Array.from(n, (ch) => DIGITS[ch] ?? '').join('');
    const [tens, ones] = n.split('十');
    return String((tens ? DIGITS[tens] ?? 0 : 1) * 10 + (ones ? DIGITS[ones] ?? 0 : 0));
  });
}

// Years named relative to the article's: 去年12月 is the December before.
const RELATIVE_YEARS: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 本年: 0, 当年: 0, 明年: 1 };

// A month more than this far after the article's month was last year's: an article of January
// 2021 reporting 12月28日 means 2020-12-28.
const MONTHS_AHEAD_LIMIT = 6;

interface EventDateRule {
  id: string;
  pattern: RegExp;
  example: string;
}

// Groups: year (digits) or relative-year word, month, day.
const EVENT_DATE_RULES: EventDateRule[] = [
  { id: 'event.absolute', pattern: /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?/, example: '2019年3月5日' },
  { id: 'event.relative-year', pattern: /(前年|去年|今年|本年|当年|明年)(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?/, example: '去年12月' },
  { id: 'event.month-day', pattern: /()(\d{1,2})月(?:(\d{1,2})[日号])?/, example: '9月10日上午' },
];

/**
 * The date an event mention stands for, completed from the article's date: 9月10日上午 in an
 * article of 2020-09-13 → 2020-09-10 (day); 2019年 → 2019 (year); 2月17日 with no article date →
 * unknown. The precision is what the mention itself gives.
 */
export function resolveEventDate(mention: string, articleDate: ArticleDate): ArticleDate {
  const text = arabic(mention);
  const articleYear = articleDate.value ? Number(articleDate.value.slice(0, 4)) : undefined;
  const articleMonth = articleDate.precision === 'day' || articleDate.precision === 'month' ? Number(articleDate.value!.slice(5, 7)) : undefined;
  for (const rule of EVENT_DATE_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const month = m[2] ? Number(m[2]) : undefined;
    const day = m[3] ? Number(m[3]) : undefined;
    let year: number | undefined;
    if (rule.id === 'event.absolute') year = Number(m[1]);
    else if (articleYear !== undefined) {
      year = articleYear + (RELATIVE_YEARS[m[1] ?? ''] ?? 0);
      if (rule.id === 'event.month-day' && month !== undefined && articleMonth !== undefined && month > articleMonth + MONTHS_AHEAD_LIMIT) year--;
    }
    if (year === undefined) return UNKNOWN_DATE;
    return makeDate(year, month, month === undefined ? undefined : day) ?? UNKNOWN_DATE;
  }
  return UNKNOWN_DATE;
}

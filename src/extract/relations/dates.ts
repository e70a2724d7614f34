// The date of the event a relation reports, as written in the text (3月1日), completed from the
// article's date as every event date is (12月 in a January article is last year's).
import { resolveEventDate } from '../../normalize/dates';
import type { ExtractContext } from '../context';

const MONTH_DAY = /(\d{1,2})月(\d{1,2})日/g;

/** The last month and day written in text[from, to), with its index in the text, if any. */
export function lastMonthDay(text: string, from: number, to: number): { written: string; index: number } | undefined {
  const all = [...text.slice(from, to).matchAll(MONTH_DAY)];
  const last = all[all.length - 1];
  return last ? { written: last[0], index: from + (last.index ?? 0) } : undefined;
}

/** The first month and day written in text[from, to), if any. */
export function firstMonthDay(text: string, from: number, to: number): string | undefined {
  return new RegExp(MONTH_DAY.source).exec(text.slice(from, to))?.[0];
}

/** `written` completed to a date; none when the article's own date is only inferred (a lower bound). */
export function completedDate(ctx: ExtractContext, written: string | undefined): string | undefined {
  if (!written || ctx.doc.report.dateSource.startsWith('date.inferred')) return undefined;
  return resolveEventDate(written, ctx.doc.date).value ?? undefined;
}

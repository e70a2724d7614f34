// Dates in summaries: the precision a date string carries, and how each language writes it.
import type { DatePrecision } from '../types';
import type { Lang } from './types';

export interface Dated {
  value: string; // YYYY-MM-DD, YYYY-MM or YYYY
  precision: Exclude<DatePrecision, 'unknown'>;
}

const PRECISION_BY_LENGTH: Record<number, Dated['precision']> = { 10: 'day', 7: 'month', 4: 'year' };

/** A date property as stored ("2020-09-13"), with its precision when the graph gives it, else from its shape. */
export function dated(value: unknown, precision?: unknown): Dated | null {
  if (typeof value !== 'string' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return null;
  const given = precision === 'day' || precision === 'month' || precision === 'year' ? precision : undefined;
  const fromShape = PRECISION_BY_LENGTH[value.length];
  return fromShape ? { value, precision: given ?? fromShape } : null;
}

const FORMATS: Record<Lang, Record<Dated['precision'], Intl.DateTimeFormat>> = {
  en: {
    day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  },
  zh: {
    day: new Intl.DateTimeFormat('zh-CN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat('zh-CN', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    year: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', timeZone: 'UTC' }),
  },
};

/** 2020-09-13 → "13 September 2020" / "2020年9月13日"; 2020-09 → "September 2020" / "2020年9月". */
export function formatDate(date: Dated, lang: Lang): string {
  const iso = `${date.value.slice(0, 10).padEnd(10, '-01')}T00:00:00Z`;
  return FORMATS[lang][date.precision].format(new Date(iso));
}

export function compareDated(a: Dated | null, b: Dated | null): number {
  if (a && b) return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  return a ? -1 : b ? 1 : 0; // undated last
}

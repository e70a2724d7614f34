// Dates as written, and event dates completed from the article's date.
import { describe, expect, it } from 'vitest';
import { resolveEventDate } from '../../src/normalize';
import { parseDate, inferLatestYear } from '../../src/normalize/dates';
import type { ArticleDate } from '../../src/types';

const day = (value: string): ArticleDate => ({ value, precision: 'day' });

describe('parseDate', () => {
  it.each([
    ['2021-01-11', '2021-01-11', 'day'],
    ['2021/1/5', '2021-01-05', 'day'],
    ['2021.01.11', '2021-01-11', 'day'],
    ['2021年1月11日 08:30', '2021-01-11', 'day'],
    ['2021-01-11T08:00:00+08:00', '2021-01-11', 'day'],
    ['2021年3月', '2021-03', 'month'],
    ['2021-03', '2021-03', 'month'],
    ['2019年', '2019', 'year'],
    ['2019', '2019', 'year'],
  ])('%s → %s (%s)', (text, value, precision) => {
    expect(parseDate(text)).toMatchObject({ value, precision });
  });

  it.each(['2021-02-30', '2021年13月1日', '明天', '', '1826项'])('%j is no date', (text) => {
    expect(parseDate(text)).toBeUndefined();
  });
});

describe('resolveEventDate', () => {
  it.each<[string, ArticleDate, string | null, string]>([
    ['9月10日上午', day('2020-09-13'), '2020-09-10', 'day'],
    ['2月17日', day('2021-02-18'), '2021-02-17', 'day'],
    ['2019年', day('2020-09-13'), '2019', 'year'],
    ['2019年3月', day('2020-09-13'), '2019-03', 'month'],
    ['2019年3月5日', { value: null, precision: 'unknown' }, '2019-03-05', 'day'],
    ['今年10月份', day('2020-09-13'), '2020-10', 'month'],
    ['去年12月', day('2021-01-11'), '2020-12', 'month'],
    ['明年', day('2021-01-11'), '2022', 'year'],
    // late in the year, reported early in the next: last year's
    ['12月28日', day('2021-01-05'), '2020-12-28', 'day'],
    // plans for later in the same year stay in it
    ['12月底', day('2020-09-13'), '2020-12', 'month'],
    ['二〇一九年九月十日', day('2020-09-13'), '2019-09-10', 'day'],
    ['九月二十三日', day('2020-09-30'), '2020-09-23', 'day'],
    ['9月', { value: '2020', precision: 'year' }, '2020-09', 'month'],
    // no year to take: unknown
    ['9月10日', { value: null, precision: 'unknown' }, null, 'unknown'],
    ['日前', day('2020-09-13'), null, 'unknown'],
    ['2月30日', day('2021-03-01'), null, 'unknown'],
  ])('%s in an article of %o → %s', (mention, articleDate, value, precision) => {
    expect(resolveEventDate(mention, articleDate)).toEqual({ value, precision });
  });
});

describe('inferLatestYear', () => {
  it.each([
    ['2018年实现突破，2019年将加快发展。', '2019'],
    // goals and deadlines are not years already reached
    ['2019年将加快发展，力争2020年实现翻番，确保在2021年前达产。', '2019'],
    ['到2025年建成，2035年远景目标。2022年完成投资。', '2022'],
    ['收入比2021年翻一番。', '2021'],
    ['没有年份。', undefined],
  ])('%s → %s', (text, year) => {
    expect(inferLatestYear(text)?.value).toBe(year);
  });
});

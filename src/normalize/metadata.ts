// The article's date, source and title. Metadata given with the file (sidecar, manifest, JSON
// Lines, HTML) wins; else what the page says, best-ranked first: a 发布日期 line beats a 时间 field,
// which beats a bare date by the byline; the date a page header shows is when the page was saved.
import type { ArticleDate, Sentence, SourceMeta } from '../types';
import { isBylineLine } from './bylines';
import { inferLatestYear, parseDate, UNKNOWN_DATE } from './dates';
import type { ClassifiedLine } from './furniture';

interface Rank {
  id: string;
  rank: number;
  example: string;
}

export const DATE_RULES = {
  meta: { id: 'meta', rank: 0, example: 'sidecar {"date": "2021-01-11"}' },
  publicationLabel: { id: 'date.publication-label', rank: 1, example: '发布日期：2021-01-11' },
  timeLabel: { id: 'date.time-label', rank: 2, example: '来源：济南网 时间：2020-09-13' },
  dateline: { id: 'date.dateline', rank: 2, example: '2021-01-11 10:20 来源：大众日报' },
  bylineArea: { id: 'date.byline-area', rank: 3, example: '记者 张三\\n2021-01-11' },
  /** No date given or printed: the latest year the text names, precision year, a lower bound. */
  inferredYear: { id: 'date.inferred-latest-year', rank: 9, example: '2018年实现…，2019年将… → 2019' },
} satisfies Record<string, Rank>;

export const SOURCE_RULES = {
  meta: { id: 'meta', rank: 0, example: 'sidecar {"source": "济南日报"}' },
  sourceLabel: { id: 'source.label', rank: 1, example: '信息来源：济南日报' },
  masthead: { id: 'source.masthead', rank: 2, example: '大众日报·大众网' },
  reprint: { id: 'source.reprint', rank: 3, example: '转自：济南网' },
} satisfies Record<string, Rank>;

// A bare 时间：/日期： field counts as the publication date on the source line or this near the top.
const TOP_LINES = 8;

interface Found<T> {
  value: T;
  rule: Rank;
}

function best<T>(found: Array<Found<T>>): Found<T> | undefined {
  return found.reduce<Found<T> | undefined>((a, b) => (!a || b.rule.rank < a.rule.rank ? b : a), undefined);
}

export interface Metadata {
  date: ArticleDate;
  dateSource: string;
  source?: string;
}

export function readMetadata(lines: ClassifiedLine[], given: SourceMeta, warnings: string[], body = ''): Metadata {
  const dates: Array<Found<ArticleDate>> = [];
  const sources: Array<Found<string>> = [];
  if (given.date) {
    const date = parseDate(given.date);
    if (date) dates.push({ value: { value: date.value, precision: date.precision }, rule: DATE_RULES.meta });
    else warnings.push(`given date ${JSON.stringify(given.date)} is not a date; looked in the text instead`);
  }
  if (given.source) sources.push({ value: given.source, rule: SOURCE_RULES.meta });
  const addDate = (text: string, rule: Rank) => {
    const date = parseDate(text);
    if (date) dates.push({ value: { value: date.value, precision: date.precision }, rule });
  };
  for (const line of lines) {
    const role = line.role;
    if (role.kind === 'masthead') sources.push({ value: role.name, rule: SOURCE_RULES.masthead });
    if (role.kind === 'byline-date') addDate(role.date, DATE_RULES.bylineArea);
    if (role.kind === 'furniture' && role.rule.id === 'furniture.page-date') {
      warnings.push(`page header date ${JSON.stringify(line.text)} ignored: it shows when the page was saved`);
    }
    if ((role.kind !== 'metadata' && role.kind !== 'byline') || !role.fields) continue;
    const { fields, leadingDate } = role.fields;
    const onSourceLine = fields.some((f) => f.label.kind === 'source');
    if (leadingDate) addDate(leadingDate, DATE_RULES.dateline);
    for (const f of fields) {
      if (f.label.kind === 'publication-date') addDate(f.value, DATE_RULES.publicationLabel);
      if (f.label.kind === 'date' && (onSourceLine || line.index < TOP_LINES)) addDate(f.value, DATE_RULES.timeLabel);
      if (f.label.kind === 'source') sources.push({ value: f.value, rule: SOURCE_RULES.sourceLabel });
      if (f.label.kind === 'reprint') sources.push({ value: f.value, rule: SOURCE_RULES.reprint });
    }
  }
  if (dates.length === 0) {
    const year = inferLatestYear(body);
    if (year) {
      dates.push({ value: year, rule: DATE_RULES.inferredYear });
      warnings.push(`no publication date: ${year.value} is inferred from the latest year the text names (a lower bound)`);
    }
  }
  const date = best(dates);
  return { date: date?.value ?? UNKNOWN_DATE, dateSource: date?.rule.id ?? 'none', source: best(sources)?.value };
}

// A headline: a short line that is not a paragraph (no full stop at its end) and not a byline.
const HEADLINE = { maxLength: 60, paragraphEnd: /[。；]$/ };
const FALLBACK_TITLE_LENGTH = 30;

/**
 * The title: the given one, else the first line when it reads as a headline, else the opening
 * sentence (cut to 30 characters) with a warning.
 */
export function chooseTitle(text: string, given: string | undefined, sentences: Sentence[], warnings: string[]): string {
  if (given) return given;
  const first = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  if (first.length > 0 && first.length <= HEADLINE.maxLength && !HEADLINE.paragraphEnd.test(first) && !isBylineLine(first)) return first;
  const opening = sentences[0]?.text ?? '';
  warnings.push('no headline line: the title is the opening sentence');
  return opening.length > FALLBACK_TITLE_LENGTH ? `${opening.slice(0, FALLBACK_TITLE_LENGTH)}…` : opening;
}

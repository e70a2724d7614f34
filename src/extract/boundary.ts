// Finding where a name starts, scanning back from the suffix that ends it. Names run over CJK,
// Latin letters, digits and a few joiners (HJT), ·, &); they stop at punctuation, and start after
// the last left-stop word (a verb or function word).
import { Trie } from './trie';
import { isCjk } from './text';

const JOINERS = new Set(Array.from('()（）·&-+'));

function isNameChar(ch: string): boolean {
  return isCjk(ch) || /[A-Za-z0-9]/.test(ch) || JOINERS.has(ch);
}

// 2月12日客车…, 38个重点…, 20公里沿河…, 一批…: dates, counts and measures before a name.
const LEADING_DATE_OR_COUNT =
  /^(?:\d{4}年度?)?(?:第?[一二三四]季度|[上下]半年|年度)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[上下]午)?(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十两几]+)(?:个|家|处|项|座|所|批|条|公里|万平方米|平方米|亩))?/;

/** Length of the date or count a name starts with (2024年第二季度, 38个), or 0. */
export function leadingDateOrCountLength(text: string): number {
  return LEADING_DATE_OR_COUNT.exec(text)?.[0].length ?? 0;
}

/** A left stop word, and the words before which it is part of a term instead (高标准 + 农田). */
export interface LeftStop {
  zh: string;
  notBefore?: readonly string[];
}

export class LeftBoundary {
  private readonly stops = new Trie<readonly string[]>();

  constructor(stopWords: ReadonlyArray<string | LeftStop>) {
    for (const w of stopWords) {
      if (typeof w === 'string') this.stops.set(w, []);
      else this.stops.set(w.zh, w.notBefore ?? []);
    }
  }

  /**
   * Start of the name that ends at `end` (exclusive of the suffix, which starts at `suffixStart`),
   * at most `maxLength` characters before the suffix. Returns `suffixStart` when nothing is left.
   */
  startOf(text: string, suffixStart: number, maxLength = 24, floor = 0): number {
    let start = suffixStart;
    // A space between a number and its unit stays in the name: 300 mm生产线.
    // …and so does a slash before 年 in a capacity: 30万吨/年煤制乙二醇.
    const joins = (i: number) =>
      isNameChar(text.charAt(i)) || (text.charAt(i) === ' ' && /\d/.test(text.charAt(i - 1)) && /[A-Za-z]/.test(text.charAt(i + 1))) || (text.charAt(i) === '/' && text.charAt(i + 1) === '年');
    while (start > floor && suffixStart - start < maxLength && joins(start - 1)) start--;
    // The name starts after the last stop word inside the run: 组织建设年产…项目 → 年产…项目.
    let cut = start;
    for (let i = start; i < suffixStart; i++) {
      const stop = this.stops.longestAt(text, i);
      if (stop && stop.end <= suffixStart && !stop.value.some((w) => text.startsWith(w, stop.end))) cut = Math.max(cut, stop.end);
    }
    // Dates and counts in front of a name are not part of it: 2月12日客车 / 38个重点.
    cut += leadingDateOrCountLength(text.slice(cut, suffixStart));
    // Unmatched closing brackets at the start belong to the text before.
    while (cut < suffixStart && /[)）·&\-+]/.test(text.charAt(cut))) cut++;
    return cut;
  }
}

// Properties of normalize for any input: it never throws, the offset map is exact, and every
// normalized character (and every sentence) maps back to original text that repairs into it.
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize';
import type { Document } from '../../src/types';
import { raw, SEED_FILES, seedText } from './helpers';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const CHINESE_PUNCTUATION: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Whether original character `o`, at `at` in `original`, may have become `n`: kept, converted, narrowed, punctuated or a space. */
function derivable(original: string, at: number, n: string): boolean {
  const o = original.charAt(at);
  if (o === n || CHINESE_PUNCTUATION[o] === n || toSimplified(o) === n) return true;
  if (String.fromCharCode(o.charCodeAt(0) - 0xfee0) === n && /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(o)) return true;
  if (/\s/.test(o) && (n === ' ' || n === '\n')) return true;
  // Converted as part of a phrase (乾淨 → 干净): the same position in a converted window.
  for (let before = 1; before <= 4; before++) {
    const window = original.slice(Math.max(0, at - before), at + 5);
    const converted = toSimplified(window);
    if (converted.length === window.length && converted.charAt(Math.min(before, at)) === n) return true;
  }
  return false;
}

function checkInvariants(doc: Document): void {
  const { text, offsets, original } = doc;
  expect(offsets.length).toBe(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    expect(offsets[i]).toBeGreaterThanOrEqual(0);
    expect(offsets[i]!).toBeLessThan(offsets[i + 1]!);
    if (!derivable(original, offsets[i]!, text.charAt(i))) {
      throw new Error(`text[${i}] ${JSON.stringify(text.charAt(i))} does not derive from original[${offsets[i]}] ${JSON.stringify(original.charAt(offsets[i]!))}`);
    }
  }
  expect(offsets[text.length]!).toBeLessThanOrEqual(original.length);
  let end = 0;
  doc.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(end);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).not.toContain('\n');
    end = s.end;
  });
  expect(end).toBeLessThanOrEqual(text.length);
  for (const d of doc.damaged) expect(0 <= d.start && d.start < d.end && d.end <= text.length).toBe(true);
  for (const d of doc.report.damaged) expect(original.slice(d.start, d.end)).toBe(d.quote);
  for (const b of doc.bylines) expect(text.slice(b.span.start, b.span.end)).toBe(b.name);
  checkLinesMapBack(doc);
}

/**
 * Each normalized line's original span, normalized on its own, is that line: the map points at
 * exactly the original text the repairs (t2s, annotations, width, whitespace) turned into it.
 */
function checkLinesMapBack(doc: Document): void {
  let start = 0;
  for (const line of doc.text.split('\n')) {
    if (line) {
      const from = doc.offsets[start]!;
      const to = doc.offsets[start + line.length - 1]! + 1;
      const again = normalize(raw(doc.original.slice(from, to))).text;
      if (again !== line) throw new Error(`original ${JSON.stringify(doc.original.slice(from, to))} normalizes to ${JSON.stringify(again)}, not ${JSON.stringify(line)}`);
    }
    start += line.length + 1;
  }
}

// Pieces that reach every pass: pinyin, traditional and simplified text, ASCII and full-width
// punctuation, damage markers, furniture, whitespace of every kind.
const PIECES = [
  '萊蕪區', '(qū)', '?lián)', '（zhōng guó）', '显著', '顯著', '鄧頌', '乾淨', '记者 张三 通讯员 李四', '（记者 王五）', '编辑：时金',
  '来源:济南网 时间:2020-09-13', '发布日期：2021-01-11', '2023年03月29日 星期三', '延伸阅读', '版权所有', 'pic3.jpg', '扫码下载',
  '。', '，', ',', ':', '?', '??', '!', '(', ')', '“', '”', 'ＧＤＰ', '２０２１', '\uFFFD', '\uE319', '茖W', 'å¸\u0082',
  ' ', '  ', '\u3000', '\u00a0', '\t', '\n', '\n\n', '\r\n', '\u200b', '\ud83d\ude00', '\ud800', 'A', '2月17日',
];

const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

function mutate(text: string, edits: Array<{ at: number; cut: number; insert: string }>): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    out = out.slice(0, at) + e.insert + out.slice(at + e.cut);
  }
  return out;
}

describe('normalize on any input', () => {
  it('never throws on arbitrary strings and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => checkInvariants(normalize(raw(s)))),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary UTF-16 (lone surrogates too)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => checkInvariants(normalize(raw(s)))),
      { numRuns: 300 },
    );
  });

  it('keeps its invariants on text made of the pieces every pass looks for', () => {
    fc.assert(fc.property(pieces, (s) => checkInvariants(normalize(raw(s)))), { numRuns: 500 });
  });

  it('keeps its invariants on seed text with random mutations', () => {
    const seeds = SEED_FILES.map((f) => seedText(f.slice(0, 3)));
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 30 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })) });
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 12 }), (seed, edits) => {
        checkInvariants(normalize(raw(mutate(seed, edits))));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the seeds map back', () => {
  it.each(SEED_FILES.map((f) => [f.slice(0, 3)]))('%s: invariants hold', (seed) => {
    checkInvariants(normalize(raw(seedText(seed))));
  });

  // Each sentence's original span, normalized on its own, is the sentence: the map points at
  // exactly the text the repairs turned into it.
  it.each(SEED_FILES.map((f) => [f.slice(0, 3)]))('%s: every sentence repairs from its original span', (seed) => {
    const doc = normalize(raw(seedText(seed)));
    for (const s of doc.sentences) {
      const start = doc.offsets[s.start]!;
      const end = doc.offsets[s.end - 1]! + 1;
      expect(normalize(raw(doc.original.slice(start, end))).text).toBe(s.text);
    }
  });

  // What the map skips (original text with no normalized character) is whitespace, annotations
  // or whole removed lines — never part of a kept word.
  it.each(SEED_FILES.map((f) => [f.slice(0, 3)]))('%s: only whitespace, annotations and whole lines are dropped', (seed) => {
    const doc = normalize(raw(seedText(seed)));
    const kept = new Uint8Array(doc.original.length);
    for (let i = 0; i < doc.text.length; i++) kept[doc.offsets[i]!] = 1;
    const dropped: Array<[number, number]> = [];
    for (let i = 0; i < doc.original.length; i++) {
      if (kept[i]) continue;
      let j = i;
      while (j < doc.original.length && !kept[j]) j++;
      dropped.push([i, j]);
      i = j;
    }
    const ANNOTATIONS = /^(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]|[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\))+$/;
    for (const [from, to] of dropped) {
      const piece = doc.original.slice(from, to);
      const wholeLines = (from === 0 || doc.original.charAt(from - 1) === '\n' || /^\s/.test(piece)) && (to === doc.original.length || /\s$/.test(piece) || doc.original.charAt(to) === '\n');
      expect(piece.trim() === '' || ANNOTATIONS.test(piece) || wholeLines).toBe(true);
    }
  });
});

// The five seed articles through normalize. Every expected value was read off the article text
// (annotation counts checked with grep), not copied from the program's output.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize';
import type { Document, RepairKind } from '../../src/types';
import { raw, seedPath, seedText } from './helpers';

interface SeedExpectation {
  seed: string;
  title: string;
  date: string | null;
  precision: string;
  dateSource: string;
  source: string | undefined;
  script: string;
  /** Repairs by kind; a kind not listed must be absent. */
  repairs: Partial<Record<RepairKind, number | 'some'>>;
  /** Damaged spans as the original text has them. */
  damaged: string[];
  bylines: string[];
  /** Lines that must be gone and text that must stay. */
  removed: string[];
  kept: string[];
}

const SEEDS: SeedExpectation[] = [
  {
    // Traditional, pinyin after many characters, a crawl header with source and date, a photo
    // name per picture, and a tail of link lists, copyright and registration lines.
    seed: '000',
    title: '抢抓机遇、勇?\uE319姑?，莱芜区加快建设省会城市副中心',
    date: '2020-09-13',
    precision: 'day',
    dateSource: 'date.time-label',
    source: '中国产业经济信息网',
    script: 'traditional',
    // 320 bracketed syllables (grep); furniture: the source line, 2 photo names, the hotline, 转自,
    // the disclaimer, 延伸阅读 and the 8 lines after it.
    repairs: { 'pinyin-annotation': 320, 'traditional-to-simplified': 'some', 'width-and-punctuation': 'some', whitespace: 'some', 'site-furniture': 15, 'damaged-span': 3 },
    // 勇擔使命 lost 擔 and 使命 (a private-use character in between), 擴 lost, 氣管道進 garbled.
    damaged: ['?lián)\uE319姑?', '?jǐn)U', '?xì)夤艿肋M'],
    bylines: [],
    removed: ['20200913204117998.jpg', '来源：', '纠错热线', '转自', '版权', '延伸阅读', '热点视频', '村里来了服务队', '微信公众号', 'ICP'],
    kept: ['莱芜区委副书记、区长秦蕾介绍了', '坚持?U大总量', '清洁取暖燃?夤艿肋M入95个村'],
  },
  {
    // Simplified with a traditional name, a masthead over the byline, a related article after
    // 延伸阅读 (kept: it is prose) and an app prompt at the end.
    seed: '001',
    title: '钢城区重点推进“1364”工作思路落细落实 凝心聚力开新局 崇尚实干抓落实',
    // No date printed; the latest year it names is the baseline of 比2021年翻一番: a lower bound.
    date: '2021',
    precision: 'year',
    dateSource: 'date.inferred-latest-year',
    source: '齐鲁晚报·齐鲁壹点',
    script: 'mixed',
    // 鄧頌 seven times (grep): 14 characters.
    repairs: { 'traditional-to-simplified': 14, 'width-and-punctuation': 'some', whitespace: 'some', 'site-furniture': 4 },
    damaged: [],
    bylines: ['记者 姜凯', '记者 元玉飞', '通讯员 谢娟'],
    removed: ['鄧頌', '齐鲁晚报·齐鲁壹点', '延伸阅读', '扫码下载', '找记者'],
    kept: ['邓颂代表中国共产党济南市钢城区委员会', '钢城区发展站上了新的起点。 钢城区供图', '钢城区确定五年发展目标 力争GDP突破500亿元', '显著提升'],
  },
  {
    // A simplified round-up: one photo name, ASCII punctuation, no date printed. It reports 2018
    // and plans 2019 (力争2020年 and 2021年前 are goals), so the year is inferred as 2019.
    seed: '002',
    title: '新年新起点，济南各区县纷纷吹响发展号角',
    date: '2019',
    precision: 'year',
    dateSource: 'date.inferred-latest-year',
    source: undefined,
    script: 'simplified',
    repairs: { 'width-and-punctuation': 'some', whitespace: 'some', 'site-furniture': 1 },
    damaged: [],
    bylines: [],
    removed: ['pic3.jpg'],
    kept: ['市委常委，济南高新区党工委书记、管委会主任王宏志——', '历下区委书记马玉星——担当作为抓落实 决战决胜立新功'],
  },
  {
    // Traditional with pinyin; the page header shows the crawl date, the 发布日期 line the real one.
    seed: '003',
    title: '品质市中 奋楫扬帆逐浪高',
    date: '2021-01-11',
    precision: 'day',
    dateSource: 'date.publication-label',
    source: '济南日??',
    script: 'traditional',
    // 842 bracketed syllables (grep); furniture: header date, 发布日期, 信息来源, a lone ?, 友情链接.
    repairs: { 'pinyin-annotation': 842, 'traditional-to-simplified': 'some', 'width-and-punctuation': 'some', whitespace: 'some', 'site-furniture': 5, 'damaged-span': 3 },
    // 百強區 twice lost 強; 迈进。科学 lost 。科 and 学 (茖W).
    damaged: ['?gòu)?', '?gòu)?', '??茖W'],
    bylines: ['编辑 时金'],
    removed: ['2023年03月29日', '发布日期', '信息来源', '友情链接'],
    kept: ['2020年中国百??区', '迈进??茖W合理设置社区', '编辑：时金'],
  },
  {
    // Traditional without pinyin or date; the byline closes the last paragraph in brackets.
    seed: '004',
    title: '初冬时节，行走在市中大地，重点项目工地上热火朝天，产业园区车…',
    date: null,
    precision: 'unknown',
    dateSource: 'none',
    source: undefined,
    script: 'traditional',
    repairs: { 'traditional-to-simplified': 'some', 'width-and-punctuation': 'some' },
    damaged: [],
    bylines: ['记者 刘振江', '通讯员 褚洪波'],
    removed: [],
    kept: ['异质结（HJT）电池', '（记者 刘振江 通讯员 褚洪波）'],
  },
];

const docs = new Map<string, Document>();
function doc(seed: string): Document {
  if (!docs.has(seed)) docs.set(seed, normalize(raw(seedText(seed), {}, seedPath(seed))));
  return docs.get(seed)!;
}

describe.each(SEEDS)('seed $seed', (e) => {
  it('title, date, source and script', () => {
    const d = doc(e.seed);
    expect(d.title).toBe(e.title);
    expect(d.report.title).toBe(e.title);
    expect(d.date).toEqual({ value: e.date, precision: e.precision });
    expect(d.report.dateSource).toBe(e.dateSource);
    expect(d.source).toBe(e.source);
    expect(d.report.script).toBe(e.script);
  });

  it('repairs by kind', () => {
    const byKind = Object.fromEntries(doc(e.seed).report.repairs.map((r) => [r.kind, r.count]));
    expect(Object.keys(byKind).sort()).toEqual(Object.keys(e.repairs).sort());
    for (const [kind, count] of Object.entries(e.repairs)) {
      if (count === 'some') expect(byKind[kind]).toBeGreaterThan(0);
      else expect(byKind[kind]).toBe(count);
    }
  });

  it('damaged spans, quoted from the original', () => {
    const d = doc(e.seed);
    expect(d.report.damaged.map((x) => x.quote)).toEqual(e.damaged);
    for (const x of d.report.damaged) expect(d.original.slice(x.start, x.end)).toBe(x.quote);
    expect(d.damaged).toHaveLength(e.damaged.length);
  });

  it('bylines', () => {
    const d = doc(e.seed);
    expect(d.bylines.map((b) => `${b.role} ${b.name}`)).toEqual(e.bylines);
    for (const b of d.bylines) expect(d.text.slice(b.span.start, b.span.end)).toBe(b.name);
  });

  it('furniture removed, article kept', () => {
    const d = doc(e.seed);
    for (const gone of e.removed) expect(d.text).not.toContain(gone);
    for (const stays of e.kept) expect(d.text).toContain(stays);
    expect(d.text).not.toMatch(/\n\n|^\s|\s$/);
  });
});

describe('seed details', () => {
  it('003: the crawl date in the page header is reported, not used', () => {
    expect(doc('003').report.warnings.some((w) => w.includes('2023年03月29日'))).toBe(true);
  });

  it('004: with no headline the title is the opening sentence, with a warning', () => {
    expect(doc('004').report.warnings).toContain('no headline line: the title is the opening sentence');
  });

  it('the title of a seed is its first line and its own sentence', () => {
    for (const seed of ['000', '001', '002', '003']) {
      const d = doc(seed);
      expect(d.text.split('\n')[0]).toBe(d.title);
      expect(d.sentences[0]!.text).toBe(d.title);
    }
  });

  it('a headline inside the round-up is a line of its own (the extractors read sections by lines)', () => {
    expect(doc('002').text.split('\n')).toContain('咬定世界一流高科技园区目标');
  });
});

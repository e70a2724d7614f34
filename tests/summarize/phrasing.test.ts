// How summaries say things: English grammar by compromise, dates, place names and titles in both
// languages, read from a small hand-made graph of real places (general knowledge, no article).
import { describe, expect, it } from 'vitest';
import type { Dated } from '../../src/summarize/dates';
import { formatDate } from '../../src/summarize/dates';
import { count, countIs, list, plural } from '../../src/summarize/en/grammar';
import { EnglishPhrasebook } from '../../src/summarize/en/phrasebook';
import { PlaceNames, placeTitle } from '../../src/summarize/places';
import { relationshipsOf } from '../../src/summarize/read';
import { ChinesePhrasebook } from '../../src/summarize/zh';
import { handMadeGraph } from './helpers';

describe('English grammar', () => {
  it.each([
    ['project', 'projects'],
    ['company', 'companies'],
    ['post', 'posts'],
    ['person', 'people'],
    ['subdivision', 'subdivisions'],
  ])('plural(%s) = %s', (noun, expected) => {
    expect(plural(noun)).toBe(expected);
  });

  it.each([
    [1, 'project', '1 project', '1 project is'],
    [3, 'project', '3 projects', '3 projects are'],
    [1, 'company', '1 company', '1 company is'],
    [2, 'company', '2 companies', '2 companies are'],
    [0, 'article', '0 articles', '0 articles are'],
  ])('%i %s', (n, noun, counted, withCopula) => {
    expect(count(n, noun)).toBe(counted);
    expect(countIs(n, noun)).toBe(withCopula);
  });

  it.each([
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B, and C'],
  ])('list(%j) = %s', (items, expected) => {
    expect(list(items)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    [{ value: '2020-09-13', precision: 'day' }, '13 September 2020', '2020年9月13日'],
    [{ value: '2020-09', precision: 'month' }, 'September 2020', '2020年9月'],
    [{ value: '2020', precision: 'year' }, '2020', '2020年'],
  ] as Array<[Dated, string, string]>)('%j', (date, en, zh) => {
    expect(formatDate(date, 'en')).toBe(en);
    expect(formatDate(date, 'zh')).toBe(zh);
  });
});

// Real divisions, by their codes; the posts are invented holders (甲乙丙 …).
const graph = handMadeGraph(
  [
    ['Province:37', { label: 'Province', name: '山东省', code: '37', level: 'province' }],
    ['City:3701', { label: 'City', name: '济南市', code: '3701', level: 'city', parentCode: '37' }],
    ['City:3709', { label: 'City', name: '泰安市', code: '3709', level: 'city', parentCode: '37' }],
    ['District:370116', { label: 'District', name: '莱芜区', code: '370116', level: 'county', parentCode: '3701' }],
    ['District:370124', { label: 'District', name: '平阴县', code: '370124', level: 'county', parentCode: '3701' }],
    ['District:370982', { label: 'District', name: '新泰市', code: '370982', level: 'county', parentCode: '3709' }],
    ['District:3701:济南高新区', { label: 'District', name: '济南高新区', level: 'zone', parentCode: '3701' }],
    ['District:3701:新旧动能转换先行区', { label: 'District', name: '新旧动能转换先行区', level: 'zone', parentCode: '3701' }],
    ['Official:3701:甲乙', { label: 'Official', name: '甲乙' }],
  ],
  [
    ['Official:3701:甲乙', 'District:370116', { type: 'HOLDS_POSITION', title: '区委书记' }],
    ['Official:3701:甲乙', 'District:370116', { type: 'HOLDS_POSITION', title: '区委副书记' }],
    ['Official:3701:甲乙', 'District:370116', { type: 'HOLDS_POSITION', title: '区长' }],
    ['Official:3701:甲乙', 'District:370124', { type: 'HOLDS_POSITION', title: '县委书记' }],
    ['Official:3701:甲乙', 'District:370124', { type: 'HOLDS_POSITION', title: '县长' }],
    ['Official:3701:甲乙', 'City:3701', { type: 'HOLDS_POSITION', title: '市委常委' }],
    ['Official:3701:甲乙', 'Province:37', { type: 'HOLDS_POSITION', title: '省委书记' }],
    ['Official:3701:甲乙', 'District:3701:济南高新区', { type: 'HOLDS_POSITION', title: '党工委书记' }],
    ['Official:3701:甲乙', 'District:3701:济南高新区', { type: 'HOLDS_POSITION', title: '管委会主任' }],
    ['Official:3701:甲乙', 'District:370116', { type: 'HOLDS_POSITION', title: '人大常委会主任' }],
    ['Official:3701:甲乙', 'District:370116', { type: 'HOLDS_POSITION', title: '区政协主席' }],
    ['Official:3701:甲乙', 'District:370116', { type: 'HOLDS_POSITION', title: '党组书记' }],
  ],
);

describe('place names', () => {
  const places = new PlaceNames(graph);
  it.each([
    ['Province:37', '山东省', 'Shandong Province', undefined],
    ['City:3701', '济南市', 'Jinan', 'Shandong Province'],
    ['City:3709', '泰安市', "Tai'an", 'Shandong Province'],
    ['District:370116', '济南市莱芜区', 'Laiwu District', 'Jinan'],
    ['District:370124', '济南市平阴县', 'Pingyin County', 'Jinan'],
    ['District:370982', '泰安市新泰市', 'Xintai City', "Tai'an"],
    ['District:3701:济南高新区', '济南高新区', 'Jinan High-tech Zone', undefined],
    ['District:3701:新旧动能转换先行区', '济南市新旧动能转换先行区', 'Xinjiu Dongneng Zhuanhuan Pilot Zone', 'Jinan'],
  ])('%s: %s, %s', (id, zh, en, parentEn) => {
    const place = places.of(id);
    expect(place.zh).toBe(zh);
    expect(place.en).toBe(en);
    expect(place.parentEn).toBe(parentEn);
  });

  it.each([
    ['莱芜区', '区委副书记', '莱芜区委副书记'],
    ['莱芜区', '区长', '莱芜区区长'],
    ['莱芜区', '副区长', '莱芜区副区长'],
    ['莱芜区', '区人大常委会主任', '莱芜区人大常委会主任'],
    ['济南市', '市委常委', '济南市委常委'],
    ['山东省', '省委书记', '山东省委书记'],
    ['济南高新区', '党工委书记', '济南高新区党工委书记'],
  ])('placeTitle(%s, %s) = %s', (place, title, expected) => {
    expect(placeTitle(place, title)).toBe(expected);
  });
});

describe('titles', () => {
  const byTitle = new Map(relationshipsOf(graph, 'Official:3701:甲乙').map((rel) => [String(rel.attrs.title), rel]));
  it.each([
    ['区委书记', 'Party Secretary of the Laiwu District Committee, Jinan (莱芜区委书记)', '济南市莱芜区委书记'],
    ['区委副书记', 'Deputy Party Secretary of the Laiwu District Committee, Jinan (莱芜区委副书记)', '济南市莱芜区委副书记'],
    ['区长', 'District Mayor (head of Laiwu District), Jinan (莱芜区区长)', '济南市莱芜区区长'],
    ['县委书记', 'Party Secretary of the Pingyin County Committee, Jinan (平阴县委书记)', '济南市平阴县委书记'],
    ['县长', 'County Mayor (head of Pingyin County), Jinan (平阴县县长)', '济南市平阴县县长'],
    ['市委常委', 'Member of the Standing Committee of the Jinan Municipal Party Committee (济南市委常委)', '济南市委常委'],
    ['省委书记', 'Party Secretary of Shandong Province (山东省委书记)', '山东省委书记'],
    ['党工委书记', 'Party Secretary of the Jinan High-tech Zone Working Committee (济南高新区党工委书记)', '济南高新区党工委书记'],
    ['管委会主任', 'Director of the Jinan High-tech Zone Administrative Committee (济南高新区管委会主任)', '济南高新区管委会主任'],
    ['人大常委会主任', 'Director of the Standing Committee of the Laiwu District People’s Congress, Jinan (莱芜区人大常委会主任)', '济南市莱芜区人大常委会主任'],
    ['区政协主席', 'Chairman of the Laiwu District Committee of the CPPCC, Jinan (莱芜区政协主席)', '济南市莱芜区政协主席'],
    // not in the glossary: the characters and their pinyin
    ['党组书记', '党组书记 (dang zu shu ji) in Laiwu District, Jinan (莱芜区)', '济南市莱芜区党组书记'],
  ])('%s', (title, en, zh) => {
    const rel = byTitle.get(title)!;
    const english = new EnglishPhrasebook(graph).statement(rel, '[1]');
    expect(english).toBe(`An undated article names Jia Yi (甲乙) as ${en} [1].`);
    expect(new ChinesePhrasebook(graph).statement(rel, '[1]')).toBe(`未注明日期的报道称甲乙任${zh}[1]。`);
  });
});

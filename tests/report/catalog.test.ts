// The report catalogue: every file in cypher/reports/ is a report with a header, and parameters
// given on the command line take the type of their defaults.
import { describe, expect, it } from 'vitest';
import { parseReport, report, reports, resolveParams } from '../../src/report/catalog';
import { favorite } from '../../src/report/browser';

describe('report files', () => {
  it('hold the reports users ask for, each with a description and a query using only declared parameters', () => {
    expect([...reports().keys()].sort()).toEqual([
      'company-footprint', 'evidence', 'hubs', 'name-clashes', 'official-company-paths', 'officials-by-district', 'post-history', 'projects-by-district',
    ]);
    for (const def of reports().values()) {
      expect(def.description.length).toBeGreaterThan(10);
      const used = new Set([...def.query.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual(def.params.map((p) => p.name).sort());
    }
  });

  it.each([
    ['// description: x\nRETURN 1;', /needs "\/\/ name:"/],
    ['// name: x\n// description: y\n// param: 1bad = 2\nRETURN 1;', /bad param line/],
  ])('a malformed header is a usage error naming the file: %s', (text, message) => {
    expect(() => parseReport('cypher/reports/x.cypher', text)).toThrow(message);
    expect(() => parseReport('cypher/reports/x.cypher', text)).toThrow(/cypher\/reports\/x\.cypher/);
  });
});

describe('resolveParams', () => {
  const def = report('officials-by-district');
  it.each([
    [[], { district: '', asOf: '', limit: 200 }],
    [['limit=5'], { district: '', asOf: '', limit: 5 }],
    [['district=莱芜区', 'asOf=2020'], { district: '莱芜区', asOf: '2020', limit: 200 }],
    // a value is data, whatever it looks like
    [["district=x' OR 1=1 //"], { district: "x' OR 1=1 //", asOf: '', limit: 200 }],
  ])('%j → %j', (pairs, expected) => {
    expect(resolveParams(def, pairs)).toEqual(expected);
  });

  it.each([
    [['limit=many'], /a number is expected/],
    [['nope=1'], /has no parameter "nope"/],
    [['district'], /is not key=value/],
  ])('%j is refused', (pairs, message) => {
    expect(() => resolveParams(def, pairs)).toThrow(message);
  });
});

describe('Browser favourites', () => {
  it('set the defaults with :params, escaped, then run the query', () => {
    const text = favorite(report('post-history'));
    expect(text).toContain(":params {title: '区委书记', district: '', from: '', to: ''};");
    expect(text).toContain(report('post-history').query);
  });
});

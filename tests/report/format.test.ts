// Report output formats: values shown as written, CSV safe to open in a spreadsheet, Markdown that
// shows metacharacters instead of rendering them.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cellText, csvSafe, formatReport, markdownEscape } from '../../src/report/format';
import type { ReportResult } from '../../src/report/run';

const result: ReportResult = {
  name: 'test',
  columns: ['name', 'list', 'n'],
  rows: [
    ['=HYPERLINK("http://x")', ['a', 'b'], 3],
    ['莱芜区 | *bold* <b>', [], null],
  ],
};

describe('formats', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86', "'+86"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['普通文本', '普通文本'],
  ])('csvSafe(%s) = %s', (input, expected) => {
    expect(csvSafe(input)).toBe(expected);
  });

  it('CSV reads back as written, formulas neutralized', () => {
    const rows = parse(formatReport(result, 'csv')) as string[][];
    expect(rows).toEqual([
      ['name', 'list', 'n'],
      [`'=HYPERLINK("http://x")`, 'a; b', '3'],
      ['莱芜区 | *bold* <b>', '', ''],
    ]);
  });

  it('JSON keeps types', () => {
    expect(JSON.parse(formatReport(result, 'json'))).toEqual([
      { name: '=HYPERLINK("http://x")', list: ['a', 'b'], n: 3 },
      { name: '莱芜区 | *bold* <b>', list: [], n: null },
    ]);
  });

  it('Markdown escapes table and inline metacharacters', () => {
    expect(markdownEscape('a|b *c* <d> `e`')).toBe('a\\|b \\*c\\* \\<d\\> \\`e\\`');
    const md = formatReport(result, 'markdown').split('\n');
    expect(md[0]).toBe('| name | list | n |');
    expect(md[3]).toBe('| 莱芜区 \\| \\*bold\\* \\<b\\> |  |  |');
  });

  it('a table shows every row, CJK included', () => {
    const table = formatReport(result, 'table');
    expect(table).toContain('test: 2 row(s)');
    expect(table).toContain('莱芜区 | *bold* <b>');
    expect(cellText(['x', null, 'y'])).toBe('x; y');
  });

  it('a terminal table escapes control and bidi characters from the graph', () => {
    const hostile: ReportResult = { name: 'test', columns: ['name'], rows: [['恒达\u202E司公\nwarning: x\u001b[2J']] };
    const table = formatReport(hostile, 'table');
    expect(table).not.toMatch(/[\u001b\u202e]/);
    expect(table.split('\n').filter((line) => line.includes('warning'))).toHaveLength(1);
    expect(table).toContain('恒达\\u202e司公\\nwarning: x\\u001b[2J');
  });
});

// Markdown safety: text from the graph is shown as written, never rendered as markup or HTML; and
// summary file names are safe whatever an entity is called.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, summarize, summaryFileName, unescapeMarkdown } from '../../src/summarize';
import { evidenceIn, handMadeGraph, readSummary } from './helpers';

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* and _italic_', '\\*bold\\* and \\_italic\\_'],
    ['[link](http://example.com)', '\\[link\\](http://example.com)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['a | b | c', 'a \\| b \\| c'],
    ['`code` and ```fence```', '\\`code\\` and \\`\\`\\`fence\\`\\`\\`'],
    ['# not a heading', '\\# not a heading'],
    ['closing hashes ##', 'closing hashes \\#\\#'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['&lt;entity&gt;', '\\&lt;entity\\&gt;'],
    ['back\\slash', 'back\\\\slash'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['- not a bullet', '\\- not a bullet'],
    ['+ not a bullet', '\\+ not a bullet'],
    ['line\nbreak\r\nand\ttab', 'line break and tab'],
    // Bidi controls are dropped: U+202E would show the rest of the line right to left.
    ['恒达\u202Efdp.exe', '恒达fdp.exe'],
    ['\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C张岚', '张岚'],
    ['*_[]<>|#`', '\\*\\_\\[\\]\\<\\>\\|\\#\\`'],
    ['莱芜区委副书记、区长', '莱芜区委副书记、区长'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });

  it('shows any text as written: unescaping gives it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }).filter((s) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(s)), (text) => {
        expect(unescapeMarkdown(escapeMarkdown(text))).toBe(text);
      }),
    );
  });

  it('escapes names and evidence sentences in a summary', () => {
    const name = '<img src=x onerror=alert(1)>*Evil*_Co_[x](y)|#`rm`';
    const text = `# 1. ${name}与东湖大学合作研发。`;
    const sentence = text;
    const graph = handMadeGraph(
      [
        ['Article:00000000000000aa', { label: 'Article', name: 'T', title: '<b>标题</b>', datePrecision: 'day', date: '2021-03-04' }],
        [`Company:${name}`, { label: 'Company', name }],
        ['Institution:东湖大学', { label: 'Institution', name: '东湖大学' }],
      ],
      [
        [`Company:${name}`, 'Institution:东湖大学', { type: 'PARTNERS_WITH', evidence: [evidenceIn('00000000000000aa', text, sentence)] }],
        [`Company:${name}`, 'Article:00000000000000aa', { type: 'MENTIONED_IN', evidence: [evidenceIn('00000000000000aa', text, sentence)] }],
      ],
    );
    for (const lang of ['zh', 'en'] as const) {
      const { markdown } = summarize(graph, `Company:${name}`, lang);
      // Besides the summary's own headings and citations, no bare < * _ [ | # or backtick is left.
      for (const line of markdown.split('\n')) {
        expect(line.replace(/^#+ /, '').replace(/(?<!\\)\[\d+\]/g, '')).not.toMatch(/(?<!\\)[<*_[|#`]/);
      }
      expect(markdown).toContain(escapeMarkdown(name));
      const { sources } = readSummary(markdown);
      expect(sources.get(1)?.sentence).toBe(sentence);
    }
  });
});

describe('bidi and control characters in a summary', () => {
  it('are not left raw in names, titles or quoted sentences, while the graph keeps them', () => {
    const name = '恒达\u202E司公限有\u2066';
    const title = '\u202E题标\u0001';
    const sentence = `${name}与东湖大学\u200F合作研发。`;
    const graph = handMadeGraph(
      [
        ['Article:00000000000000ab', { label: 'Article', name: 'T', title, datePrecision: 'day', date: '2021-03-04' }],
        [`Company:${name}`, { label: 'Company', name }],
        ['Institution:东湖大学', { label: 'Institution', name: '东湖大学' }],
      ],
      [
        [`Company:${name}`, 'Institution:东湖大学', { type: 'PARTNERS_WITH', evidence: [evidenceIn('00000000000000ab', sentence, sentence)] }],
        [`Company:${name}`, 'Article:00000000000000ab', { type: 'MENTIONED_IN', evidence: [evidenceIn('00000000000000ab', sentence, sentence)] }],
      ],
    );
    for (const lang of ['zh', 'en'] as const) {
      const { markdown } = summarize(graph, `Company:${name}`, lang);
      expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
      expect(markdown).toContain('恒达司公限有');
    }
    expect(graph.getNodeAttribute(`Company:${name}`, 'name')).toBe(name);
  });
});

describe('summaryFileName', () => {
  const SAFE = /^[0-9a-f]{8}(?:-[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?\.md$/u;

  it.each([
    ['Official:3701:秦蕾', '秦蕾'],
    ['Company:../../etc/passwd', '../../etc/passwd'],
    ['Company:a\\b/c', 'a\\b/c'],
    ['Company:\u0000\u001b[31m', '\u0000\u001b[31m'],
    ['Project:x:.hidden', '.hidden'],
    ['Project:x:国家科技领军人才创新创业（济南）基地', '国家科技领军人才创新创业（济南）基地'],
    ['Company:' + '很长'.repeat(60), '很长'.repeat(60)],
  ])('%j is safe and stable', (id, name) => {
    const file = summaryFileName(id, name);
    expect(file).toMatch(SAFE);
    expect(Array.from(file).length).toBeLessThanOrEqual(8 + 1 + 40 + 3);
    expect(summaryFileName(id, name)).toBe(file);
  });

  it('gives different ids different names even when the names are equal', () => {
    expect(summaryFileName('District:370103', '市中区')).not.toBe(summaryFileName('District:370402', '市中区'));
  });
});

// The offset map: edits delete and substitute, and every kept character keeps its original index.
import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/normalize/mapped-text';

type Edit = [start: number, end: number, replacement: string];

describe('EditLog', () => {
  it.each<[string, string, Edit[], string, number[]]>([
    ['nothing', 'abc', [], 'abc', [0, 1, 2, 3]],
    ['a deletion in the middle', 'abcdef', [[2, 4, '']], 'abef', [0, 1, 4, 5, 6]],
    ['a substitution, character for character', '萊蕪區', [[0, 3, '莱芜区']], '莱芜区', [0, 1, 2, 3]],
    ['a run collapsed onto its first character', 'a   b', [[1, 4, ' ']], 'a b', [0, 1, 4, 5]],
    ['a deletion at the end: the original ends where it began', 'abc  ', [[3, 5, '']], 'abc', [0, 1, 2, 3]],
    ['a deletion at the start', '  abc', [[0, 2, '']], 'abc', [2, 3, 4, 5]],
    ['several edits given out of order', '區(qū)域', [[3, 5, ''], [1, 3, '']], '區域', [0, 5, 6]],
    ['everything deleted', 'abc', [[0, 3, '']], '', [0]],
  ])('%s', (_, text, edits, expected, offsets) => {
    const log = MappedText.of(text).edit();
    for (const [start, end, replacement] of edits) log.replace(start, end, replacement);
    const result = log.apply();
    expect(result.text).toBe(expected);
    expect(Array.from(result.offsets)).toEqual(offsets);
  });

  it('composes: a second pass maps through the first to the original', () => {
    const first = MappedText.of('區(qū)  域').edit();
    first.delete(1, 5);
    const second = first.apply().edit();
    second.replace(1, 3, ' ');
    const result = second.apply();
    expect(result.text).toBe('區 域');
    expect(Array.from(result.offsets)).toEqual([0, 5, 7, 8]);
    expect(result.toOriginal({ start: 0, end: 3 })).toEqual({ start: 0, end: 8 });
  });

  it.each<[string, () => void]>([
    ['overlapping edits', () => {
      const log = MappedText.of('abcdef').edit();
      log.delete(1, 4);
      log.delete(3, 5);
      log.apply();
    }],
    ['a replacement longer than its span', () => MappedText.of('abc').edit().replace(0, 1, 'xy')],
    ['a span outside the text', () => MappedText.of('abc').edit().delete(2, 9)],
  ])('refuses %s', (_, act) => {
    expect(act).toThrow(RangeError);
  });
});

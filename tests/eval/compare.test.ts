// How the evaluation compares titles: annotators and rules may write a level word or an organ's long
// form either way; the words that differ in meaning must stay.
import { describe, expect, it } from 'vitest';
import { comparableTitle } from '../../src/eval';

describe('titles as the evaluation compares them', () => {
  it.each([
    ['县财政局局长', '财政局局长'],
    ['市乡村振兴局副局长', '乡村振兴局副局长'],
    // 乡村振兴局 opens with no level word
    ['乡村振兴局副局长', '乡村振兴局副局长'],
    ['乡人大主席', '人大主席'],
    ['县人民代表大会常务委员会主任', '人大常委会主任'],
    ['宣传部部长', '宣传部长'],
    ['县委书记', '县委书记'],
  ])('%s → %s', (title, expected) => {
    expect(comparableTitle(title)).toBe(expected);
  });
});

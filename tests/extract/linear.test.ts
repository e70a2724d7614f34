// Extraction does work linear in its input: a text written out twice makes the per-document look-ups
// (scope, positions) visit at most about twice as many mentions. Counted, not timed: the time of a
// long input is the bench's (bench/long.ts).
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupVisits } from '../../src/extract/lookups';
import { extractText } from '../helpers/documents';
import { seedFiles } from '../helpers/seeds';

const seeds = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));

/** How many mentions extraction's look-ups visit on `text`. */
function visits(text: string): number {
  lookupVisits.count = 0;
  extractText(text);
  return lookupVisits.count;
}

// A badly split export: every clause on a line of its own, so most lines are short and heading-like.
const clausePerLine = (text: string) => text.replace(/([。；;，]|,(?!\d))(?!\n)/g, '$1\n');

const CASES: Array<[name: string, text: string]> = [
  ['the five seeds as one text', seeds.join('\n')],
  ['the five seeds, a clause a line', clausePerLine(seeds.join('\n'))],
  ['a round-up: one seed under headings that name districts', ['南湖区委书记孙立——', seeds[0]!, '北湖区委书记王明——', seeds[1]!, '西湖区区长李强——', seeds[2]!].join('\n')],
];

describe('extraction look-ups are linear in the input', () => {
  it.each(CASES)('%s: twice the text, at most about twice the visits', (_, text) => {
    const once = visits(text);
    const twice = visits(`${text}\n${text}`);
    const fourTimes = visits(`${text}\n${text}\n${text}\n${text}`);
    expect(once).toBeGreaterThan(0);
    expect(twice / once).toBeLessThanOrEqual(2.2);
    expect(fourTimes / twice).toBeLessThanOrEqual(2.2);
  });
});

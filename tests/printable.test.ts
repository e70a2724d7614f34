// Text printed to a terminal: control characters and bidi controls become visible escapes, so a file
// name can't fake a second line or turn the rest of a line around; everything else stays as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../src/printable';

describe('printable', () => {
  it.each([
    ['seeds/a\nwarning: fake.txt', 'seeds/a\\nwarning: fake.txt'],
    ['a\r\nb\tc', 'a\\r\\nb\\tc'],
    ['\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'],
    ['\u0000\u007f\u0085\u009b', '\\u0000\\u007f\\u0085\\u009b'],
    ['恒达\u202Efdp.exe', '恒达\\u202efdp.exe'],
    ['\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C', '\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c'],
    ['line\u2028separator\u2029', 'line\\u2028separator\\u2029'],
    ['区委副书记、区长秦蕾 *x* <b>', '区委副书记、区长秦蕾 *x* <b>'],
  ])('row %#', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('never leaves a line break, escape or bidi control in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(printable(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
      }),
    );
  });
});

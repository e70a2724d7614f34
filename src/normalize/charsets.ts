// Which characters a script uses, read from the national code tables in iconv-lite rather than
// typed in: GB2312 is the simplified set (its level 1 the 3,755 common characters), Big5 the
// traditional one. A character outside GB2312 is either traditional or rare.
import iconv from 'iconv-lite';

/** All CJK characters that the double-byte region [leads] × [trails] of `encoding` decodes to. */
function codeTable(encoding: string, leads: [number, number], trails: Array<[number, number]>): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [lo, hi] of trails) for (let trail = lo; trail <= hi; trail++) bytes.push(lead, trail);
  }
  const chars = new Set<string>();
  for (const ch of iconv.decode(Buffer.from(bytes), encoding)) if (isCjkIdeograph(ch)) chars.add(ch);
  return chars;
}

// One flag byte per BMP code point: the tables are asked about every character of every article.
const GB2312 = 1;
const GB2312_LEVEL1 = 2;
const BIG5 = 4;

let flags: Uint8Array | undefined;

function loadFlags(): Uint8Array {
  if (flags) return flags;
  // GB2312 hanzi: lead bytes B0–F7, level 1 (the common ones) B0–D7; GBK agrees with GB2312
  // there. Big5 hanzi: lead A4–F9, without the Hong Kong extensions iconv-lite adds elsewhere.
  const table = new Uint8Array(0x10000);
  const mark = (chars: Set<string>, flag: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)]! |= flag;
  };
  mark(codeTable('gbk', [0xb0, 0xf7], [[0xa1, 0xfe]]), GB2312);
  mark(codeTable('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]), GB2312_LEVEL1);
  mark(codeTable('big5', [0xa4, 0xf9], [[0x40, 0x7e], [0xa1, 0xfe]]), BIG5);
  flags = table;
  return table;
}

/** A CJK unified ideograph (BMP, with extension A). */
export function isCjkIdeograph(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

// The tables hold BMP characters only; a lone surrogate or a longer string is in none of them.
const flagsOf = (ch: string): number => (ch.length === 1 ? loadFlags()[ch.charCodeAt(0)]! : 0);

/** In GB2312: a character simplified text uses. 著 is, 鄧 is not. */
export function inGb2312(ch: string): boolean {
  return (flagsOf(ch) & GB2312) !== 0;
}

/** Among the 3,755 common characters (GB2312 level 1): 肋 is, 艿 is not. */
export function isCommonHanzi(ch: string): boolean {
  return (flagsOf(ch) & GB2312_LEVEL1) !== 0;
}

/** In Big5: a character traditional text uses. 著 is, 邓 is not. */
export function inBig5(ch: string): boolean {
  return (flagsOf(ch) & BIG5) !== 0;
}

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

interface Tables {
  gb2312: Set<string>;
  gb2312Level1: Set<string>;
  big5: Set<string>;
}

let tables: Tables | undefined;

function loadTables(): Tables {
  // GB2312 hanzi: lead bytes B0–F7, level 1 (the common ones) B0–D7; GBK agrees with GB2312
  // there. Big5 hanzi: lead A4–F9, without the Hong Kong extensions iconv-lite adds elsewhere.
  tables ??= {
    gb2312: codeTable('gbk', [0xb0, 0xf7], [[0xa1, 0xfe]]),
    gb2312Level1: codeTable('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]),
    big5: codeTable('big5', [0xa4, 0xf9], [[0x40, 0x7e], [0xa1, 0xfe]]),
  };
  return tables;
}

/** A CJK unified ideograph (BMP, with extension A). */
export function isCjkIdeograph(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** In GB2312: a character simplified text uses. 著 is, 鄧 is not. */
export function inGb2312(ch: string): boolean {
  return loadTables().gb2312.has(ch);
}

/** Among the 3,755 common characters (GB2312 level 1): 肋 is, 艿 is not. */
export function isCommonHanzi(ch: string): boolean {
  return loadTables().gb2312Level1.has(ch);
}

/** In Big5: a character traditional text uses. 著 is, 邓 is not. */
export function inBig5(ch: string): boolean {
  return loadTables().big5.has(ch);
}

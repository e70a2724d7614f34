// Full-width letters and digits → half-width (ＧＤＰ２０２０ → GDP2020), and ASCII punctuation
// in Chinese text → Chinese punctuation (来源:新华社 → 来源：新华社): the extract rules read
// Chinese punctuation, and mirror sites often flatten it to ASCII.
import { isChineseContext, isLostCharacterMark, visibleIndex } from './chars';
import type { MappedText } from './mapped-text';
import { quote, type RepairLog } from './repairs';

const CHINESE_PUNCTUATION: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

// Ａ–Ｚ, ａ–ｚ, ０–９ sit 0xFEE0 above their ASCII forms.
function halfWidth(ch: string): string | undefined {
  const c = ch.charCodeAt(0);
  const fullWidthAlnum = (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
  return fullWidthAlnum ? String.fromCharCode(c - 0xfee0) : undefined;
}

/**
 * True when Chinese text is on either side of `i` (inline spaces skipped): 增长6.1%,规上 but not
 * 1,000. `at` reads the text with the replacements made so far.
 */
function inChineseText(text: string, i: number, at: (j: number) => string = (j) => text.charAt(j)): boolean {
  const before = visibleIndex(text, i, -1);
  const after = visibleIndex(text, i, 1);
  return (before >= 0 && isChineseContext(at(before))) || (after >= 0 && isChineseContext(at(after)));
}

/**
 * Brackets first, as pairs: (HJT) after 异质结 becomes （HJT） as a whole. Then , : ; ! ? with
 * the brackets already converted (（HJT）,15GW → ，). A ? standing for a lost character stays.
 * Returns the replacements by index; only the candidate characters are visited.
 */
function chinesePunctuation(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const pairs: Array<[number, number]> = [];
  const unpaired: number[] = [];
  const open: number[] = [];
  for (const m of text.matchAll(/[()\n]/g)) {
    const i = m.index;
    if (m[0] === '(') open.push(i);
    else if (m[0] === ')') {
      const start = open.pop();
      if (start !== undefined) pairs.push([start, i]);
      else unpaired.push(i);
    } else unpaired.push(...open.splice(0));
  }
  unpaired.push(...open);
  for (const i of unpaired) if (inChineseText(text, i)) out.set(i, text.charAt(i) === '(' ? '（' : '）');
  for (const [start, end] of pairs) {
    if (inChineseText(text, start) || inChineseText(text, end)) {
      out.set(start, '（');
      out.set(end, '）');
    }
  }
  const converted = new Map(out);
  const at = (j: number) => converted.get(j) ?? text.charAt(j);
  for (const m of text.matchAll(/[,:;!?]/g)) {
    const i = m.index;
    if (m[0] === '?' && isLostCharacterMark(text, i)) continue;
    if (inChineseText(text, i, at)) out.set(i, CHINESE_PUNCTUATION[m[0]]!);
  }
  return out;
}

// Characters the pass may change; a text without any is returned as it is.
const CANDIDATE = /[,:;!?()\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

export function normalizeWidth(mt: MappedText, repairs: RepairLog): MappedText {
  const text = mt.text;
  if (!CANDIDATE.test(text)) return mt;
  const replacements = chinesePunctuation(text);
  for (const m of text.matchAll(FULL_WIDTH_ALNUM)) replacements.set(m.index, halfWidth(m[0])!);
  const log = mt.edit();
  for (const i of [...replacements.keys()].sort((a, b) => a - b)) {
    const replacement = replacements.get(i)!;
    log.replace(i, i + 1, replacement);
    repairs.note('width-and-punctuation', () => `${text.charAt(i)}→${replacement}`);
  }
  return log.apply();
}

// A comma a mirror site left before another mark (深入乡镇,、园区 / 调研,。 / 日,,市委): never written,
// always damage. Runs before width is normalized, so what stays is judged in its own context.
const STRAY_COMMA = /[,，](?=[、。，,])/g;

/** Drops the commas of STRAY_COMMA (of two commas the second, so the first keeps its context). */
export function removeStrayCommas(mt: MappedText, repairs: RepairLog): MappedText {
  const text = mt.text;
  if (!/[,，][、。，,]/.test(text)) return mt;
  const log = mt.edit();
  let last = -2;
  for (const m of text.matchAll(STRAY_COMMA)) {
    const nextIsComma = /[，,]/.test(text.charAt(m.index + 1));
    // ，，、: the run's marks after the first comma go; a run of commas keeps its first.
    const at = nextIsComma && m.index !== last + 1 ? m.index + 1 : m.index;
    if (at <= last) continue;
    log.delete(at, at + 1);
    last = at;
    repairs.note('stray-comma', () => quote(text.slice(Math.max(0, m.index - 4), m.index + 2)));
  }
  return log.apply();
}

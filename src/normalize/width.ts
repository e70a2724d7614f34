// Full-width letters and digits → half-width (ＧＤＰ２０２０ → GDP2020), and ASCII punctuation
// in Chinese text → Chinese punctuation (来源:新华社 → 来源：新华社): the extract rules read
// Chinese punctuation, and mirror sites often flatten it to ASCII.
import { isChineseContext, isLostCharacterMark, nextVisible, previousVisible } from './chars';
import type { MappedText } from './mapped-text';
import type { RepairLog } from './repairs';

const CHINESE_PUNCTUATION: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

// Ａ–Ｚ, ａ–ｚ, ０–９ sit 0xFEE0 above their ASCII forms.
function halfWidth(ch: string): string | undefined {
  const c = ch.charCodeAt(0);
  const fullWidthAlnum = (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
  return fullWidthAlnum ? String.fromCharCode(c - 0xfee0) : undefined;
}

/** True when Chinese text is on either side of `i` (inline spaces skipped): 增长6.1%,规上 but not 1,000. */
function inChineseText(chars: string, i: number): boolean {
  return isChineseContext(previousVisible(chars, i)) || isChineseContext(nextVisible(chars, i));
}

/**
 * Brackets first, as pairs: (HJT) after 异质结 becomes （HJT） as a whole. Then , : ; ! ? with
 * the brackets already converted (（HJT）,15GW → ，). A ? standing for a lost character stays.
 */
function chinesePunctuation(text: string): string {
  const chars = text.split('');
  const pairs: Array<[number, number]> = [];
  const unpaired: number[] = [];
  const open: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(') open.push(i);
    else if (ch === ')') {
      const start = open.pop();
      if (start !== undefined) pairs.push([start, i]);
      else unpaired.push(i);
    } else if (ch === '\n' || ch === '') unpaired.push(...open.splice(0));
  }
  for (const i of unpaired) if (inChineseText(text, i)) chars[i] = text.charAt(i) === '(' ? '（' : '）';
  for (const [start, end] of pairs) {
    if (inChineseText(text, start) || inChineseText(text, end)) {
      chars[start] = '（';
      chars[end] = '）';
    }
  }
  const converted = chars.join('');
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' || ch === ')' || !CHINESE_PUNCTUATION[ch]) continue;
    if (ch === '?' && isLostCharacterMark(text, i)) continue;
    if (inChineseText(converted, i)) chars[i] = CHINESE_PUNCTUATION[ch]!;
  }
  return chars.join('');
}

export function normalizeWidth(mt: MappedText, repairs: RepairLog): MappedText {
  const log = mt.edit();
  const text = mt.text;
  const punctuated = chinesePunctuation(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const replacement = halfWidth(ch) ?? (punctuated[i] !== ch ? punctuated.charAt(i) : undefined);
    if (replacement === undefined) continue;
    log.replace(i, i + 1, replacement);
    repairs.note('width-and-punctuation', `${ch}→${replacement}`);
  }
  return log.apply();
}

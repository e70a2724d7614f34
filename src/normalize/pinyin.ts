// Pinyin annotations that mirror sites add after characters: 萊蕪區(qū) → 萊蕪區, 會(huì) → 會.
// An annotation is one or more syllables with tone marks in brackets. Where the opening bracket was
// lost a ? stands in its place, and usually for a lost character too (百?gòu)?qiáng)區 was 百強區):
// the syllables go, the ? stays and is marked as damage (百??区).
import type { MappedText } from './mapped-text';
import { quote, type RepairLog } from './repairs';

// Tone-marked letters by the letter they mark.
const TONES: Record<string, string> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ', n: 'ńňǹ', m: 'ḿ' };
const TONE_MARKED = Object.values(TONES).join('');
const TONE_FREE: Record<string, string> = Object.fromEntries(
  Object.entries(TONES).flatMap(([letter, marked]) => Array.from(marked, (ch) => [ch, letter])),
);

// One syllable once the tone mark is taken off: an optional initial and a final.
// zhuǎn → zhuan, lǐng → ling, ér → er, ü and v both stand for ü.
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouüv]{1,3})(?:ng|n|r)?$|^(?:n|m|ng)$/;

const CANDIDATE = new RegExp(`([(（?])([a-zü${TONE_MARKED}]{1,7}(?: [a-zü${TONE_MARKED}]{1,7}){0,3})([)）])`, 'g');

/** True for "qū", "zhōng guó": lowercase syllables, each carrying exactly one tone mark. */
export function isTonedPinyin(annotation: string): boolean {
  let known = TONED.get(annotation);
  if (known === undefined) {
    known = checkToned(annotation);
    // Annotations repeat (a page annotates hundreds of characters with a few hundred syllables).
    if (TONED.size < 100_000) TONED.set(annotation, known);
  }
  return known;
}

const TONED = new Map<string, boolean>();

function checkToned(annotation: string): boolean {
  return annotation.split(' ').every((syllable) => {
    const marks = Array.from(syllable).filter((ch) => ch in TONE_FREE);
    if (marks.length !== 1) return false;
    const plain = Array.from(syllable, (ch) => TONE_FREE[ch] ?? ch).join('');
    return SYLLABLE.test(plain);
  });
}

// Every annotation holds a tone-marked letter; most articles have none, and this test is cheap.
const ANY_TONE_MARK = new RegExp(`[${TONE_MARKED}]`);

export function removePinyin(mt: MappedText, repairs: RepairLog): MappedText {
  const text = mt.text;
  if (!ANY_TONE_MARK.test(text)) return mt;
  const log = mt.edit();
  for (const m of text.matchAll(CANDIDATE)) {
    const [whole, open, syllables, close] = m;
    if (!isTonedPinyin(syllables!)) continue;
    // Brackets must pair: (qū) or （qū）; a lost opening bracket leaves ?qū).
    if (open !== '?' && (open === '(') !== (close === ')')) continue;
    const start = open === '?' ? m.index + 1 : m.index;
    log.delete(start, m.index + whole.length);
    repairs.note('pinyin-annotation', () => quote(text.slice(Math.max(0, m.index - 1), m.index + whole.length)));
  }
  return log.apply();
}

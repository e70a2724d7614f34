// Hanyu Pinyin for English summaries: person names the conventional way (张岚 → Zhang Lan,
// 欧阳明远 → Ouyang Mingyuan) and place names by their type word (莱芜区 → Laiwu District).
import { pinyin } from 'pinyin-pro';
import { surnameLength as knownSurnameLength } from '../../lexicon/people';
import { SURNAME_READINGS } from '../glossary/names';
import type { PlaceType } from '../glossary/places';

/** Toneless syllables; characters that are not Chinese are kept as they are. */
function syllables(text: string, asSurname: boolean): string[] {
  const options = asSurname ? ({ mode: 'surname', surname: 'all' } as const) : ({ mode: 'normal' } as const);
  return pinyin(text, { toneType: 'none', type: 'all', ...options }).map((s) => (s.isZh ? s.pinyin : s.origin));
}

// Pinyin orthography: a syllable starting with a, o or e after another takes an apostrophe (Xi'an, Tai'an).
function word(parts: string[]): string {
  const joined = parts.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The surname's length for romanizing: a compound surname's 2, else 1 (an unknown surname is one character). */
export function surnameLength(name: string): number {
  return Math.max(1, knownSurnameLength(name));
}

/** 张岚 → Zhang Lan, 欧阳明远 → Ouyang Mingyuan, 单雄 → Shan Xiong: surname first, given name joined. */
export function romanizePersonName(name: string): string {
  const split = surnameLength(name);
  const surname = name.slice(0, split);
  // The given name is read on its own: in surname mode pinyin-pro also reads it as surnames (重 → Zhong).
  const given = syllables(name.slice(split), false);
  const family = word(SURNAME_READINGS[surname] ?? syllables(surname, true));
  return given.length > 0 ? `${family} ${word(given)}` : family;
}

// Names of up to three characters are one word (Laiwu, Shijiazhuang); longer ones are read as
// two-character words, the usual shape of Chinese compounds (新旧动能转换 → Xinjiu Dongneng Zhuanhuan).
export function romanizePlaceWord(base: string): string {
  const chars = Array.from(base);
  if (chars.length <= 3) return word(syllables(base, false));
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 2) words.push(word(syllables(chars.slice(i, i + 2).join(''), false)));
  return words.join(' ');
}

/** Plain pinyin with spaces, for a word the glossary lacks: 党组书记 → dang zu shu ji. */
export function pinyinOf(text: string): string {
  return syllables(text, false).join(' ');
}

/** The place type a name ends with (longest suffix first) and the name before it. */
export function splitPlaceName(name: string, types: PlaceType[]): { base: string; type: PlaceType | undefined } {
  const type = [...types].sort((a, b) => b.suffix.length - a.suffix.length).find((t) => name.endsWith(t.suffix) && name.length > t.suffix.length);
  return { base: type ? name.slice(0, -type.suffix.length) : name, type };
}

// Reading a person's name where a rule expects one: a known surname and one or two given-name
// characters, ending where the sentence goes on (a boundary or a word such as 介绍/出席/说).
import { lexicon, type Lexicon } from '../../lexicon';
import { surnameLength } from '../../lexicon/people';
import { Trie } from '../trie';
import { isBoundary, isCjk } from '../text';

// Words that follow a name in news prose end it (张岚介绍了 → 张岚; 吴平说 → 吴平), and characters
// that never occur in a given name (function words, the characters of office words: 区长带队 is a
// title and a verb, not 区长 + 带队): both from lexicons/stopwords.jsonl (after-name, not-in-name).
interface NameWords {
  afterName: Trie<true>;
  notInName: Set<string>;
}

function compileNameWords(lex: Lexicon): NameWords {
  const afterName = new Trie<true>();
  for (const w of lex.words('stopwords', 'after-name')) afterName.set(w, true);
  return { afterName, notInName: new Set(lex.words('stopwords', 'not-in-name')) };
}

const nameWords = (): NameWords => lexicon().compiled(compileNameWords);

function endsName(text: string, pos: number): boolean {
  return pos >= text.length || isBoundary(text.charAt(pos)) || nameWords().afterName.longestAt(text, pos) !== undefined;
}

/** The given name is checked against NOT_IN_NAME, the surname only by the surname list: 区志成 (Ou). */
function plausible(name: string, surnameLength: number): boolean {
  for (const ch of name) if (!isCjk(ch)) return false;
  const { notInName } = nameWords();
  for (const ch of name.slice(surnameLength)) if (notInName.has(ch)) return false;
  return true;
}

/**
 * Length of the person name starting at `pos`, or 0. Three-character names are preferred when
 * both readings end cleanly: 王志强表示 → 王志强 (强表 is no word), 吴平说 → 吴平.
 */
export function readName(text: string, pos: number): number {
  const sl = surnameLength(text.slice(pos, pos + 3));
  if (sl === 0) return 0;
  const long = text.slice(pos, pos + sl + 2);
  const short = text.slice(pos, pos + sl + 1);
  const longOk =
    long.length === sl + 2 && plausible(long, sl) && !nameWords().afterName.longestAt(text, pos + sl + 1) && endsName(text, pos + sl + 2);
  if (longOk) return sl + 2;
  const shortOk = short.length === sl + 1 && plausible(short, sl) && endsName(text, pos + sl + 1);
  return shortOk ? sl + 1 : 0;
}

/** Length of the name that ends at `end` (for names written before their role: 孙立代表…), or 0. */
export function readNameBefore(text: string, end: number): number {
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    if (start > 0 && !isBoundary(text.charAt(start - 1))) continue;
    if (readName(text.slice(start, end), 0) === len) return len;
  }
  return 0;
}

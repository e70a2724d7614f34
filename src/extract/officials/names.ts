// Reading a person's name where a rule expects one: a known surname and one or two given-name
// characters, ending where the sentence goes on (a boundary or a word such as 介绍/出席/说). After a
// title, names of other traditions too: 艾力·买买提, 扎西顿珠.
import { lexicon, type Lexicon } from '../../lexicon';
import { surnameLength } from '../../lexicon/people';
import { Trie } from '../trie';
import { isBoundary, isCjk } from '../text';

// Words that follow a name in news prose end it (张岚介绍了 → 张岚; 吴平说 → 吴平), characters that
// never occur in a given name (function words, the characters of office words: 区长带队 is a title
// and a verb, not 区长 + 带队), and surname-initial words that are no names (先后, 通过): all from
// lexicons/stopwords.jsonl.
interface NameWords {
  afterName: Trie<true>;
  notInName: Set<string>;
  notAName: Trie<true>;
  /** One-character words after a name that may end the clause (张三说，): they never close a three-character name. */
  clauseEnders: Set<string>;
}

function compileNameWords(lex: Lexicon): NameWords {
  const trie = (words: string[]) => {
    const t = new Trie<true>();
    for (const w of words) t.set(w, true);
    return t;
  };
  return {
    afterName: trie(lex.words('stopwords', 'after-name')),
    notInName: new Set(lex.words('stopwords', 'not-in-name')),
    notAName: trie(lex.words('stopwords', 'not-a-name')),
    clauseEnders: new Set(lex.words('stopwords', 'clause-ender')),
  };
}

const nameWords = (): NameWords => lexicon().compiled(compileNameWords);

function endsName(text: string, pos: number): boolean {
  return pos >= text.length || isBoundary(text.charAt(pos)) || nameWords().afterName.longestAt(text, pos) !== undefined;
}

/** The given name is checked against the not-in-name characters, the surname only by the surname list: 区志成 (Ou). */
function plausible(name: string, surnameLength: number): boolean {
  for (const ch of name) if (!isCjk(ch)) return false;
  const { notInName } = nameWords();
  for (const ch of name.slice(surnameLength)) if (notInName.has(ch)) return false;
  return true;
}

/**
 * Length of the person name starting at `pos`, or 0. Three-character names are preferred when
 * both readings end cleanly: 王志强表示 → 王志强 (强表 is no word), 吴平说 → 吴平. A third character
 * that is also a one-character word after names (作, 和, 为) still closes the name when punctuation
 * follows: 王立作， → 王立作, but 吴平说， → 吴平.
 */
export function readName(text: string, pos: number): number {
  const { afterName, notAName, clauseEnders } = nameWords();
  const sl = surnameLength(text.slice(pos, pos + 3));
  if (sl === 0) return 0;
  const notAWord = notAName.longestAt(text, pos);
  if (notAWord && notAWord.end <= pos + sl + 2) return 0;
  // 县长强调: a word that follows names (强调, 表示) is not one, though its first character is a surname.
  const verbHere = afterName.longestAt(text, pos);
  if (verbHere && verbHere.end >= pos + sl + 1) return 0;
  const long = text.slice(pos, pos + sl + 2);
  const short = text.slice(pos, pos + sl + 1);
  const third = afterName.longestAt(text, pos + sl + 1);
  const thirdClosesName = third !== undefined && third.end === pos + sl + 2 && isBoundary(text.charAt(pos + sl + 2)) && !clauseEnders.has(third.key);
  const longOk = long.length === sl + 2 && plausible(long, sl) && (!third || thirdClosesName) && endsName(text, pos + sl + 2);
  if (longOk) return sl + 2;
  const shortOk = short.length === sl + 1 && plausible(short, sl) && endsName(text, pos + sl + 1);
  return shortOk ? sl + 1 : 0;
}

// 艾力·买买提, 阿依古丽·吐尔逊: names of Uyghur, Kazakh and other traditions written with a middle dot.
const DOTTED_NAME = /^[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,8}){1,2}/;

/**
 * Length of a name right after a title, or 0: a name with a known surname, a dotted name, or four
 * characters with no known surname (扎西顿珠, 巴特尔 … names of Tibetan and Mongolian tradition)
 * that end cleanly. The title is the evidence that a name follows.
 */
export function readNameAfterTitle(text: string, pos: number): number {
  const known = readName(text, pos);
  if (known > 0) return known;
  // The last part may run into the verb after it (艾力·买买提汇报…): the shortest reading that ends cleanly.
  const dotted = DOTTED_NAME.exec(text.slice(pos, pos + 20));
  if (dotted) {
    const lastDot = dotted[0].lastIndexOf('·');
    for (let len = lastDot + 3; len <= dotted[0].length; len++) if (endsName(text, pos + len)) return len;
  }
  const runOn = runOnName(text, pos);
  if (runOn.written !== undefined) return runOn.written;
  const four = text.slice(pos, pos + 4);
  if (four.length === 4 && plausible(four, 0) && endsName(text, pos + 4) && !nameWords().afterName.longestAt(text, pos + 2) && !nameWords().afterName.longestAt(text, pos)) return 4;
  return runOn.longest ?? 0;
}

// How far around a name its other writings are looked for: a search of the whole text for every
// such name would grow with the text's square.
const PASSAGE = 3000;

/**
 * 省委书记王立明连夜赶往…: after a title a name is certain even when a word no list knows follows it.
 * `written`: the reading the passage around writes elsewhere ending cleanly; `longest`: the
 * three-character one, the commoner length of officials' names, for when nothing else reads.
 */
function runOnName(text: string, pos: number): { written?: number; longest?: number } {
  const sl = surnameLength(text.slice(pos, pos + 3));
  if (sl === 0 || nameWords().afterName.longestAt(text, pos + sl) || nameWords().afterName.longestAt(text, pos)) return {};
  const from = Math.max(0, pos - PASSAGE);
  const passage = text.slice(from, Math.min(text.length, pos + PASSAGE));
  const cleanElsewhere = (len: number) => {
    const name = text.slice(pos, pos + len);
    for (let i = passage.indexOf(name); i >= 0; i = passage.indexOf(name, i + 1)) if (from + i !== pos && endsName(text, from + i + len)) return true;
    return false;
  };
  const lengths = [sl + 2, sl + 1].filter((len) => pos + len <= text.length && plausible(text.slice(pos, pos + len), sl));
  return { written: lengths.find(cleanElsewhere), longest: lengths.includes(sl + 2) ? sl + 2 : undefined };
}

/** Length of the name that ends at `end` (for names written before their role: 孙立代表…), or 0. */
export function readNameBefore(text: string, end: number): number {
  for (const len of [3, 2, 4]) {
    const start = end - len;
    if (start < 0) continue;
    if (start > 0 && !isBoundary(text.charAt(start - 1)) && !LIST_JOINERS.has(text.charAt(start - 1)) && !VERB_BEFORE_NAME.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (readName(text.slice(start, end), 0) === len) return len;
  }
  return 0;
}

/**
 * 某某当选市长: a name of no known surname (Tibetan, Mongolian, Hui names) written alone from the
 * clause's start to a verb that gives it a post; its length, or 0. The caller reads the post.
 */
export function readClauseNameBefore(text: string, end: number): number {
  for (const len of [2, 3, 4]) {
    const start = end - len;
    if (start < 0 || (start > 0 && !isBoundary(text.charAt(start - 1)))) continue;
    const name = text.slice(start, end);
    if (plausible(name, 0) && !nameWords().afterName.longestAt(text, start) && !nameWords().notAName.longestAt(text, start)) return len;
  }
  return 0;
}

// Verbs an appointment notice writes right before a name: 接受李华同志辞去…, 同意王立明….
const VERB_BEFORE_NAME = /(?:接受|同意|批准|审议了|审议|通过了|通过)$/;

// Characters that join the names of a list: 甲、乙和丙.
const LIST_JOINERS = new Set(['、', '和', '及']);

/**
 * The names of a list ending at `end` (甲、乙和丙当选…), first to last; the list stops at the first
 * item that is no name.
 */
export function readNameListBefore(text: string, end: number): Array<{ start: number; end: number }> {
  const names: Array<{ start: number; end: number }> = [];
  let at = end;
  for (;;) {
    const len = readNameBefore(text, at);
    if (len === 0) break;
    names.unshift({ start: at - len, end: at });
    at -= len;
    if (!LIST_JOINERS.has(text.charAt(at - 1))) break;
    at -= 1;
  }
  return names;
}

/**
 * The names of a list starting at `pos` (甲、乙、丙和丁): items are joined by 、 (or 和/及 before the
 * last) and each must end cleanly; with `notes`, a bracketed note may follow a name.
 */
export function readNameList(text: string, pos: number, first = readName(text, pos), notes = false): Array<{ start: number; end: number }> {
  const names: Array<{ start: number; end: number }> = [];
  if (first === 0) return names;
  names.push({ start: pos, end: pos + first });
  // With notes: 王立明（县委副书记）、李华 in a list of leaders, a note in brackets after a name.
  const skipNote = (at: number) => (notes ? at + (/^（[^（）\n]{1,12}）/.exec(text.slice(at, at + 16))?.[0].length ?? 0) : at);
  for (let at = skipNote(pos + first); LIST_JOINERS.has(text.charAt(at)); ) {
    const len = readName(text, at + 1);
    if (len === 0) break;
    names.push({ start: at + 1, end: at + 1 + len });
    at = skipNote(at + 1 + len);
  }
  return names;
}

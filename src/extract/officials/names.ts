// Reading a person's name where a rule expects one: a known surname and one or two given-name
// characters, ending where the sentence goes on (a boundary or a word such as 介绍/出席/说).
import { surnameLength } from '../lexicon/surnames';
import { Trie } from '../trie';
import { isBoundary, isCjk } from '../text';

// Words that follow a name in news prose, so the name ends before them:
// 张岚介绍了 → 张岚; 赵建国出席 → 赵建国; 吴平说 → 吴平.
export const WORDS_AFTER_NAME = [
  '介绍', '出席', '表示', '说', '指出', '强调', '主持', '讲话', '参加', '调研', '带队', '率队', '率', '会见', '看望',
  '慰问', '前往', '来到', '一行', '在', '等', '同志', '代表', '向', '作', '对', '到', '就', '为', '是', '和', '与',
  '及', '也', '还', '又', '年内', '今年', '近日', '先后', '亲自', '深入', '检查', '考察', '督导', '现场', '听取', '宣布',
  '致辞', '提出', '要求', '同', '于', '认为', '希望', '感谢', '接受', '陪同', '称', '谈', '回答', '召开', '当选', '任',
  '兼', '分别', '共同', '一起', '的', '这', '指', '带领', '见证', '主讲', '上', '下', '将', '从', '把', '被', '以',
  '汇报', '发言', '表态', '通报', '解读', '说明', '部署', '传达', '签署', '签约', '颁发', '揭牌', '答记者问', '寄语', '批示',
];

const afterName = new Trie<true>();
for (const w of WORDS_AFTER_NAME) afterName.set(w, true);

// Characters that never occur in a given name in this prose: function words and the characters of
// office words (区长带队 is a title and a verb, not 区长 + 带队). Characters common in given names
// stay out of this list even when they also build words: 程 (工程), 园 (产业园), 华, 国.
const NOT_IN_NAME = new Set(Array.from('的了在是和与及等为将对把被从向于以而并或也都就还又很最更所其之这那此该每各个们我你他她它区县市省镇乡村委书记局部厅处党府协司团项目年月日号时第、'));

function endsName(text: string, pos: number): boolean {
  return pos >= text.length || isBoundary(text.charAt(pos)) || afterName.longestAt(text, pos) !== undefined;
}

/** The given name is checked against NOT_IN_NAME, the surname only by the surname list: 区志成 (Ou). */
function plausible(name: string, surnameLength: number): boolean {
  for (const ch of name) if (!isCjk(ch)) return false;
  for (const ch of name.slice(surnameLength)) if (NOT_IN_NAME.has(ch)) return false;
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
    long.length === sl + 2 && plausible(long, sl) && !afterName.longestAt(text, pos + sl + 1) && endsName(text, pos + sl + 2);
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

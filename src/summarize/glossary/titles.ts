// English for the titles HOLDS_POSITION carries and the roles Person nodes carry, read from the
// lexicon (titles.jsonl, roles.jsonl, organs.jsonl): `{place}` is the place's English name (Laiwu
// District, Jinan, Shandong Province), `{bare}` the name without its type word (Laiwu, Jinan,
// Shandong). A department head written in full (县财政局局长) is composed from the head's English and
// the department's; a department the lexicon does not name is given in pinyin.
import { lexicon, type Lexicon } from '../../lexicon';
import { pinyinOf } from '../en/romanize';
import { capitalize } from '../en/grammar';

interface TitleGlossary {
  titles: Map<string, string>;
  roles: Map<string, string>;
  /** Department heads (局长, 副主任 …), longest first. */
  heads: Array<{ zh: string; en: string }>;
  /** Department organ words (局, 委员会 …), longest first. */
  organs: Array<{ zh: string; en: string }>;
  departments: Map<string, string>;
}

function compile(lex: Lexicon): TitleGlossary {
  const organs = (kind: string) =>
    lex
      .entries('organs')
      .filter((o) => o.kind === kind && o.en)
      .map((o) => ({ zh: o.zh, en: o.en! }))
      .sort((a, b) => b.zh.length - a.zh.length);
  return {
    titles: new Map(lex.entries('titles').map((t) => [t.zh, t.en])),
    roles: new Map(lex.entries('roles').map((r) => [r.zh, r.en])),
    heads: organs('department-head'),
    organs: organs('department'),
    departments: new Map(organs('department-name').map((d) => [d.zh, d.en])),
  };
}

const glossary = (): TitleGlossary => lexicon().compiled(compile);

// The level character a department title may start with: 县财政局局长.
const LEVEL_CHAR = /^[省市区县镇乡州旗]/;

/** The English template of a title, or undefined when neither the lexicon nor a department head's parts give one. */
export function titleTemplate(title: string): string | undefined {
  const { titles, heads, organs, departments } = glossary();
  const known = titles.get(title);
  if (known) return known;
  const plain = title.replace(LEVEL_CHAR, '');
  // 审判委员会委员: a post that names its organ itself.
  const whole = heads.find((h) => h.zh === plain && h.zh.includes('委员会'));
  if (whole) return `${whole.en} ({place})`;
  const head = heads.find((h) => plain.endsWith(h.zh) && plain.length > h.zh.length);
  if (!head) return undefined;
  const department = plain.slice(0, -head.zh.length);
  const named = departments.get(department);
  if (named) return `${head.en} of the {place} ${named}`;
  const organ = organs.find((o) => department.endsWith(o.zh));
  if (!organ) return undefined;
  const stem = department.slice(0, -organ.zh.length);
  return `${head.en} of the {place} ${stem ? `${capitalize(pinyinOf(stem).replace(/ /g, ''))} ${organ.en}` : organ.en}`;
}

/** English for a role of a person without office (记者 → reporter), if the lexicon has it. */
export function roleEnglish(role: string): string | undefined {
  return glossary().roles.get(role);
}

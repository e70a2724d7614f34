// Reading people's names needs the surnames: the byline reader (normalize), the name rules
// (extract) and romanization (summarize) all ask here.
import { type Lexicon, lexicon } from '.';

interface Surnames {
  single: Set<string>;
  compound: Set<string>;
}

function compileSurnames(lex: Lexicon): Surnames {
  const words = lex.words('surnames');
  return { single: new Set(words.filter((w) => w.length === 1)), compound: new Set(words.filter((w) => w.length === 2)) };
}

/** Length of the surname at the start of `name` (2 for 欧阳, 1 for 秦), or 0 if none is known. Compound surnames are tried first: 欧阳修 → 欧阳 + 修. */
export function surnameLength(name: string, lex: Lexicon = lexicon()): number {
  const surnames = lex.compiled(compileSurnames);
  if (name.length >= 3 && surnames.compound.has(name.slice(0, 2))) return 2;
  return surnames.single.has(name.charAt(0)) ? 1 : 0;
}

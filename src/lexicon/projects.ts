// Project vocabulary more than one stage reads: a capacity written in a name (年产10万吨) is an
// attribute to extraction and noise to resolution (恒达年产20万吨磷酸铁 and 恒达磷酸铁 are one project).
import { alternation, type Lexicon, lexicon } from '.';

export interface CapacityPatterns {
  /** The first capacity: the amount in group 1, the unit (with 万/亿) in group 2. */
  first: RegExp;
  /** Every capacity, for replace(). */
  all: RegExp;
}

function compile(lex: Lexicon): CapacityPatterns {
  const source = `年产(\\d+(?:\\.\\d+)?)((?:万|亿)?(?:${alternation(lex.words('projects', 'capacity-unit'))}))`;
  return { first: new RegExp(source), all: new RegExp(source, 'g') };
}

/** 年产15GW, 年产100万吨, 年产5亿只. */
export function capacity(lex: Lexicon = lexicon()): CapacityPatterns {
  return lex.compiled(compile);
}

// Company vocabulary more than one stage reads: the legal suffixes (extraction finds names by them,
// resolution compares names without them) and the countries written before a foreign company's name.
import { alternation, type Lexicon, lexicon } from '.';

interface CompanyPatterns {
  leadingCountry: RegExp;
  legalSuffix: RegExp;
}

function compile(lex: Lexicon): CompanyPatterns {
  const countries = lex.words('companies', 'leading-country');
  // Longest first, so 集团有限公司 is cut whole and not as 有限公司.
  const suffixes = lex.words('companies', 'legal-suffix').sort((a, b) => b.length - a.length);
  return {
    leadingCountry: new RegExp(`^(?:${alternation(countries)})(?=[\\u4e00-\\u9fff]{2})`),
    legalSuffix: new RegExp(`(?:${alternation(suffixes)})$`),
  };
}

/**
 * A country written before a foreign company's name: 德国博伦斯集团 is 博伦斯集团 (the country is kept
 * as an alias); 德国博格叉车 ~ 博格智能叉车 may be one company.
 */
export function leadingCountry(lex: Lexicon = lexicon()): RegExp {
  return lex.compiled(compile).leadingCountry;
}

/** The legal or group suffix a company name ends with (有限公司, 集团股份有限公司), anchored at the end. */
export function legalSuffix(lex: Lexicon = lexicon()): RegExp {
  return lex.compiled(compile).legalSuffix;
}

// English grammar for summaries: plurals and subject–verb agreement by compromise, lists by
// Intl.ListFormat. No hand-made English rules.
import nlp from 'compromise';

/** project → projects, company → companies, Party Secretary → Party Secretaries. */
export function plural(noun: string): string {
  const doc = nlp(noun);
  doc.tag('Noun'); // a bare "project" or "post" would otherwise be read as a verb
  doc.nouns().toPlural();
  return doc.text();
}

/** 1 article, 3 articles. */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : plural(noun)}`;
}

/** "1 project is", "13 projects are": a counted subject (a common noun) and a copula that agrees with it. */
export function countIs(n: number, noun: string): string {
  const doc = nlp(`${n} ${noun} is`);
  doc.match(noun).tag('Noun').tag('Singular');
  if (n !== 1) doc.nouns().toPlural();
  return doc.text();
}

const LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** a, b, and c. */
export function list(items: string[]): string {
  return LIST.format(items);
}

export function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

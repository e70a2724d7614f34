// Evidence quotes the original text. In V8 a slice (original.slice) is a view that keeps the whole
// article alive as long as a fact cites it; a quote is a flat copy instead, made once per sentence
// and document and shared by every fact that cites that sentence.
import type { Document } from '../types';

const quotesByDocument = new WeakMap<Document, Map<number, string>>();

/** original[start, end) of `doc` as a string of its own (the same string for the same range). */
export function quoteOriginal(doc: Document, start: number, end: number): string {
  let quotes = quotesByDocument.get(doc);
  if (!quotes) quotesByDocument.set(doc, (quotes = new Map()));
  // Inputs are at most 16 MiB, so offsets fit in 2^24 and the key in 2^48.
  const key = start * 2 ** 24 + end;
  let quote = quotes.get(key);
  if (quote === undefined) quotes.set(key, (quote = structuredClone(doc.original.slice(start, end))));
  return quote;
}

// Documents for tests, made the way the product makes them: a RawDocument through normalize.
import { createHash } from 'node:crypto';
import { extract } from '../../src/extract';
import { normalize } from '../../src/normalize';
import type { Document, Extraction, RawDocument } from '../../src/types';

export function docFromText(text: string, date = '2020-09-13', path = 'test.txt'): Document {
  const raw: RawDocument = {
    id: createHash('sha256').update(text).digest('hex').slice(0, 16),
    path,
    format: 'txt',
    encoding: 'UTF-8',
    encodingConfidence: 100,
    text,
    meta: { title: 'test', date },
  };
  return normalize(raw);
}

export function extractText(text: string, date?: string): Extraction {
  return extract(docFromText(text, date));
}

/** "name: title@place" for every HOLDS_POSITION, sorted: easy to compare with a hand-written list. */
export function positions(ex: Extraction): string[] {
  return [...new Set(ex.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => `${r.from.name}: ${r.props.title}@${r.to.name}`))].sort();
}

export function names(ex: Extraction, label: string): string[] {
  return [...new Set(ex.mentions.filter((m) => m.label === label).map((m) => m.name))].sort();
}

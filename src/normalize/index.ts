// The normalize stage: RawDocument → Document. Repairs run as passes over a MappedText, so every
// character of the normalized text maps back to the character of the original it came from.
import type { Document, RawDocument } from '../types';
import { findBylines } from './bylines';
import { findDamage } from './damage';
import { removeImageNames, stripFurniture } from './furniture';
import { MappedText } from './mapped-text';
import { chooseTitle, readMetadata } from './metadata';
import { removePinyin } from './pinyin';
import { quote, RepairLog } from './repairs';
import { convertScript } from './script';
import { splitSentences } from './sentences';
import { normalizeWhitespace } from './whitespace';
import { normalizeWidth, removeStrayCommas } from './width';

export { resolveEventDate } from './dates';

/** The character passes, in order; a title given as metadata goes through them too. */
function repairCharacters(mt: MappedText, repairs: RepairLog) {
  // Order here matters: annotations sit right after the traditional characters they annotate, so
  // they go before conversion; whether a ? asks a question is judged by simplified question words
  // (吗, not 嗎), so punctuation comes after conversion; lines are trimmed before the line rules read them.
  const withoutPinyin = removePinyin(mt, repairs);
  const { text: simplified, script } = convertScript(withoutPinyin, repairs);
  const punctuated = normalizeWidth(removeStrayCommas(simplified, repairs), repairs);
  return { text: normalizeWhitespace(punctuated, repairs), script };
}

function normalizeTitle(title: string): string {
  return repairCharacters(MappedText.of(title), new RepairLog()).text.text.replace(/\n/g, ' ');
}

export function normalize(raw: RawDocument): Document {
  const repairs = new RepairLog();
  const warnings: string[] = [];
  const { text: repaired, script } = repairCharacters(MappedText.of(raw.text), repairs);
  // Image names first, so the line rules see each line as it will stay; each removal can leave
  // spaces or an empty line behind.
  const withoutImages = normalizeWhitespace(removeImageNames(repaired, repairs), repairs);
  const { text: stripped, lines } = stripFurniture(withoutImages, repairs);
  const mapped = normalizeWhitespace(stripped, repairs);
  const text = mapped.text;

  const metadata = readMetadata(lines, raw.meta, warnings, text);
  const sentences = splitSentences(text);
  const title = chooseTitle(text, raw.meta.title ? normalizeTitle(raw.meta.title) : undefined, sentences, warnings);
  const damaged = findDamage(text);
  for (const d of damaged) repairs.note('damaged-span', `${quote(text.slice(d.start, d.end))} (${d.reason})`);
  if (!raw.meta.title && damaged.some((d) => d.start < title.length)) warnings.push('the title contains damaged text');
  if (metadata.source && findDamage(metadata.source).length > 0) warnings.push('the source contains damaged text');

  return {
    id: raw.id,
    path: raw.path,
    title,
    date: metadata.date,
    source: metadata.source,
    url: raw.meta.url,
    original: raw.text,
    text,
    offsets: mapped.offsets,
    sentences,
    damaged: damaged.map(({ start, end }) => ({ start, end })),
    bylines: findBylines(text),
    report: {
      path: raw.path,
      format: raw.format,
      encoding: raw.encoding,
      encodingConfidence: raw.encodingConfidence,
      script,
      repairs: repairs.list(),
      damaged: damaged.map((d) => {
        const span = mapped.toOriginal(d);
        return { ...span, quote: raw.text.slice(span.start, span.end), reason: d.reason };
      }),
      date: metadata.date,
      dateSource: metadata.dateSource,
      title,
      warnings,
    },
  };
}

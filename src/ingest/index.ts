// The ingest stage: files, folders, globs → RawDocument, one at a time. Each file is detected,
// decoded and stripped of markup here; a file that cannot be read becomes an InputError and the
// batch goes on. Only one file (or one JSON Lines record) is held in memory at a time.
import { promises as fs } from 'node:fs';
import { InputError } from '../errors';
import type { InputFormat, RawDocument, SourceMeta } from '../types';
import { decode } from './decode';
import { DEFAULT_MAX_BYTES, formatOf } from './formats';
import { htmlToText } from './html';
import { documentId } from './identity';
import { readJsonLines } from './jsonl';
import { markdownToText } from './markdown';
import { SidecarReader } from './sidecar';
import { expandInputs, fsError } from './walk';

export { documentId } from './identity';

export interface ReadOptions {
  /** Files (and JSON Lines records) larger than this many bytes are refused; default 16 MiB. */
  maxBytes?: number;
}

/** A failure stands for one `article` when it is a file read as an article or a JSON Lines record; not a folder, a manifest or a whole JSON Lines file. */
export type ReadResult = { ok: true; doc: RawDocument } | { ok: false; error: InputError; article?: boolean };

// A file of another extension, named by the user, that is really a web page.
const LOOKS_LIKE_HTML = /^\s*<(?:!doctype\s+html|html|head|body)[\s>]/i;

function textOf(raw: string, format: InputFormat): { text: string; meta: SourceMeta } {
  if (format === 'html') {
    const page = htmlToText(raw);
    return { text: page.text, meta: { title: page.title, date: page.date, source: page.source } };
  }
  return { text: format === 'md' ? markdownToText(raw) : raw, meta: {} };
}

async function readArticle(file: string, format: InputFormat | undefined, maxBytes: number, given: SourceMeta): Promise<ReadResult> {
  const fail = (code: ConstructorParameters<typeof InputError>[0], reason: string): ReadResult => ({ ok: false, error: new InputError(code, file, reason), article: true });
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return fail('E_INPUT_UNREADABLE', 'not a regular file');
    if (stat.size > maxBytes) return fail('E_INPUT_TOO_LARGE', `${stat.size} bytes, larger than the limit of ${maxBytes} bytes`);
    bytes = await fs.readFile(file);
  } catch (err) {
    return { ok: false, error: fsError(file, err), article: true };
  }
  if (bytes.length > maxBytes) return fail('E_INPUT_TOO_LARGE', `${bytes.length} bytes, larger than the limit of ${maxBytes} bytes`);
  if (bytes.length === 0) return fail('E_INPUT_EMPTY', 'empty file');
  const decoded = decode(bytes);
  if (!decoded.ok) return fail(decoded.code, decoded.reason);
  const { text: decodedText, encoding, confidence } = decoded.decoded;
  const actualFormat = format ?? (LOOKS_LIKE_HTML.test(decodedText) ? 'html' : 'txt');
  const { text, meta: detected } = textOf(decodedText, actualFormat);
  if (!text.trim()) return fail('E_INPUT_EMPTY', actualFormat === 'html' ? 'no text in the page' : 'only whitespace');
  const meta = Object.fromEntries(Object.entries({ ...detected, ...given }).filter(([, v]) => v !== undefined)) as SourceMeta;
  return { ok: true, doc: { id: documentId(text), path: file, format: actualFormat, encoding, encodingConfidence: confidence, text, meta } };
}

/** Reads every article under `paths` (files, folders, globs), in sorted order, one at a time. */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const sidecars = new SidecarReader();
  for await (const entry of expandInputs(paths)) {
    if (entry.kind === 'error') {
      yield { ok: false, error: entry.error };
      continue;
    }
    const { meta, errors } = await sidecars.metaFor(entry.path);
    for (const error of errors) yield { ok: false, error };
    const format = formatOf(entry.path);
    if (format === 'jsonl') yield* readJsonLines(entry.path, maxBytes, meta);
    else yield await readArticle(entry.path, format, maxBytes, meta);
  }
}

// JSON Lines: one article a line, {"id","title","date","url","source","text"|"html"}, read as a
// stream. A record's path is `<file>#<line>`; a broken line is an error for that line only.
import { createReadStream, promises as fs } from 'node:fs';
import iconv from 'iconv-lite';
import { InputError } from '../errors';
import type { SourceMeta } from '../types';
import { decode } from './decode';
import { htmlToText } from './html';
import { documentId } from './identity';
import { metaFrom } from './sidecar';
import type { ReadResult } from './index';
import { fsError } from './walk';

/** The encoding is detected on the file's first bytes; the rest is decoded as a stream. */
const DETECTION_BYTES = 64 * 1024;

async function detectFileEncoding(file: string): Promise<{ encoding: string; confidence: number } | InputError> {
  const handle = await fs.open(file, 'r');
  try {
    const sample = Buffer.alloc(DETECTION_BYTES);
    const { bytesRead } = await handle.read(sample, 0, DETECTION_BYTES, 0);
    if (bytesRead === 0) return new InputError('E_INPUT_EMPTY', file, 'empty file');
    const result = decode(sample.subarray(0, bytesRead));
    if (!result.ok) return new InputError(result.code, file, result.reason);
    // JSON text is UTF-8 by its specification; any other detection is the detector's.
    return { encoding: result.decoded.encoding, confidence: result.decoded.encoding === 'UTF-8' ? 100 : result.decoded.confidence };
  } finally {
    await handle.close();
  }
}

function recordToResult(line: string, where: string, maxBytes: number, given: SourceMeta, encoding: { encoding: string; confidence: number }): ReadResult {
  const fail = (code: ConstructorParameters<typeof InputError>[0], reason: string): ReadResult => ({ ok: false, error: new InputError(code, where, reason), article: true });
  if (Buffer.byteLength(line) > maxBytes) return fail('E_INPUT_TOO_LARGE', `record larger than the limit of ${maxBytes} bytes`);
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    return fail('E_INPUT_FORMAT', `not valid JSON (${(err as Error).message})`);
  }
  const read = metaFrom(record);
  if ('reason' in read) return fail('E_INPUT_FORMAT', read.reason);
  const { text, html } = record as { text?: unknown; html?: unknown };
  if (text !== undefined && typeof text !== 'string') return fail('E_INPUT_FORMAT', '"text" must be a string');
  if (html !== undefined && typeof html !== 'string') return fail('E_INPUT_FORMAT', '"html" must be a string');
  if (text === undefined && html === undefined) return fail('E_INPUT_FORMAT', 'record has neither "text" nor "html"');
  const fromHtml = text === undefined && html !== undefined ? htmlToText(html) : undefined;
  const body = fromHtml?.text ?? (text as string);
  if (!body.trim()) return fail('E_INPUT_EMPTY', 'record has no text');
  const detected: SourceMeta = { title: fromHtml?.title, date: fromHtml?.date, source: fromHtml?.source };
  const meta = Object.fromEntries(
    Object.entries({ ...detected, ...given, ...read.meta }).filter(([, v]) => v !== undefined),
  ) as SourceMeta;
  return {
    ok: true,
    doc: { id: documentId(body), path: where, format: 'jsonl', encoding: encoding.encoding, encodingConfidence: encoding.confidence, text: body, meta },
  };
}

export async function* readJsonLines(file: string, maxBytes: number, given: SourceMeta): AsyncGenerator<ReadResult> {
  let encoding: { encoding: string; confidence: number } | InputError;
  try {
    encoding = await detectFileEncoding(file);
  } catch (err) {
    yield { ok: false, error: fsError(file, err) };
    return;
  }
  if (encoding instanceof InputError) {
    yield { ok: false, error: encoding };
    return;
  }
  // Lines are cut from the decoded stream as it comes; a line longer than the limit is skipped to
  // its end rather than held in memory.
  const decoder = iconv.getDecoder(encoding.encoding);
  const stream = createReadStream(file);
  let pending = '';
  let oversized = false;
  let lineNumber = 0;
  let records = 0;
  const take = (line: string): ReadResult | undefined => {
    lineNumber++;
    const tooLarge = oversized;
    oversized = false;
    if (tooLarge) return { ok: false, error: new InputError('E_INPUT_TOO_LARGE', `${file}#${lineNumber}`, `record larger than the limit of ${maxBytes} bytes`), article: true };
    if (!line.trim()) return undefined;
    records++;
    return recordToResult(line.replace(/\r$/, ''), `${file}#${lineNumber}`, maxBytes, given, encoding);
  };
  try {
    for await (const chunk of stream) {
      const parts = (pending + decoder.write(chunk as Buffer)).split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        const result = take(part);
        if (result) yield result;
      }
      if (Buffer.byteLength(pending) > maxBytes) {
        oversized = true;
        pending = '';
      }
    }
    const last = take(pending + (decoder.end() ?? ''));
    if (last) yield last;
    if (records === 0) yield { ok: false, error: new InputError('E_INPUT_EMPTY', file, 'no records') };
  } catch (err) {
    yield { ok: false, error: fsError(file, err) };
  } finally {
    stream.destroy();
  }
}

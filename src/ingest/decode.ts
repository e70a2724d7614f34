// Bytes → text. The encoding is detected, never assumed: a byte-order mark, then magic numbers
// (binary files are refused), then UTF-16 by its NUL pattern, then strict UTF-8, then chardet's
// candidates; iconv-lite decodes. Bytes nobody can place decode as UTF-8 with U+FFFD, which
// normalize marks as damage.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ErrorCode } from '../errors';

export interface Decoded {
  text: string;
  /** As the detector names it: UTF-8, GB18030, Big5, UTF-16LE … */
  encoding: string;
  /** 0–100; 100 when a byte-order mark gave it. */
  confidence: number;
}

export type DecodeResult = { ok: true; decoded: Decoded } | { ok: false; code: ErrorCode; reason: string };

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'GB18030' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

export const MAGIC_NUMBERS: Array<{ bytes: number[]; kind: string }> = [
  { bytes: Array.from(Buffer.from('%PDF-')), kind: 'PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'PNG image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive (or docx/xlsx)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], kind: 'ZIP archive' },
  { bytes: Array.from(Buffer.from('GIF8')), kind: 'GIF image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: Array.from(Buffer.from('BZh')), kind: 'bzip2 archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z archive' },
  { bytes: Array.from(Buffer.from('Rar!')), kind: 'RAR archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'OLE document (doc/xls)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'ELF executable' },
  { bytes: Array.from(Buffer.from('SQLite format 3\0')), kind: 'SQLite database' },
];

/** Detection reads this much; decoding reads everything. */
const SAMPLE_BYTES = 64 * 1024;
/** More NUL bytes than this share, outside UTF-16, is not text. */
const MAX_NUL_SHARE = 0.01;
/** UTF-16 without a BOM: this share of code units must be plausible text. */
const MIN_UTF16_PLAUSIBLE = 0.9;
/** Invalid UTF-8 with at most this share of bad characters is UTF-8 with damage, not another encoding. */
const MAX_UTF8_DAMAGE = 0.05;
/** chardet must be at least this sure before its guess beats damaged UTF-8. */
const MIN_CHARDET_CONFIDENCE = 50;
/** A decoding with more undecodable or control characters than this share is refused. */
const MAX_GARBAGE_SHARE = 0.3;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** Share of UTF-16 code units that are ordinary text: ASCII, CJK, CJK and full-width punctuation. */
function utf16Plausibility(sample: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): number {
  const units = Math.floor(sample.length / 2);
  if (units === 0) return 0;
  let plausible = 0;
  for (let i = 0; i < units; i++) {
    const [lo, hi] = encoding === 'UTF-16LE' ? [sample[2 * i]!, sample[2 * i + 1]!] : [sample[2 * i + 1]!, sample[2 * i]!];
    const c = (hi << 8) | lo;
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f)
    ) {
      plausible++;
    }
  }
  return plausible / units;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function garbageShare(text: string): number {
  if (text.length === 0) return 0;
  const garbage = text.match(/[\uFFFD\x00-\x08\x0e-\x1f]/g)?.length ?? 0;
  return garbage / text.length;
}

function detect(bytes: Uint8Array): DecodeResult {
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) return { ok: true, decoded: { text: decodeWith(bytes, bom.encoding), encoding: bom.encoding, confidence: 100 } };
  }
  for (const magic of MAGIC_NUMBERS) {
    if (startsWith(bytes, magic.bytes)) return { ok: false, code: 'E_INPUT_BINARY', reason: `binary file (${magic.kind}), not text` };
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const nuls = sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  const candidates = chardet.analyse(sample).filter((m) => iconv.encodingExists(m.name));
  const strongest = candidates[0]?.confidence ?? 0;
  const utf8 = strictUtf8(bytes);
  // Chinese UTF-16 without a BOM: its newlines and digits leave NULs in every other byte. (Plain
  // ASCII read as UTF-16 looks like CJK, so valid UTF-8 without NULs is never tried as UTF-16.)
  if (nuls > 0 || (utf8 === undefined && strongest < MIN_CHARDET_CONFIDENCE)) {
    for (const encoding of ['UTF-16LE', 'UTF-16BE'] as const) {
      const score = utf16Plausibility(sample, encoding);
      if (score >= MIN_UTF16_PLAUSIBLE) return { ok: true, decoded: { text: decodeWith(bytes, encoding), encoding, confidence: Math.round(score * 100) } };
    }
  }
  if (nuls / sample.length > MAX_NUL_SHARE) return { ok: false, code: 'E_INPUT_BINARY', reason: `binary file (${nuls} NUL bytes in the first ${sample.length}), not text` };
  if (utf8 !== undefined) {
    return { ok: true, decoded: { text: utf8, encoding: 'UTF-8', confidence: candidates.find((m) => m.name === 'UTF-8')?.confidence ?? 100 } };
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const nonAscii = lossy.match(/[^\x00-\x7f]/g)?.length ?? 0;
  const damaged = lossy.match(/\uFFFD/g)?.length ?? 0;
  const utf8WithDamage = { text: lossy, encoding: 'UTF-8', confidence: Math.round(100 * (1 - damaged / Math.max(1, nonAscii))) };
  if (nonAscii > 0 && damaged / nonAscii <= MAX_UTF8_DAMAGE) return { ok: true, decoded: utf8WithDamage };
  const best = candidates.find((m) => m.name !== 'UTF-8' && m.confidence >= MIN_CHARDET_CONFIDENCE);
  if (best) return { ok: true, decoded: { text: decodeWith(bytes, best.name), encoding: best.name, confidence: best.confidence } };
  // Nobody can place it: the best guess, with its damage left for normalize to mark.
  return { ok: true, decoded: { ...utf8WithDamage, confidence: Math.min(utf8WithDamage.confidence, strongest) } };
}

export function decode(bytes: Uint8Array): DecodeResult {
  const result = detect(bytes);
  if (!result.ok) return result;
  const share = garbageShare(result.decoded.text);
  if (share > MAX_GARBAGE_SHARE) {
    return { ok: false, code: 'E_INPUT_DECODE', reason: `not text in any known encoding (${Math.round(share * 100)}% undecodable as ${result.decoded.encoding})` };
  }
  return result;
}

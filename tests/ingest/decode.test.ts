// Bytes → text: encodings are detected (BOM, UTF-16 pattern, strict UTF-8, chardet), binary
// files refused, and bytes nobody can place decoded with U+FFFD for normalize to mark.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, MAGIC_NUMBERS } from '../../src/ingest/decode';
import { seedText } from '../normalize/helpers';

const ARTICLE = seedText('003').slice(0, 2000);
const SIMPLIFIED = seedText('002').slice(0, 2000);

function decoded(bytes: Uint8Array) {
  const result = decode(bytes);
  if (!result.ok) throw new Error(`expected text, got ${result.code}: ${result.reason}`);
  return result.decoded;
}

describe('decode', () => {
  const ASCII = 'Plain ASCII text, nothing else.\n';
  it.each([
    ['UTF-8', Buffer.from(SIMPLIFIED, 'utf8'), 'UTF-8', SIMPLIFIED],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')]), 'UTF-8', SIMPLIFIED],
    ['GB18030', iconv.encode(SIMPLIFIED, 'gb18030'), 'GB18030', SIMPLIFIED],
    ['GBK', iconv.encode(SIMPLIFIED, 'gbk'), 'GB18030', SIMPLIFIED],
    ['Big5', iconv.encode(ARTICLE, 'big5'), 'Big5', ARTICLE],
    ['UTF-16LE with BOM', iconv.encode(ARTICLE, 'utf16le', { addBOM: true }), 'UTF-16LE', ARTICLE],
    ['UTF-16BE with BOM', iconv.encode(ARTICLE, 'utf16be', { addBOM: true }), 'UTF-16BE', ARTICLE],
    ['UTF-16LE without BOM', iconv.encode(ARTICLE, 'utf16le'), 'UTF-16LE', ARTICLE],
    ['UTF-16BE without BOM', iconv.encode(ARTICLE, 'utf16be'), 'UTF-16BE', ARTICLE],
    ['plain ASCII (never mistaken for UTF-16)', Buffer.from(ASCII), 'UTF-8', ASCII],
  ])('%s is detected as %s and decodes exactly', (_, bytes, encoding, text) => {
    const result = decoded(bytes);
    expect(result.encoding).toBe(encoding);
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(100);
    expect(result.text).toBe(text);
  });

  it('a BOM gives the encoding with full confidence', () => {
    expect(decoded(iconv.encode(ARTICLE, 'utf16le', { addBOM: true })).confidence).toBe(100);
  });

  it.each(MAGIC_NUMBERS.map((m) => [m.kind, m.bytes]))('%s is refused as binary', (_, magic) => {
    const bytes = Buffer.concat([Buffer.from(magic), Buffer.from('市中区发展'.repeat(20), 'utf8')]);
    const result = decode(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('E_INPUT_BINARY');
  });

  it('NUL-heavy bytes are refused as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : (i * 37) % 256)));
    const result = decode(bytes);
    expect(result.ok ? result.decoded.encoding : result.code).toBe('E_INPUT_BINARY');
  });

  it('invalid UTF-8 no detector can place decodes as UTF-8 with U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from(SIMPLIFIED.slice(0, 300), 'utf8'), Buffer.from([0xff, 0x80, 0xc3]), Buffer.from(SIMPLIFIED.slice(300, 600), 'utf8')]);
    const result = decoded(bytes);
    expect(result.encoding).toBe('UTF-8');
    expect(result.text).toContain('\uFFFD');
    expect(result.text.startsWith(SIMPLIFIED.slice(0, 300))).toBe(true);
    expect(result.confidence).toBeLessThan(100);
  });

  it('bytes that are mostly undecodable are refused', () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => [0x80, 0xc0, 0xc1, 0xf5, 0xf8, 0xfe][i % 6]!));
    const result = decode(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('E_INPUT_DECODE');
  });
});

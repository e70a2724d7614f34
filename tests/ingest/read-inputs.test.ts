// readInputs over files, folders and globs made at test time: order, formats, sidecars and
// manifests, JSON Lines, and every way an input can fail without stopping the batch.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readInputs, type ReadOptions, type ReadResult } from '../../src/ingest';
import { normalize } from '../../src/normalize';

const ARTICLE = '某区加快建设现代化城区\n2月17日，某区召开大会。会议提出，加快建设现代化高品质城区。\n';

let dir: string;

function write(relative: string, content: string | Buffer): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

async function readAll(paths: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const r of readInputs(paths, options)) results.push(r);
  return results;
}

/** Each result as `path` (read) or `CODE path` (not read), paths relative to the test folder. */
const summary = (results: ReadResult[]) =>
  results.map((r) => (r.ok ? path.relative(dir, r.doc.path) : `${r.error.code} ${path.relative(dir, r.error.file)}`));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-ingest-'));
});

afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('what is read', () => {
  it('walks folders recursively, in sorted order, reading only article formats', async () => {
    write('b.txt', ARTICLE);
    write('a.md', `# 标题\n\n${ARTICLE}`);
    write('sub/c.html', `<html><body><p>${ARTICLE}</p></body></html>`);
    write('sub/deeper/d.jsonl', `${JSON.stringify({ text: ARTICLE })}\n`);
    write('notes.json', '{}');
    write('image.png', '\x89PNG');
    write('b.txt.meta.json', '{"title": "给定标题"}');
    write('manifest.json', '{}');
    expect(summary(await readAll([dir]))).toEqual(['a.md', 'b.txt', 'sub/c.html', 'sub/deeper/d.jsonl#1']);
  });

  it('reads a file named on the command line whatever its extension', async () => {
    const file = write('article.dat', ARTICLE);
    const [result] = await readAll([file]);
    expect(result).toMatchObject({ ok: true, doc: { format: 'txt', text: ARTICLE } });
  });

  it('reads a named file that is really a web page as HTML', async () => {
    const file = write('page.asp', `<!DOCTYPE html><html><body><article><p>${ARTICLE}</p></article></body></html>`);
    const [result] = await readAll([file]);
    expect(result?.ok && result.doc.format).toBe('html');
  });

  it('expands globs, reading other extensions only when the pattern names them', async () => {
    write('x/1.txt', ARTICLE);
    write('x/2.txt', `${ARTICLE}二`);
    write('x/3.dat', `${ARTICLE}三`);
    expect(summary(await readAll([path.join(dir, 'x/*')]))).toEqual(['x/1.txt', 'x/2.txt']);
    expect(summary(await readAll([path.join(dir, 'x/*.dat')]))).toEqual(['x/3.dat']);
    expect(summary(await readAll([path.join(dir, 'x/*.none')]))).toEqual([`E_INPUT_NOT_FOUND x/*.none`]);
  });

  it('keeps the order inputs are given in', async () => {
    const a = write('a.txt', ARTICLE);
    const b = write('b.txt', `${ARTICLE}乙`);
    expect(summary(await readAll([b, a]))).toEqual(['b.txt', 'a.txt']);
  });

  it('gives the same article the same id, whatever file it came from', async () => {
    const a = write('a.txt', ARTICLE);
    const b = write('copy/b.txt', ARTICLE);
    const [ra, rb] = await readAll([a, b]);
    expect(ra?.ok && rb?.ok && ra.doc.id === rb.doc.id).toBe(true);
  });
});

describe('given metadata', () => {
  const dated = `标题\n发布日期：2021-01-11\n${ARTICLE}`;

  it('a sidecar overrides what the text says', async () => {
    const file = write('a.txt', dated);
    write('a.txt.meta.json', JSON.stringify({ title: '给定标题', date: '2020-05-06', source: '济南日报', url: 'https://example.com/a' }));
    const [result] = await readAll([file]);
    if (!result?.ok) throw new Error('not read');
    expect(result.doc.meta).toEqual({ title: '给定标题', date: '2020-05-06', source: '济南日报', url: 'https://example.com/a' });
    const doc = normalize(result.doc);
    expect(doc).toMatchObject({ title: '给定标题', date: { value: '2020-05-06', precision: 'day' }, source: '济南日报', url: 'https://example.com/a' });
    expect(doc.report.dateSource).toBe('meta');
  });

  it('a manifest gives metadata by file name; a sidecar wins over it', async () => {
    write('a.txt', dated);
    write('b.txt', dated);
    write('manifest.json', JSON.stringify({ 'a.txt': { title: '清单标题甲', date: '2019' }, 'b.txt': { title: '清单标题乙', source: '大众日报' } }));
    write('b.txt.meta.json', JSON.stringify({ title: '旁注标题乙' }));
    const results = await readAll([dir]);
    expect(results.map((r) => r.ok && r.doc.meta)).toEqual([
      { title: '清单标题甲', date: '2019' },
      { title: '旁注标题乙', source: '大众日报' },
    ]);
    expect(results[0]?.ok && normalize(results[0].doc).date).toEqual({ value: '2019', precision: 'year' });
  });

  it('a broken sidecar is reported and the article still read', async () => {
    const file = write('a.txt', ARTICLE);
    write('a.txt.meta.json', '{"title": ');
    expect(summary(await readAll([file]))).toEqual(['E_INPUT_FORMAT a.txt.meta.json', 'a.txt']);
  });

  it('a sidecar with a field of the wrong type is reported', async () => {
    const file = write('a.txt', ARTICLE);
    write('a.txt.meta.json', '{"date": 20210111}');
    const [error] = await readAll([file]);
    expect(!error?.ok && error?.error.message).toContain('"date" must be a string');
  });

  it('a sidecar named on the command line is not an article', async () => {
    const file = write('a.txt.meta.json', '{}');
    expect(summary(await readAll([file]))).toEqual(['E_INPUT_FORMAT a.txt.meta.json']);
  });
});

describe('JSON Lines', () => {
  it('a broken line is an error for that line; the rest of the file goes on', async () => {
    const file = write(
      'batch.jsonl',
      [JSON.stringify({ id: '1', title: '甲', text: ARTICLE }), '{"id": "2", "text": "断了', '', JSON.stringify({ id: '3', date: '2021-01-11', text: `${ARTICLE}三` })].join('\n'),
    );
    const results = await readAll([file]);
    expect(summary(results)).toEqual(['batch.jsonl#1', 'E_INPUT_FORMAT batch.jsonl#2', 'batch.jsonl#4']);
    expect(!results[1]?.ok && results[1]?.error.message).toMatch(/batch\.jsonl#2: not valid JSON/);
    expect(results[2]?.ok && results[2].doc.meta).toEqual({ date: '2021-01-11' });
  });

  it.each([
    ['no text', { title: '甲' }, 'E_INPUT_FORMAT', 'neither "text" nor "html"'],
    ['text of the wrong type', { text: 42 }, 'E_INPUT_FORMAT', '"text" must be a string'],
    ['a title of the wrong type', { title: ['甲'], text: ARTICLE }, 'E_INPUT_FORMAT', '"title" must be a string'],
    ['an array', [ARTICLE], 'E_INPUT_FORMAT', 'expected a JSON object'],
    ['empty text', { text: '  ' }, 'E_INPUT_EMPTY', 'no text'],
  ])('a record with %s is refused', async (_, record, code, reason) => {
    const file = write('r.jsonl', `${JSON.stringify(record)}\r\n`);
    const [result] = await readAll([file]);
    expect(result?.ok).toBe(false);
    if (!result?.ok) {
      expect(result?.error.code).toBe(code);
      expect(result?.error.message).toContain(reason);
      expect(result?.error.file).toBe(`${file}#1`);
    }
  });

  it('a record larger than the limit is refused, the next one read', async () => {
    const file = write('big.jsonl', `${JSON.stringify({ text: '长'.repeat(5000) })}\n${JSON.stringify({ text: ARTICLE })}\n`);
    expect(summary(await readAll([file], { maxBytes: 1000 }))).toEqual(['E_INPUT_TOO_LARGE big.jsonl#1', 'big.jsonl#2']);
  });
});

describe('inputs that cannot be read', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'E_INPUT_EMPTY'],
    ['a file of whitespace', Buffer.from(' \n\t\u3000\n'), 'E_INPUT_EMPTY'],
    ['a web page with no text', Buffer.from('<html><body><script>var a = 1;</script></body></html>'), 'E_INPUT_EMPTY'],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'E_INPUT_BINARY'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'E_INPUT_BINARY'],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), 'E_INPUT_BINARY'],
    ['NUL-heavy bytes', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)))), 'E_INPUT_BINARY'],
  ])('%s', async (_, bytes, code) => {
    const file = write(_.includes('web') ? 'page.html' : 'input.txt', bytes);
    const results = await readAll([file]);
    expect(summary(results)).toEqual([`${code} ${path.basename(file)}`]);
  });

  it('a file over the size limit is refused, naming the limit', async () => {
    const file = write('big.txt', ARTICLE.repeat(100));
    const [result] = await readAll([file], { maxBytes: 1024 });
    expect(!result?.ok && result?.error.code).toBe('E_INPUT_TOO_LARGE');
    expect(!result?.ok && result?.error.message).toContain('limit of 1024 bytes');
  });

  it('a path that does not exist', async () => {
    expect(summary(await readAll([path.join(dir, 'missing.txt')]))).toEqual(['E_INPUT_NOT_FOUND missing.txt']);
  });

  it('a symlink loop in a folder is reported once and the walk ends', async () => {
    write('a/one.txt', ARTICLE);
    write('a/b/two.txt', `${ARTICLE}二`);
    fs.symlinkSync('..', path.join(dir, 'a/b/up'));
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a/b/again'));
    const results = await readAll([path.join(dir, 'a')]);
    expect(summary(results)).toEqual(['E_INPUT_LOOP a/b/again', 'a/b/two.txt', 'a/one.txt']);
  });

  it('a loop of file links is a loop', async () => {
    fs.symlinkSync('y.txt', path.join(dir, 'x.txt'));
    fs.symlinkSync('x.txt', path.join(dir, 'y.txt'));
    expect(summary(await readAll([dir]))).toEqual(['E_INPUT_LOOP x.txt', 'E_INPUT_LOOP y.txt']);
  });

  it('a dangling link in a folder is reported and the batch goes on', async () => {
    write('a.txt', ARTICLE);
    fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'b.txt'));
    write('c.txt', `${ARTICLE}丙`);
    expect(summary(await readAll([dir]))).toEqual(['a.txt', 'E_INPUT_NOT_FOUND b.txt', 'c.txt']);
  });

  it('a file that vanishes mid-run is reported and the batch goes on', async () => {
    write('a.txt', ARTICLE);
    const doomed = write('b.txt', `${ARTICLE}乙`);
    write('c.txt', `${ARTICLE}丙`);
    const results: ReadResult[] = [];
    for await (const r of readInputs([dir])) {
      results.push(r);
      // The folder is listed as the walk enters it; b.txt goes after a.txt has been read.
      if (results.length === 1) fs.rmSync(doomed);
    }
    expect(summary(results)).toEqual(['a.txt', 'E_INPUT_NOT_FOUND b.txt', 'c.txt']);
  });

  it('a named pipe is refused without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(summary(await readAll([dir]))).toEqual(['E_INPUT_UNREADABLE pipe.txt']);
  });

  // chmod 000 blocks reading for ordinary users only: root reads the file anyway. Both outcomes
  // are checked for what they are; the dangling link and vanishing file above give every user an
  // unreadable input.
  it('a file without read permission: unreadable, except to root', async () => {
    write('a.txt', ARTICLE);
    const locked = write('b.txt', `${ARTICLE}乙`);
    fs.chmodSync(locked, 0o000);
    const results = summary(await readAll([dir]));
    const root = process.getuid?.() === 0;
    expect(results).toEqual(['a.txt', root ? 'b.txt' : 'E_INPUT_UNREADABLE b.txt']);
  });

  it('a folder without read permission: unreadable, except to root', async () => {
    write('locked/a.txt', ARTICLE);
    write('open/b.txt', ARTICLE);
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    const results = summary(await readAll([dir]));
    fs.chmodSync(path.join(dir, 'locked'), 0o755);
    const root = process.getuid?.() === 0;
    expect(results).toEqual([root ? 'locked/a.txt' : 'E_INPUT_UNREADABLE locked', 'open/b.txt']);
  });

  it('every error is one line naming the file and the reason', async () => {
    write('empty.txt', '');
    write('bin.txt', '%PDF-1.4');
    write('broken.jsonl', 'not json\n');
    const results = await readAll([dir, path.join(dir, 'missing.txt')]);
    expect(results.every((r) => !r.ok)).toBe(true);
    for (const r of results) {
      if (r.ok) continue;
      expect(r.error.name).toBe('InputError');
      expect(r.error.message.startsWith(`${r.error.file}: `)).toBe(true);
      expect(r.error.message.length).toBeGreaterThan(r.error.file.length + 5);
      expect(r.error.message).not.toContain('\n');
    }
  });
});

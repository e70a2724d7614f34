// Each seed re-encoded, wrapped in a web page and put in a JSON Lines file (made at test time in a
// temporary folder) reads back to the same article: the same decoded text and id where the text
// is the same, and always the same normalized text.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId, readInputs, type ReadResult } from '../../src/ingest';
import { normalize } from '../../src/normalize';
import type { RawDocument } from '../../src/types';
import { raw, SEED_FILES, seedText } from '../normalize/helpers';

const SEEDS = SEED_FILES.map((f) => f.slice(0, 3));

// The headline line of each seed, read off the text (004 has none).
const HEADLINES: Record<string, string | undefined> = {
  '000': '搶抓機遇、勇?lián)\uE319姑?,萊蕪區(qū)加快建設(shè)省會城市副中心',
  '001': '钢城区重点推进“1364”工作思路落细落实 凝心聚力开新局 崇尚实干抓落实',
  '002': '新年新起点,济南各区县纷纷吹响发展号角',
  '003': '品質(zhì)市中 奮楫揚(yáng)帆逐浪高',
  '004': undefined,
};

interface Encoding {
  name: string;
  iconv: string;
  bom: boolean;
  /** What the detector should call it. */
  detected: string;
}

const ENCODINGS: Encoding[] = [
  { name: 'UTF-8 with BOM', iconv: 'utf8', bom: true, detected: 'UTF-8' },
  { name: 'GB18030', iconv: 'gb18030', bom: false, detected: 'GB18030' },
  { name: 'GBK', iconv: 'gbk', bom: false, detected: 'GB18030' },
  { name: 'Big5', iconv: 'big5', bom: false, detected: 'Big5' },
  { name: 'UTF-16LE with BOM', iconv: 'utf16le', bom: true, detected: 'UTF-16LE' },
  { name: 'UTF-16BE with BOM', iconv: 'utf16be', bom: true, detected: 'UTF-16BE' },
  { name: 'UTF-16LE without BOM', iconv: 'utf16le', bom: false, detected: 'UTF-16LE' },
];

const representable = (text: string, encoding: string) => iconv.decode(iconv.encode(text, encoding), encoding) === text;

let dir: string;

async function readAll(paths: string[]): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const r of readInputs(paths)) results.push(r);
  return results;
}

async function readOne(file: string): Promise<RawDocument> {
  const results = await readAll([file]);
  expect(results).toHaveLength(1);
  const [result] = results;
  if (!result?.ok) throw new Error(`could not read ${file}: ${result?.error.message}`);
  return result.doc;
}

const normalizedSeed = new Map<string, string>();
function expectedText(seed: string): string {
  if (!normalizedSeed.has(seed)) normalizedSeed.set(seed, normalize(raw(seedText(seed))).text);
  return normalizedSeed.get(seed)!;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed as a news page: its headline as <h1>, lines above it in the page header, the rest as paragraphs, with navigation, scripts and a footer around. */
function asWebPage(seed: string): string {
  const lines = seedText(seed).split('\n');
  const headline = HEADLINES[seed];
  const at = headline ? lines.indexOf(headline) : -1;
  const above = lines.slice(0, at + 1 > 0 ? at : 0).filter((l) => l.trim());
  const body = lines.slice(at + 1).filter((l) => l.trim());
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escapeHtml(headline ?? '某某新闻网')}_某某新闻网</title>
<script>window.menu = ['首页', '新闻中心'];</script><style>.nav { float: left }</style></head>
<body>
<nav class="nav"><a href="/">网站首页栏</a> | <a href="/news">新闻中心栏</a> | <a href="/gov">政务公开栏</a></nav>
<div class="page-top">${above.map(escapeHtml).join('<br>')}</div>
<div class="main"><article>
${headline ? `<h1>${escapeHtml(headline)}</h1>` : ''}
${body.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
</article></div>
<iframe src="/ad.html"></iframe><script>document.write('广告位脚本');</script>
<footer><p>关于本站 | 联系本站</p><p>某某新闻网 版权所有</p></footer>
</body></html>`;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-roundtrip-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('each seed in each encoding', () => {
  const cases = SEEDS.flatMap((seed) => ENCODINGS.filter((e) => representable(seedText(seed), e.iconv)).map((e) => [seed, e.name, e] as const));

  it('every encoding is tried on some seed; Big5 only where the text fits in it', () => {
    for (const e of ENCODINGS) expect(cases.some(([, name]) => name === e.name)).toBe(true);
    // 001 and 002 are simplified: Big5 has no 钢 or 区.
    expect(cases.filter(([, name]) => name === 'Big5').map(([seed]) => seed)).not.toContain('001');
    expect(cases.filter(([, name]) => name === 'Big5').map(([seed]) => seed)).not.toContain('002');
  });

  it.each(cases)('%s as %s', async (seed, _, encoding) => {
    const file = path.join(dir, `${seed}-${encoding.name.replace(/\W+/g, '-')}.txt`);
    fs.writeFileSync(file, iconv.encode(seedText(seed), encoding.iconv, { addBOM: encoding.bom }));
    const doc = await readOne(file);
    expect(doc.encoding).toBe(encoding.detected);
    expect(doc.text).toBe(seedText(seed));
    expect(doc.id).toBe(documentId(seedText(seed)));
    expect(normalize(doc).text).toBe(expectedText(seed));
  });
});

describe('each seed as a web page', () => {
  it.each(SEEDS)('%s', async (seed) => {
    const file = path.join(dir, `${seed}.html`);
    fs.writeFileSync(file, asWebPage(seed));
    const doc = await readOne(file);
    expect(doc.format).toBe('html');
    for (const chrome of ['网站首页栏', '新闻中心栏', 'window.menu', '广告位脚本', '关于本站', '某某新闻网']) expect(doc.text).not.toContain(chrome);
    expect(normalize(doc).text).toBe(expectedText(seed));
  });

  it('the headline is the title', async () => {
    const doc = await readOne(path.join(dir, '003.html'));
    expect(doc.meta.title).toBe(HEADLINES['003']);
    expect(normalize(doc).title).toBe('品质市中 奋楫扬帆逐浪高');
  });
});

describe('each seed as a JSON Lines record', () => {
  it('reads every record, and the same normalized text as the file', async () => {
    const file = path.join(dir, 'seeds.jsonl');
    fs.writeFileSync(file, SEEDS.map((seed) => JSON.stringify({ id: `seed-${seed}`, title: HEADLINES[seed] ?? null, url: `https://example.com/${seed}`, text: seedText(seed) })).join('\n') + '\n');
    const results = await readAll([file]);
    expect(results.map((r) => (r.ok ? r.doc.path : r.error.code))).toEqual(SEEDS.map((_, i) => `${file}#${i + 1}`));
    for (const [i, seed] of SEEDS.entries()) {
      const result = results[i]!;
      if (!result.ok) throw result.error;
      expect(result.doc).toMatchObject({ format: 'jsonl', encoding: 'UTF-8', encodingConfidence: 100, id: documentId(seedText(seed)) });
      expect(result.doc.meta.url).toBe(`https://example.com/${seed}`);
      expect(normalize(result.doc).text).toBe(expectedText(seed));
    }
  });

  it('reads a record given as HTML', async () => {
    const file = path.join(dir, 'page.jsonl');
    fs.writeFileSync(file, `${JSON.stringify({ id: 'p', html: asWebPage('002') })}\n`);
    const doc = await readOne(file);
    expect(normalize(doc).text).toBe(expectedText('002'));
    expect(doc.meta.title).toBe(HEADLINES['002']);
  });
});

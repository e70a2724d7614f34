// Fuzzing the extract stage: random and mutated Chinese text never makes normalize + extract throw
// or hang, and every piece of evidence quotes the original text at valid offsets. Inputs that once
// broke it live in tests/fixtures/fuzz/ and are replayed on every run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { documentId } from '../../src/ingest';
import { normalize } from '../../src/normalize';
import type { Extraction, RawDocument } from '../../src/types';
import { SEEDS_DIR, seedFiles } from '../helpers/seeds';

const FUZZ_DIR = path.resolve(__dirname, '..', 'fixtures', 'fuzz');

function run(text: string): Extraction {
  const raw: RawDocument = { id: documentId(text), path: 'fuzz.txt', format: 'txt', encoding: 'UTF-8', encodingConfidence: 100, text, meta: {} };
  return extract(normalize(raw));
}

/** Every evidence span lies inside the original and quotes it; every mention span lies inside the text. */
function checkInvariants(ex: Extraction): void {
  const { original, text } = ex.doc;
  for (const r of ex.relations) {
    const e = r.evidence;
    expect(0 <= e.start && e.start <= e.end && e.end <= original.length, `${r.type} evidence ${e.start}-${e.end}`).toBe(true);
    expect(original.slice(e.start, e.end)).toBe(e.sentence);
  }
  for (const m of ex.mentions) {
    expect(0 <= m.span.start && m.span.start <= m.span.end && m.span.end <= text.length, `${m.label} ${m.name}`).toBe(true);
    expect(m.name.length).toBeGreaterThan(0);
  }
}

// The words the rules look for, so random text often fires them: surnames, titles, places,
// suffixes, trigger verbs and punctuation, plus damage.
const PIECES = [
  '王', '李', '欧阳', '秦', '张伟', '区委书记', '区长', '副区长', '市委常委', '党工委书记', '管委会主任', '省委书记', '、', '，', '。', '；',
  '\n', '莱芜区', '市中区', '济南', '历下', '高新区', '先行区', '该区', '有限公司', '集团', '大学', '医院', '卫生院', '项目', '工程', '产业园',
  '中心', '基地', '等', '16家企业', '个项目', '出席', '开工仪式', '与', '合作', '共建', '签约', '入驻', '组织建设', '年产', '15GW', '一期',
  '二期', '当选为', '任命', '为', '免去', '的', '职务', '代表', '委员会向大会作报告', '高铁', '高速', '新建', '建成', '记者', '通讯员',
  '?', '\uFFFD', '\uE000', '(qū)', '區', '鄧', '2019年', '3月1日', '“', '”', '（', '）', ' ',
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));

describe('extract on any input', () => {
  it('never throws on arbitrary strings, and keeps its invariants', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => checkInvariants(run(text))), { numRuns: 300 });
  });

  it('never throws on text made of the words the rules look for', () => {
    fc.assert(fc.property(pieceText, (text) => checkInvariants(run(text))), { numRuns: 1500 });
  });

  it('never throws on the seeds with characters flipped, cut or repeated', () => {
    const seeds = seedFiles().map((f) => fs.readFileSync(f, 'utf8'));
    const mutated = fc
      .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...PIECES, '', '\u0000', '\uD800')), { minLength: 1, maxLength: 8 }))
      .map(([seed, edits]) => {
        let text = seed;
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        return text;
      });
    fc.assert(fc.property(mutated, (text) => checkInvariants(run(text))), { numRuns: 60 });
  });
});

describe('the fuzz regression corpus', () => {
  const files = fs.existsSync(FUZZ_DIR) ? fs.readdirSync(FUZZ_DIR).filter((f) => f.endsWith('.txt')) : [];
  it('exists (inputs fuzzing found are kept there)', () => {
    expect(fs.existsSync(FUZZ_DIR)).toBe(true);
  });
  it.each(files.map((f) => [f]))('%s', (file) => {
    checkInvariants(run(fs.readFileSync(path.join(FUZZ_DIR, file), 'utf8')));
  });
});

void SEEDS_DIR;

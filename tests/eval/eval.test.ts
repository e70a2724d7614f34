// Extraction quality against the hand-made gold annotations (tests/gold/): the floors below are the
// scores reached, so a change that loses quality fails here instead of going unnoticed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, evaluateSet, type EvalResult, type GoldFile, type SetResult } from '../../src/eval';
import { lexicon } from '../../src/lexicon';

const ROOT = path.resolve(__dirname, '..', '..');
const GOLD = path.join(ROOT, 'tests', 'gold');

describe('extraction against the gold annotations', () => {
  let result: EvalResult;
  beforeAll(async () => {
    result = await evaluate(GOLD, path.join(ROOT, 'seeds'));
  });

  it.each([
    ['Official', 0.95],
    ['Person', 0.95],
    ['District', 0.95],
    ['City', 0.95],
    ['Province', 0.95],
    ['Company', 0.85],
    ['Institution', 0.9],
    ['Project', 0.85],
  ])('%s F1 stays at or above %s', (label, floor) => {
    const score = result.entities[label];
    expect(score, `no score for ${label}`).toBeDefined();
    expect(score!.f1).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['HOLDS_POSITION', 0.95],
    ['PART_OF', 0.95],
    ['LOCATED_IN', 0.85],
    ['ATTENDED', 0.95],
  ])('%s F1 stays at or above %s', (type, floor) => {
    expect(result.relations[type]!.f1).toBeGreaterThanOrEqual(floor);
  });

  it('relations overall stay at or above F1 0.89', () => {
    expect(result.relationsOverall.f1).toBeGreaterThanOrEqual(0.89);
  });

  it('scores every gold article', () => {
    expect(result.details.map((d) => d.doc).sort()).toEqual(fs.readdirSync(GOLD).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '.txt')).sort());
  });
});

describe('extraction against the development set (tests/dev: other provinces, synthetic)', () => {
  let dev: EvalResult;
  beforeAll(async () => {
    dev = await evaluate(path.join(ROOT, 'tests', 'dev', 'gold'), path.join(ROOT, 'tests', 'dev', 'articles'));
  });

  it.each([
    ['Official', 0.95],
    ['Person', 0.95],
    ['District', 0.9],
    ['Company', 0.9],
    ['Institution', 0.8],
    ['Project', 0.8],
  ])('%s F1 stays at or above %s', (label, floor) => {
    expect(dev.entities[label]!.f1).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['HOLDS_POSITION', 0.9],
    ['ATTENDED', 0.85],
    ['INVOLVED_IN', 0.8],
  ])('%s F1 stays at or above %s', (type, floor) => {
    expect(dev.relations[type]!.f1).toBeGreaterThanOrEqual(floor);
  });

  it('relations overall stay at or above F1 0.87', () => {
    expect(dev.relationsOverall.f1).toBeGreaterThanOrEqual(0.87);
  });
});

// The real corpus's texts are third-party pages kept out of git (tests/real/articles, regathered as
// tests/real/README.md says); its gold is committed. Without the texts these floors cannot be checked.
const REAL_GOLD = path.join(ROOT, 'tests', 'real', 'gold');
const realTextsPresent = fs.readdirSync(REAL_GOLD).every((f) => !f.endsWith('.json') || fs.existsSync(path.join(ROOT, 'tests', 'real', 'articles', f.replace(/\.json$/, '.txt'))));
if (!realTextsPresent) console.warn('real-corpus floors skipped: the git-ignored texts are not in tests/real/articles (see tests/real/README.md)');

describe.skipIf(!realTextsPresent)('extraction against the real corpus (needs the git-ignored texts in tests/real/articles)', () => {
  let dev: SetResult;
  let test: SetResult;
  beforeAll(async () => {
    [dev, test] = await Promise.all([evaluateSet('real', { split: 'dev' }), evaluateSet('real', { split: 'test' })]);
  });

  it('reads every text as annotated', () => {
    expect([...dev.missing, ...dev.differ, ...test.missing, ...test.differ]).toEqual([]);
  });

  it.each([
    ['Official', 0.98],
    ['Person', 0.88],
    ['District', 0.9],
    ['Company', 0.86],
    ['Project', 0.82],
    ['Town', 0.75],
  ])('development split: %s F1 stays at or above %s', (label, floor) => {
    expect(dev.entities[label]!.f1).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['HOLDS_POSITION', 0.95],
    ['ATTENDED', 0.79],
    ['PART_OF', 0.88],
    ['LOCATED_IN', 0.78],
  ])('development split: %s F1 stays at or above %s', (type, floor) => {
    expect(dev.relations[type]!.f1).toBeGreaterThanOrEqual(floor);
  });

  it('development split: entities overall F1 at or above 0.9, relations at or above 0.83', () => {
    expect(dev.entitiesOverall.f1).toBeGreaterThanOrEqual(0.9);
    expect(dev.relationsOverall.f1).toBeGreaterThanOrEqual(0.83);
  });

  // The test split is never tuned on: these floors only keep what was measured at the end of an issue.
  const TEST_ENT = 0.71;
  const TEST_REL = 0.56;
  it(`test split: entities overall F1 at or above ${TEST_ENT}, relations at or above ${TEST_REL}`, () => {
    expect(test.entitiesOverall.f1).toBeGreaterThanOrEqual(TEST_ENT);
    expect(test.relationsOverall.f1).toBeGreaterThanOrEqual(TEST_REL);
  });
});

describe('general rules', () => {
  // The rules must generalize to articles they never saw: no person, company, institution or
  // project named in the seeds, the development set, the held-out set or the real corpus may appear
  // anywhere in src/ or lexicons/ (places are gazetteer knowledge).
  const sources: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      // The historical divisions come from the GB/T 2260 tables: a county named like a person (田林县
      // and an official 田林) is gazetteer knowledge, not a name taken from an article.
      else if (/\.(ts|json|jsonl|cypher)$/.test(entry.name) && entry.name !== 'historical-units.jsonl') sources.push({ file: path.relative(ROOT, full), text: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'lexicons'));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

  // Gold aliases that are plain suffix words (产业城 for "the industrial city") are general knowledge.
  const general = new Set([...lexicon().words('projects', 'suffix'), ...lexicon().words('institutions', 'suffix'), ...lexicon().words('companies', 'legal-suffix')]);
  const names = new Set<string>();
  const goldFiles = [GOLD, path.join(ROOT, 'tests', 'dev', 'gold'), path.join(ROOT, 'tests', 'heldout', 'gold'), path.join(ROOT, 'tests', 'real', 'gold')].flatMap((dir) =>
    fs.readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => path.join(dir, f)),
  );
  for (const file of goldFiles) {
    const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
    for (const list of [gold.officials, gold.persons, gold.companies, gold.institutions, gold.projects]) {
      for (const e of list ?? []) {
        for (const n of [e.name, ...((e as { aliases?: string[] }).aliases ?? [])]) {
          if (n.length < 2 || general.has(n)) continue;
          // Gold names are simplified; a seed may write them in traditional characters (鄧頌).
          names.add(n);
          names.add(toTraditional(n));
        }
      }
    }
  }

  it('the gold files name people, organisations and projects to look for', () => {
    expect(names.size).toBeGreaterThan(100);
  });

  it('src/ and lexicons/ name none of them', () => {
    const found: string[] = [];
    for (const { file, text } of sources) for (const n of names) if (text.includes(n)) found.push(`${file}: ${n}`);
    expect(found).toEqual([]);
  });
});

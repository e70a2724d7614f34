// The vocabulary as data: the built-in files are valid and their schemas written out; a user's own
// folder adds a title, a company suffix or an alias with no TypeScript; a malformed one stops the
// run with one line naming the file, the line and the field, before anything is written.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/errors';
import { LEXICON_DIR, LEXICON_NAMES, lexicon, loadLexicon, readLexiconFile, useLexicon } from '../../src/lexicon';
import { schemaDocument } from '../../src/lexicon/schemas';
import { build } from '../../src/pipeline';
import { govgraph } from '../helpers/cli';
import { extractText, names, positions } from '../helpers/documents';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-lexicon-'));
});
afterEach(() => {
  useLexicon(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (file: string, lines: object[] | string) =>
  fs.writeFileSync(path.join(dir, file), typeof lines === 'string' ? lines : lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

describe('the built-in lexicon', () => {
  it.each(LEXICON_NAMES.filter((n) => fs.existsSync(path.join(LEXICON_DIR, `${n}.jsonl`))))('%s.jsonl is valid, with unique ids', (name) => {
    const entries = readLexiconFile(name, path.join(LEXICON_DIR, `${name}.jsonl`));
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((e) => e.entry.id)).size).toBe(entries.length);
  });

  it.each(LEXICON_NAMES)('schema/%s.schema.json is the schema the code validates with (npm run lexicon:schemas)', (name) => {
    const file = path.join(LEXICON_DIR, 'schema', `${name}.schema.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(schemaDocument(name))));
  });

  it('holds no user aliases: those are the user’s own', () => {
    expect(loadLexicon().entries('aliases')).toEqual([]);
  });
});

describe('a user overlay', () => {
  // 区委政研室主任 is not a built-in title: before the overlay the sentence names no official.
  const sentence = '南湖区委政研室主任孙立主持会议。恒达农资商行投资建设南湖智慧农业产业园项目。';

  it('adds a title with one line of data and the official is found', () => {
    expect(positions(extractText(sentence))).toEqual([]);
    write('titles.jsonl', [
      { id: 'title.区委政研室主任', zh: '区委政研室主任', level: 'county', organ: 'party', sharedSuffix: '区', en: 'Director of the Policy Research Office of the {place} Committee' },
    ]);
    useLexicon(loadLexicon({ overlays: [dir] }));
    expect(positions(extractText(sentence))).toEqual(['孙立: 区委政研室主任@南湖区']);
  });

  it('adds a company suffix with one line of data and the company is found', () => {
    expect(names(extractText(sentence), 'Company')).toEqual([]);
    write('companies.jsonl', [{ id: 'company.legal-suffix.商行', zh: '商行', kind: 'legal-suffix' }]);
    useLexicon(loadLexicon({ overlays: [dir] }));
    expect(names(extractText(sentence), 'Company')).toEqual(['恒达农资商行']);
  });

  it('replaces a built-in entry by its id, and removes one with "disabled"', () => {
    write('titles.jsonl', [
      { id: 'title.区长', zh: '区长', level: 'county', organ: 'government', sharedSuffix: '区', single: true, en: 'Head of {place}' },
      { id: 'title.副区长', disabled: true },
    ]);
    const lex = loadLexicon({ overlays: [dir] });
    expect(lex.entries('titles').find((t) => t.id === 'title.区长')?.en).toBe('Head of {place}');
    expect(lex.sourceOf('title.区长')).toBe(path.join(dir, 'titles.jsonl'));
    expect(lex.sourceOf('title.区委书记')).toBe('built-in');
    expect(lex.entries('titles').some((t) => t.id === 'title.副区长')).toBe(false);
    // The replaced entry keeps its place in the order.
    const builtIn = loadLexicon().entries('titles').map((t) => t.id);
    expect(lex.entries('titles').map((t) => t.id)).toEqual(builtIn.filter((id) => id !== 'title.副区长'));
  });

  it('an alias table makes a name one known entity, recorded as a merge', async () => {
    const file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, '南湖区委书记孙立会见恒达集团有限公司董事长。会上，恒达集团有限公司与南湖区签约。\n');
    write('aliases.jsonl', [{ id: 'alias.恒达集团', name: '恒达集团有限公司', entity: 'Company:恒达控股集团有限公司' }]);
    useLexicon(loadLexicon({ overlays: [dir] }));
    const { graph, resolved } = await build([file]);
    expect(graph.hasNode('Company:恒达控股集团有限公司')).toBe(true);
    expect(graph.getNodeAttribute('Company:恒达控股集团有限公司', 'name')).toBe('恒达控股集团有限公司');
    expect(graph.getNodeAttribute('Company:恒达控股集团有限公司', 'aliases')).toContain('恒达集团有限公司');
    expect(graph.hasNode('Company:恒达集团有限公司')).toBe(false);
    expect(resolved.merges.some((m) => m.reason === 'user-alias:alias.恒达集团')).toBe(true);
  });

  it('GOVGRAPH_LEXICON names the folders when no lexicon was set', () => {
    write('surnames.jsonl', [{ id: 'surname.乜', zh: '乜' }]);
    const before = process.env.GOVGRAPH_LEXICON;
    process.env.GOVGRAPH_LEXICON = dir;
    try {
      useLexicon(undefined);
      expect(lexicon().overlays).toEqual([dir]);
    } finally {
      if (before === undefined) delete process.env.GOVGRAPH_LEXICON;
      else process.env.GOVGRAPH_LEXICON = before;
    }
  });
});

describe('a malformed user lexicon', () => {
  it.each([
    ['not JSON', 'titles.jsonl', '{"id": "title.x", "zh": "x"\n', /titles\.jsonl:1: not a JSON object/],
    ['a missing field', 'titles.jsonl', '\n{"id": "title.镇人大主席", "zh": "镇人大主席", "level": "town", "organ": "congress"}\n', /titles\.jsonl:2: entry "title\.镇人大主席": field "en" is missing/],
    ['a value outside the schema', 'titles.jsonl', '{"id": "title.镇人大主席", "zh": "镇人大主席", "level": "village", "organ": "congress", "en": "x"}\n', /titles\.jsonl:1: entry "title\.镇人大主席": field "level" .*one of: province, city/],
    ['an unknown field', 'companies.jsonl', '{"id": "company.legal-suffix.社", "zh": "社", "kind": "legal-suffix", "colour": "red"}\n', /companies\.jsonl:1: entry "company\.legal-suffix\.社": field "colour" is not a known field/],
    ['an id used twice', 'surnames.jsonl', '{"id": "surname.乜", "zh": "乜"}\n{"id": "surname.乜", "zh": "乜"}\n', /surnames\.jsonl:2: entry "surname\.乜": the id is already used on line 1/],
    ['disabling an unknown id', 'titles.jsonl', '{"id": "title.no-such-title", "disabled": true}\n', /titles\.jsonl:1: .*disables an id that no earlier file has/],
    ['a misspelt file name', 'title.jsonl', '{}\n', /title\.jsonl: not a lexicon file/],
  ])('%s: one LexiconError naming the file, the line and the field', (_, file, text, message) => {
    write(file, text);
    let error: unknown;
    try {
      loadLexicon({ overlays: [dir] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).code).toBe('E_LEXICON');
    expect((error as Error).message.split('\n')).toHaveLength(1);
    expect((error as Error).message).toMatch(message);
  });

  it('stops the command with exit 2 and one line, before any output is written', async () => {
    write('titles.jsonl', '{"id": "title.镇人大主席", "zh": "镇人大主席", "level": "village", "organ": "congress", "en": "x"}\n');
    const out = path.join(dir, 'out');
    const run = await govgraph(['build', 'seeds', '--out', out, '--lexicon', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/titles\.jsonl:1: .*field "level".*\[E_LEXICON\]/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('govgraph rules lists a user entry with the file it came from', async () => {
    write('titles.jsonl', [{ id: 'title.区委政研室主任', zh: '区委政研室主任', level: 'county', organ: 'party', sharedSuffix: '区', en: 'Director of the Policy Research Office of the {place} Committee' }]);
    const run = await govgraph(['rules', '--only', 'lexicon', '--file', 'titles', '--lexicon', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`title.区委政研室主任  [${path.join(dir, 'titles.jsonl')}]`);
    expect(run.stdout).toMatch(/^ {2}title\.区委书记$/m);
  });
});

// The vocabulary the rules read, as data: one JSON Lines file per vocabulary in lexicons/, each
// line a record with an id, validated against its schema when loaded. A user's own folders
// (--lexicon DIR, GOVGRAPH_LEXICON) are laid over the built-in files: an entry with a known id
// replaces it (or removes it, with "disabled": true), a new id is added after the built-in ones.
// Order matters where a rule takes the first entry that fits; it is the file's order.
import Ajv, { type ValidateFunction } from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LexiconError } from '../errors';
import { SCHEMAS } from './schemas';
import type { LexiconFiles, LexiconName } from './types';

export type * from './types';

export const LEXICON_DIR = path.resolve(__dirname, '..', '..', 'lexicons');
export const LEXICON_NAMES = Object.keys(SCHEMAS) as LexiconName[];

/** Where an entry comes from: 'built-in', or the user's file. */
export type EntrySource = 'built-in' | string;

export interface LoadOptions {
  /** User folders laid over the built-in files, in order (a later one wins). */
  overlays?: string[];
}

export class Lexicon {
  private readonly memo = new Map<(lexicon: Lexicon) => unknown, unknown>();

  constructor(
    private readonly files: { [K in LexiconName]: Array<LexiconFiles[K]> },
    private readonly sources: Map<string, EntrySource>,
    /** The user folders this lexicon was built with (worker threads rebuild it from them). */
    readonly overlays: readonly string[],
  ) {}

  /** The entries of one file, in order; with `kind`, only those of that kind. */
  entries<K extends LexiconName>(name: K): ReadonlyArray<LexiconFiles[K]> {
    return this.files[name];
  }

  /** The words (zh) of one file's entries of the given kinds, in file order. */
  words<K extends LexiconName>(name: K, ...kinds: string[]): string[] {
    const out: string[] = [];
    for (const entry of this.files[name] as Array<{ zh?: string; kind?: string }>) {
      if (entry.zh !== undefined && (kinds.length === 0 || kinds.includes(entry.kind ?? ''))) out.push(entry.zh);
    }
    return out;
  }

  /** 'built-in' or the user file an entry came from. */
  sourceOf(id: string): EntrySource {
    return this.sources.get(id) ?? 'built-in';
  }

  /**
   * What a component compiles from the lexicon (tries, patterns), built once per lexicon: the
   * function itself is the key, so each module keeps one compiled form per lexicon in use.
   */
  compiled<T>(compile: (lexicon: Lexicon) => T): T {
    if (!this.memo.has(compile)) this.memo.set(compile, compile(this));
    return this.memo.get(compile) as T;
  }
}

let ajv: Ajv | undefined;
const validators = new Map<LexiconName, ValidateFunction>();

function validatorOf(name: LexiconName): ValidateFunction {
  ajv ??= new Ajv({ allErrors: false, strict: true });
  let validate = validators.get(name);
  if (!validate) validators.set(name, (validate = ajv.compile(SCHEMAS[name])));
  return validate;
}

interface Located<T> {
  entry: T;
  file: string;
  line: number;
}

/** The records of one JSON Lines file, each validated; the first problem is a LexiconError naming file, line and field. */
export function readLexiconFile(name: LexiconName, file: string): Array<Located<{ id: string; disabled?: boolean }>> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new LexiconError(file, 0, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const validate = validatorOf(name);
  const out: Array<Located<{ id: string; disabled?: boolean }>> = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch (err) {
      throw new LexiconError(file, line, `not a JSON object (${(err as Error).message})`);
    }
    const id = typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id : undefined;
    // A disabling entry needs only its id.
    const disabling = (entry as { disabled?: unknown })?.disabled === true && id !== undefined;
    if (!disabling && !validate(entry)) {
      const error = validate.errors?.[0];
      const field = error?.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : ((error?.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (error?.params as { additionalProperty?: string }).additionalProperty ?? '');
      const what = error?.keyword === 'additionalProperties' ? 'is not a known field' : error?.keyword === 'required' ? 'is missing' : error?.message ?? 'is invalid';
      const allowed = error?.keyword === 'enum' ? ` (one of: ${(error.params as { allowedValues: string[] }).allowedValues.join(', ')})` : '';
      throw new LexiconError(file, line, `${id ? `entry "${id}": ` : ''}field "${field}" ${what}${allowed}`);
    }
    const previous = seen.get(id!);
    if (previous !== undefined) throw new LexiconError(file, line, `entry "${id}": the id is already used on line ${previous}`);
    seen.set(id!, line);
    out.push({ entry: entry as { id: string; disabled?: boolean }, file, line });
  });
  return out;
}

/** The built-in lexicon with the user's folders laid over it. */
export function loadLexicon(options: LoadOptions = {}): Lexicon {
  const overlays = (options.overlays ?? []).map((dir) => path.resolve(dir));
  for (const dir of overlays) checkOverlayFolder(dir);
  const files = {} as { [K in LexiconName]: Array<LexiconFiles[K]> };
  const sources = new Map<string, EntrySource>();
  for (const name of LEXICON_NAMES) {
    const builtIn = path.join(LEXICON_DIR, `${name}.jsonl`);
    const entries = new Map<string, { id: string; disabled?: boolean }>();
    if (fs.existsSync(builtIn)) for (const { entry } of readLexiconFile(name, builtIn)) entries.set(entry.id, entry);
    for (const dir of overlays) {
      const file = path.join(dir, `${name}.jsonl`);
      if (!fs.existsSync(file)) continue;
      for (const { entry, line } of readLexiconFile(name, file)) {
        if (entry.disabled) {
          if (!entries.delete(entry.id)) throw new LexiconError(file, line, `entry "${entry.id}": disables an id that no earlier file has`);
          sources.delete(entry.id);
          continue;
        }
        // A replaced entry keeps its place in the order; a new one goes last.
        entries.set(entry.id, entry);
        sources.set(entry.id, file);
      }
    }
    files[name] = [...entries.values()] as never;
  }
  return new Lexicon(files, sources, overlays);
}

/** An overlay folder must exist and hold only lexicon files: a misspelt file name would otherwise be ignored. */
function checkOverlayFolder(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (err) {
    throw new LexiconError(dir, 0, `lexicon folder cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  for (const file of names) {
    if (!file.endsWith('.jsonl')) continue;
    const name = file.slice(0, -'.jsonl'.length);
    if (!(LEXICON_NAMES as string[]).includes(name)) {
      throw new LexiconError(path.join(dir, file), 0, `not a lexicon file; the files are ${LEXICON_NAMES.map((n) => `${n}.jsonl`).join(', ')}`);
    }
  }
}

/** The folders named by GOVGRAPH_LEXICON (separated like PATH). */
export function overlaysFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.GOVGRAPH_LEXICON ?? '').split(path.delimiter).filter(Boolean);
}

/**
 * Words as a regex alternation, in the order given (the first that fits wins), special characters
 * escaped; no words give a pattern that never matches, not one that matches everywhere.
 */
export function alternation(words: readonly string[]): string {
  return words.length === 0 ? '(?!)' : words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}

let active: Lexicon | undefined;

/** The lexicon in use: the one set by useLexicon, else the built-in one with GOVGRAPH_LEXICON's folders. */
export function lexicon(): Lexicon {
  active ??= loadLexicon({ overlays: overlaysFromEnv() });
  return active;
}

/** Use this lexicon from now on in this thread (undefined: back to the default). */
export function useLexicon(next: Lexicon | undefined): void {
  active = next;
}

// The small, typed set of errors govgraph raises. Each has a code and a one-line message that
// names the file or value at fault; the CLI prints the message, a bug (anything else) prints its stack.
import * as path from 'node:path';

export type ErrorCode =
  | 'E_INPUT_NOT_FOUND'
  | 'E_INPUT_UNREADABLE'
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_TOO_LARGE'
  | 'E_INPUT_DECODE'
  | 'E_INPUT_FORMAT'
  | 'E_INPUT_LOOP'
  | 'E_USAGE'
  | 'E_NEO4J_UNAVAILABLE'
  | 'E_NEO4J_AUTH'
  | 'E_NEO4J_QUERY'
  | 'E_NEO4J_LAUNCHER'
  | 'E_REPORT_UNKNOWN'
  | 'E_ENTITY_UNKNOWN'
  | 'E_LEXICON';

export class GovgraphError extends Error {
  override readonly name: string = 'GovgraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The file, report or value the error is about. */
    readonly subject?: string,
  ) {
    super(message);
  }
}

/** A problem with one input file: reported on one line, the rest of the batch goes on. */
export class InputError extends GovgraphError {
  override readonly name = 'InputError';
  constructor(code: ErrorCode, readonly file: string, reason: string) {
    super(code, `${file}: ${reason}`, file);
  }
}

/** The user asked for something that can't be done as asked (bad option, unknown report). */
export class UsageError extends GovgraphError {
  override readonly name = 'UsageError';
}

/** The database could not be reached or refused us; never includes secrets. */
export class Neo4jError extends GovgraphError {
  override readonly name = 'Neo4jError';
}

/** A lexicon file that can't be used: names the file, the line and the field; nothing is written after it. */
export class LexiconError extends GovgraphError {
  override readonly name = 'LexiconError';
  constructor(readonly file: string, readonly line: number, reason: string) {
    const shown = path.relative(process.cwd(), file);
    super('E_LEXICON', `${shown && !shown.startsWith('..') ? shown : file}${line > 0 ? `:${line}` : ''}: ${reason}`, file);
  }
}

export function isGovgraphError(err: unknown): err is GovgraphError {
  return err instanceof GovgraphError;
}

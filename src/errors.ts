// The small, typed set of errors govgraph raises. Each has a code, an exit code and a one-line message
// that names the file or value at fault; the CLI prints the message, a bug (anything else) its stack.
import * as path from 'node:path';
import { printable } from './printable';

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
  | 'E_NEO4J_RATE_LIMIT'
  | 'E_NEO4J_QUERY'
  | 'E_NEO4J_LAUNCHER'
  | 'E_REPORT_UNKNOWN'
  | 'E_ENTITY_UNKNOWN'
  | 'E_LEXICON';

/**
 * What each exit code of the CLI (and of tools/neo4j/ctl.ts) means; the README's table says the same.
 * 2: the command can't be done as asked — fixing the command or its inputs helps, retrying doesn't.
 * 3: Neo4j can't be used right now — fixing the server, the settings or waiting helps.
 */
export const EXIT = {
  ok: 0,
  /** Not all done: --strict with skipped inputs, `forget` of an article not in the database, neo4j:status with no server. */
  partial: 1,
  /** Anything but a GovgraphError: printed with its stack. */
  bug: 1,
  usage: 2,
  neo4j: 3,
} as const;

const EXIT_BY_CODE: Record<ErrorCode, number> = {
  E_INPUT_NOT_FOUND: EXIT.usage,
  E_INPUT_UNREADABLE: EXIT.usage,
  E_INPUT_EMPTY: EXIT.usage,
  E_INPUT_BINARY: EXIT.usage,
  E_INPUT_TOO_LARGE: EXIT.usage,
  E_INPUT_DECODE: EXIT.usage,
  E_INPUT_FORMAT: EXIT.usage,
  E_INPUT_LOOP: EXIT.usage,
  E_USAGE: EXIT.usage,
  E_REPORT_UNKNOWN: EXIT.usage,
  E_ENTITY_UNKNOWN: EXIT.usage,
  E_LEXICON: EXIT.usage,
  // The server answered and rejected the query (report --param limit=-1): retrying won't help.
  E_NEO4J_QUERY: EXIT.usage,
  E_NEO4J_UNAVAILABLE: EXIT.neo4j,
  E_NEO4J_AUTH: EXIT.neo4j,
  E_NEO4J_RATE_LIMIT: EXIT.neo4j,
  E_NEO4J_LAUNCHER: EXIT.neo4j,
};

export class GovgraphError extends Error {
  override readonly name: string = 'GovgraphError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The file, report or value the error is about, as it is (the message shows it escaped). */
    readonly subject?: string,
  ) {
    // Messages are printed as one line: a newline or escape code in a file name must not show raw.
    super(printable(message));
  }

  /** The CLI's exit code for this error. */
  get exitCode(): number {
    return EXIT_BY_CODE[this.code];
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

/** The one line every command prints for a GovgraphError. */
export function errorLine(err: GovgraphError): string {
  return `govgraph: ${err.message} [${err.code}]`;
}

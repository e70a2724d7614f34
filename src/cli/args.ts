// Argument helpers shared by commands: citty keeps extra positionals in `_`; the lexicon option.
import { UsageError } from '../errors';
import { loadLexicon, overlaysFromEnv, useLexicon, type Lexicon } from '../lexicon';

export function collectPaths(args: { _: string[]; paths?: string }): string[] {
  const paths = [...new Set([args.paths, ...args._].filter((p): p is string => typeof p === 'string' && p.length > 0))];
  if (paths.length === 0) throw new UsageError('E_USAGE', 'no input paths given');
  return paths;
}

/** --lexicon DIR[,DIR…]: the user's lexicon folders, laid over the built-in one (and over GOVGRAPH_LEXICON's). */
export const LEXICON_ARG = {
  type: 'string',
  description: 'Folder(s) of your own lexicon files (comma-separated), laid over the built-in lexicons/; also GOVGRAPH_LEXICON',
} as const;

/**
 * Loads and checks the lexicon before anything is read or written: a malformed user file stops the
 * command here with one line naming the file, the line and the field.
 */
export function useLexiconArg(value: string | undefined): Lexicon {
  const overlays = [...overlaysFromEnv(), ...(value ? value.split(',').map((d) => d.trim()).filter(Boolean) : [])];
  const lex = loadLexicon({ overlays });
  useLexicon(lex);
  return lex;
}

/** The value of an option that takes one of a few words, or undefined when it is not given. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError('E_USAGE', `--${option} takes one of ${allowed.join(', ')}, not "${value}"`, value);
  return value as T;
}

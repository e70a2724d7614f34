// Argument helpers shared by commands: citty keeps extra positionals in `_`.
import { UsageError } from '../errors';

export function collectPaths(args: { _: string[]; paths?: string }): string[] {
  const paths = [...new Set([args.paths, ...args._].filter((p): p is string => typeof p === 'string' && p.length > 0))];
  if (paths.length === 0) throw new UsageError('E_USAGE', 'no input paths given');
  return paths;
}

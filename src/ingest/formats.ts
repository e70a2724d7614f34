// Which reader a file goes to. Inside folders only files with these extensions are articles; a
// file named on the command line with any other extension is read as text. Sidecars and
// manifests carry metadata and are never articles.
import * as path from 'node:path';
import type { InputFormat } from '../types';

export const FORMATS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** `<file>.meta.json` next to an article: its title, date, source and url. */
export const SIDECAR_SUFFIX = '.meta.json';
/** One per folder, keyed by file name: `{"a.txt": {"title": …}}`. */
export const MANIFEST = 'manifest.json';

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export function isMetadataFile(file: string): boolean {
  const name = path.basename(file);
  return name === MANIFEST || name.endsWith(SIDECAR_SUFFIX);
}

export function formatOf(file: string): InputFormat | undefined {
  return FORMATS[path.extname(file).toLowerCase()];
}

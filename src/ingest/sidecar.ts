// Metadata given next to an article: `<file>.meta.json`, or the folder's `manifest.json` keyed by
// file name. Both give title, date, source and url; the sidecar wins over the manifest, and both
// win over what normalize detects in the text.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import type { SourceMeta } from '../types';
import { MANIFEST, SIDECAR_SUFFIX } from './formats';

const META_FIELDS = ['title', 'date', 'source', 'url'] as const;

/** The metadata fields of a JSON value, or the reason it is not metadata. */
export function metaFrom(value: unknown): { meta: SourceMeta } | { reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: 'expected a JSON object' };
  const meta: SourceMeta = {};
  for (const field of META_FIELDS) {
    const v = (value as Record<string, unknown>)[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { reason: `"${field}" must be a string` };
    if (v.trim()) meta[field] = v.trim();
  }
  return { meta };
}

async function readJson(file: string): Promise<{ value?: unknown; error?: InputError }> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { error: new InputError('E_INPUT_UNREADABLE', file, `cannot read metadata: ${(err as Error).message}`) };
  }
  try {
    return { value: JSON.parse(raw) };
  } catch (err) {
    return { error: new InputError('E_INPUT_FORMAT', file, `metadata is not JSON: ${(err as Error).message}`) };
  }
}

/** Reads sidecars and manifests, keeping the manifest of the last folder asked about. */
export class SidecarReader {
  private manifest: { dir: string; entries: Record<string, unknown>; error?: InputError } | undefined;

  /** The given metadata for `file`, and any problem with the files that hold it. */
  async metaFor(file: string): Promise<{ meta: SourceMeta; errors: InputError[] }> {
    const errors: InputError[] = [];
    const dir = path.dirname(file);
    if (this.manifest?.dir !== dir) {
      const manifestPath = path.join(dir, MANIFEST);
      const { value, error } = await readJson(manifestPath);
      const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
      this.manifest = {
        dir,
        entries: isObject ? (value as Record<string, unknown>) : {},
        error: error ?? (value !== undefined && !isObject ? new InputError('E_INPUT_FORMAT', manifestPath, 'manifest must map file names to metadata objects') : undefined),
      };
      if (this.manifest.error) errors.push(this.manifest.error);
    }
    const meta: SourceMeta = {};
    const entry = this.manifest.entries[path.basename(file)];
    if (entry !== undefined) {
      const read = metaFrom(entry);
      if ('meta' in read) Object.assign(meta, read.meta);
      else errors.push(new InputError('E_INPUT_FORMAT', path.join(dir, MANIFEST), `entry "${path.basename(file)}": ${read.reason}`));
    }
    const sidecarPath = file + SIDECAR_SUFFIX;
    const { value, error } = await readJson(sidecarPath);
    if (error) errors.push(error);
    if (value !== undefined) {
      const read = metaFrom(value);
      if ('meta' in read) Object.assign(meta, read.meta);
      else errors.push(new InputError('E_INPUT_FORMAT', sidecarPath, read.reason));
    }
    return { meta, errors };
  }
}

// From what the user names (files, folders, globs) to the files to read, in sorted order. Folders
// are walked depth-first without recursion; a symbolic link back into a folder being walked is a
// loop, reported once and not followed.
import fg from 'fast-glob';
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';
import { FORMATS, formatOf, isMetadataFile } from './formats';

export type InputEntry =
  | {
      kind: 'file';
      path: string;
      /** Named by the user (or by a glob with an explicit extension): read whatever its extension. */
      named: boolean;
    }
  | { kind: 'error'; error: InputError };

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The InputError for a failed file-system call on `file`. */
export function fsError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('E_INPUT_NOT_FOUND', file, 'no such file or folder');
  if (code === 'ELOOP') return new InputError('E_INPUT_LOOP', file, 'symbolic links form a loop');
  if (code === 'EACCES' || code === 'EPERM') return new InputError('E_INPUT_UNREADABLE', file, 'permission denied');
  return new InputError('E_INPUT_UNREADABLE', file, `cannot read (${code ?? (err as Error).message})`);
}

interface Frame {
  dir: string;
  real: string;
  entries: Dirent[];
  next: number;
}

class Walker {
  private readonly reportedLoops = new Set<string>();
  private readonly walked = new Set<string>();

  async *folder(root: string): AsyncGenerator<InputEntry> {
    const stack: Frame[] = [];
    const open = async (dir: string): Promise<InputEntry | undefined> => {
      try {
        const real = await fs.realpath(dir);
        const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name));
        stack.push({ dir, real, entries, next: 0 });
        this.walked.add(real);
        return undefined;
      } catch (err) {
        return { kind: 'error', error: fsError(dir, err) };
      }
    };
    const rootError = await open(root);
    if (rootError) yield rootError;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const entry = frame.entries[frame.next++];
      if (!entry) {
        stack.pop();
        continue;
      }
      const full = path.join(frame.dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await fs.stat(full)).isDirectory();
        } catch (err) {
          // A dangling or looping link to a file: reading it reports the problem.
          if (formatOf(entry.name)) yield { kind: 'error', error: fsError(full, err) };
          continue;
        }
      }
      if (!isDir) {
        if (!isMetadataFile(entry.name) && formatOf(entry.name)) yield { kind: 'file', path: full, named: false };
        continue;
      }
      let real: string;
      try {
        real = await fs.realpath(full);
      } catch (err) {
        yield { kind: 'error', error: fsError(full, err) };
        continue;
      }
      if (stack.some((f) => f.real === real)) {
        if (!this.reportedLoops.has(real)) {
          this.reportedLoops.add(real);
          yield { kind: 'error', error: new InputError('E_INPUT_LOOP', full, `symbolic link loops back to ${real}; not followed`) };
        }
        continue;
      }
      if (this.walked.has(real)) continue;
      const error = await open(full);
      if (error) yield error;
    }
  }

  /** One path: a folder is walked; a file named by the user is read whatever its extension. */
  async *input(input: string, how: { named: boolean; fromGlob: boolean }): AsyncGenerator<InputEntry> {
    let isDir: boolean;
    try {
      isDir = (await fs.stat(input)).isDirectory();
    } catch (err) {
      yield { kind: 'error', error: fsError(input, err) };
      return;
    }
    if (isDir) yield* this.folder(input);
    else if (isMetadataFile(input)) {
      if (!how.fromGlob) yield { kind: 'error', error: new InputError('E_INPUT_FORMAT', input, 'is article metadata (sidecar or manifest), not an article') };
    } else if (how.named || formatOf(input)) yield { kind: 'file', path: input, named: how.named };
  }
}

/** The files to read for the given inputs: each input in the order given, each expanded in sorted order. */
export async function* expandInputs(inputs: string[]): AsyncGenerator<InputEntry> {
  const walker = new Walker();
  for (const input of inputs) {
    if (!fg.isDynamicPattern(input)) {
      yield* walker.input(input, { named: true, fromGlob: false });
      continue;
    }
    const matches = (await fg(input, { onlyFiles: false, followSymbolicLinks: false, dot: false, unique: true })).sort(byCodePoint);
    if (matches.length === 0) yield { kind: 'error', error: new InputError('E_INPUT_NOT_FOUND', input, 'no file matches this pattern') };
    // *.foo asks for .foo files; a bare * only for the formats govgraph reads.
    const extension = path.extname(input);
    const named = extension.length > 1 && !fg.isDynamicPattern(extension);
    for (const match of matches) yield* walker.input(match, { named, fromGlob: true });
  }
}

/**
 * The inputs that name no file to read, each with why: no such path, a glob that matches nothing, a
 * folder with no article file in it (only other extensions, or nothing at all).
 */
export async function inputsNamingNothing(inputs: string[]): Promise<InputError[]> {
  const nothing: InputError[] = [];
  for (const input of inputs) {
    let found = false;
    let firstError: InputError | undefined;
    for await (const entry of expandInputs([input])) {
      if (entry.kind === 'file') {
        found = true;
        break;
      }
      firstError ??= entry.error;
    }
    const extensions = Object.keys(FORMATS).join(' ');
    if (!found) nothing.push(firstError ?? new InputError('E_INPUT_NOT_FOUND', input, `no article file (${extensions}) in it`));
  }
  return nothing;
}

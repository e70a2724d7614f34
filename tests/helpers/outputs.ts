// What an output folder holds, for comparing before and after: every path with its content's hash.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);

/** Everything in `dir` as stored: files by hash, links by target, hidden entries included. */
export function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of fs.readdirSync(at).sort()) {
      const full = path.join(at, name);
      const rel = path.relative(dir, full);
      const stat = fs.lstatSync(full);
      if (stat.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(full)}`;
      else if (stat.isDirectory()) walk(full);
      else out[rel] = hash(full);
    }
  };
  walk(dir);
  return out;
}

/** What a reader of `dir` sees: links followed, entries starting with "." left out. */
export function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of fs.readdirSync(at).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(at, name);
      const stat = fs.statSync(full, { throwIfNoEntry: false });
      if (!stat) out[path.relative(dir, full)] = 'dangling';
      else if (stat.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = hash(full);
    }
  };
  walk(dir);
  return out;
}

// A document's id: the first 16 hex characters of the SHA-256 of its decoded text, so the same
// article read from another encoding (or another file) gets the same id.
import { createHash } from 'node:crypto';

export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

// Markdown safety for text taken from the graph (names, titles, evidence sentences), and safe,
// stable file names for summaries.
import { createHash } from 'node:crypto';
import { UNPRINTABLE_CHARS } from '../printable';

// Characters Markdown (CommonMark and GFM) gives a meaning anywhere in a line: emphasis, code,
// links, raw HTML and entities, tables, strikethrough, heading closers, the escape itself.
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g;
// At the start of a list item or line a text could open a block: "- x", "+ x", "1. x", "2) x", "= x".
const BLOCK_START = /^(\d+)([.)])|^([-+=])/;
// A line break inside a name or sentence would start a new block; other control characters are
// dropped, and so are bidi controls (a U+202E in a title would reverse the rest of the line).
const LINE_BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;

/** Text shown exactly as written when the Markdown is rendered: `*a*` stays `*a*`, `<b>` stays `<b>`. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(UNPRINTABLE_CHARS, '')
    .replace(INLINE_SPECIAL, (ch) => `\\${ch}`)
    .replace(BLOCK_START, (_m, digits: string | undefined, mark: string | undefined, bullet: string | undefined) =>
      digits !== undefined ? `${digits}\\${mark}` : `\\${bullet}`,
    );
}

/** The inverse of escapeMarkdown for text that had no control characters: what a renderer shows. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const NAME_CHARS = /[^\p{L}\p{N}]+/gu;
const MAX_NAME_CHARS = 40;

/**
 * `3f9a21c0-张岚.md`: a short hash of the entity id (stable, unique) and the name with everything
 * but letters and digits turned into dashes, so no separator, dot-file or control character survives.
 */
export function summaryFileName(entityId: string, name: string): string {
  const hash = createHash('sha256').update(entityId).digest('hex').slice(0, 8);
  const slug = Array.from(name.normalize('NFKC').replace(NAME_CHARS, '-').replace(/^-+|-+$/g, ''))
    .slice(0, MAX_NAME_CHARS)
    .join('')
    .replace(/-+$/, '');
  return slug ? `${hash}-${slug}.md` : `${hash}.md`;
}

// Text from files and the graph made safe to print on a terminal: control characters and bidi
// controls become visible escapes, so a file name can't start a new line or turn text around.

// C0 and C1 controls, DEL, the line and paragraph separators, and the bidi controls: embeddings and
// overrides (U+202A–U+202E), isolates (U+2066–U+2069), the marks (U+200E, U+200F, U+061C).
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `a\nwarning: b` → `a\\nwarning: b`; `\u202E` → `\\u202e`; everything else as it is. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same characters, for text that is rendered rather than printed raw (Markdown drops them). */
export const UNPRINTABLE_CHARS = UNPRINTABLE;

// Cypher literals for the import script: every value written so that it reads back exactly as
// it was, whatever it contains (quotes, backslashes, backticks, `})`, newlines, `$param`).
export type CypherValue = string | number | boolean | null | CypherValue[] | { [key: string]: CypherValue };

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const escaped = ESCAPES[ch];
    if (escaped) out += escaped;
    else if (ch.charCodeAt(0) < 0x20 || ch === '\u2028' || ch === '\u2029') out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

/** A map key: backtick-quoted, with backticks doubled. */
export function cypherKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : '`' + key.replace(/`/g, '``') + '`';
}

export function cypherLiteral(value: CypherValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    return Number.isInteger(value) ? String(value) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return '[' + value.map((v) => cypherLiteral(v)).join(', ') + ']';
  return '{' + Object.entries(value).map(([k, v]) => `${cypherKey(k)}: ${cypherLiteral(v)}`).join(', ') + '}';
}

// Traditional → simplified with OpenCC, for traditional text only. A character is traditional-only
// when it is outside GB2312 and OpenCC maps it to another one (鄧 → 邓); 著 is in GB2312, so a
// simplified 显著 is never touched and cannot become 显着.
import * as OpenCC from 'opencc-js';
import type { Script } from '../types';
import { inBig5, inGb2312, isCjkIdeograph } from './charsets';
import type { MappedText } from './mapped-text';
import type { RepairLog } from './repairs';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

// A document is traditional when nearly all its script-specific characters are traditional
// (a mirror site may leave a stray simplified one); simplified when none is; mixed otherwise.
const TRADITIONAL_SHARE = 0.98;

/**
 * `test` remembered per BMP code point (0 unknown, 1 no, 2 yes): every character of every article
 * is asked about, and OpenCC is slow per call. Characters outside the BMP are in neither class.
 */
function memoByCode(test: (ch: string) => boolean): (c: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (c) => {
    if (known[c] === 0) known[c] = test(String.fromCharCode(c)) ? 2 : 1;
    return known[c] === 2;
  };
}

const traditionalCode = memoByCode((ch) => isCjkIdeograph(ch) && !inGb2312(ch) && toSimplified(ch) !== ch);
const simplifiedCode = memoByCode((ch) => isCjkIdeograph(ch) && !inBig5(ch) && toTraditional(ch) !== ch);

export function isTraditionalOnly(ch: string): boolean {
  return ch.length === 1 && traditionalCode(ch.charCodeAt(0));
}

export function isSimplifiedOnly(ch: string): boolean {
  return ch.length === 1 && simplifiedCode(ch.charCodeAt(0));
}

interface ScriptCounts {
  traditional: number;
  simplified: number;
}

function count(text: string): ScriptCounts {
  const counts = { traditional: 0, simplified: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (traditionalCode(c)) counts.traditional++;
    else if (simplifiedCode(c)) counts.simplified++;
  }
  return counts;
}

export function detectScript(text: string): Script {
  const { traditional, simplified } = count(text);
  if (traditional === 0) return 'simplified';
  return traditional / (traditional + simplified) >= TRADITIONAL_SHARE ? 'traditional' : 'mixed';
}

/**
 * Converts a line: whole, phrase by phrase, when it holds no simplified-only character (and either
 * a traditional-only one or the document is traditional); otherwise only its runs of
 * traditional-only characters (a name such as 劉濤 in a simplified line). Returns a string of the same length.
 */
function convertLine(line: string, script: Script): string {
  const counts = count(line);
  if (counts.simplified === 0 && (counts.traditional > 0 || script === 'traditional')) return alignConversion(line, toSimplified(line));
  if (counts.traditional === 0) return line;
  return line.replace(/[\u3400-\u9fff]+/g, (run) => {
    let out = '';
    for (let i = 0; i < run.length; ) {
      let j = i;
      while (j < run.length && isTraditionalOnly(run.charAt(j)) === isTraditionalOnly(run.charAt(i))) j++;
      const piece = run.slice(i, j);
      out += isTraditionalOnly(run.charAt(i)) ? alignConversion(piece, toSimplified(piece)) : piece;
      i = j;
    }
    return out;
  });
}

/**
 * OpenCC's output if it is character for character with the input (same length, changes only
 * between ideographs); else the input converted one character at a time, keeping any character
 * whose conversion would change the length.
 */
export function alignConversion(input: string, converted: string): string {
  if (converted.length === input.length) {
    let ok = true;
    for (let i = 0; i < input.length && ok; i++) {
      if (input[i] !== converted[i]) ok = isCjkIdeograph(input.charAt(i)) && isCjkIdeograph(converted.charAt(i));
    }
    if (ok) return converted;
  }
  let out = '';
  for (const ch of input) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

/** Converts traditional text to simplified, character for character; returns the document's script. */
export function convertScript(mt: MappedText, repairs: RepairLog): { text: MappedText; script: Script } {
  const script = detectScript(mt.text);
  // No traditional-only character anywhere: no line has anything to convert.
  if (script === 'simplified') return { text: mt, script };
  const log = mt.edit();
  let lineStart = 0;
  for (const line of mt.text.split('\n')) {
    const converted = convertLine(line, script);
    for (let i = 0; i < line.length; i++) {
      if (converted[i] === line[i]) continue;
      log.replace(lineStart + i, lineStart + i + 1, converted.charAt(i));
      repairs.note('traditional-to-simplified', () => `${line.charAt(i)}→${converted.charAt(i)}`);
    }
    lineStart += line.length + 1;
  }
  return { text: log.apply(), script };
}

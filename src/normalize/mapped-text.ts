// A text together with its map back to the original. Every normalization pass edits a MappedText
// through an EditLog and gets a new one, so the offsets stay exact however many passes run.
import type { Span } from '../types';

export class MappedText {
  /**
   * `offsets[i]` is the index in the original of `text[i]`; `offsets[text.length]` is the original
   * end of the last character. Offsets strictly increase: passes delete and substitute, never insert.
   */
  constructor(
    readonly text: string,
    readonly offsets: Int32Array,
  ) {}

  static of(original: string): MappedText {
    const offsets = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) offsets[i] = i;
    return new MappedText(original, offsets);
  }

  /** The original span that `text[start, end)` came from (from its first to its last character). */
  toOriginal(span: Span): Span {
    const start = this.offsets[span.start] ?? 0;
    if (span.end <= span.start) return { start, end: start };
    return { start, end: (this.offsets[span.end - 1] ?? start) + 1 };
  }

  edit(): EditLog {
    return new EditLog(this);
  }
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Edits against one MappedText, collected and then applied at once. A replacement is either as
 * long as what it replaces (character for character: 區 → 区) or shorter (a run collapsed onto its
 * first characters: "   " → " "); each new character keeps the offset of the one it stands for.
 */
export class EditLog {
  private readonly edits: Edit[] = [];

  constructor(private readonly base: MappedText) {}

  delete(start: number, end: number): void {
    this.replace(start, end, '');
  }

  replace(start: number, end: number, replacement: string): void {
    if (start < 0 || end > this.base.text.length || end < start) {
      throw new RangeError(`EditLog.replace: span [${start}, ${end}) is outside the text (length ${this.base.text.length})`);
    }
    if (replacement.length > end - start) {
      throw new RangeError(`EditLog.replace: "${replacement}" is longer than the span [${start}, ${end}) it replaces`);
    }
    if (end > start) this.edits.push({ start, end, replacement });
  }

  apply(): MappedText {
    const { text, offsets } = this.base;
    if (this.edits.length === 0) return this.base;
    const edits = [...this.edits].sort((a, b) => a.start - b.start);
    const pieces: string[] = [];
    // Never longer than the text edited: edits only delete or substitute.
    const mapped = new Int32Array(text.length + 1);
    let length = 0;
    let pos = 0;
    const keep = (from: number, to: number) => {
      pieces.push(text.slice(from, to));
      mapped.set(offsets.subarray(from, to), length);
      length += to - from;
    };
    for (const e of edits) {
      if (e.start < pos) throw new RangeError(`EditLog.apply: edit at [${e.start}, ${e.end}) overlaps the one before`);
      keep(pos, e.start);
      pieces.push(e.replacement);
      mapped.set(offsets.subarray(e.start, e.start + e.replacement.length), length);
      length += e.replacement.length;
      pos = e.end;
    }
    keep(pos, text.length);
    const last = edits[edits.length - 1]!;
    // Text deleted at the very end: the original now ends where that deletion began.
    mapped[length] = last.end === text.length && last.replacement === '' ? offsets[last.start]! : offsets[text.length]!;
    return new MappedText(pieces.join(''), mapped.slice(0, length + 1));
  }
}

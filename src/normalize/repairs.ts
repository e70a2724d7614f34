// What normalization changed, by kind: counts and the first few examples, for the document report.
import type { Repair, RepairKind } from '../types';

const MAX_EXAMPLES = 5;

export class RepairLog {
  private readonly byKind = new Map<RepairKind, Repair>();

  /** `example` may be a function: passes that repair thousands of characters only format the first few. */
  note(kind: RepairKind, example: string | (() => string)): void {
    let repair = this.byKind.get(kind);
    if (!repair) {
      repair = { kind, count: 0, examples: [] };
      this.byKind.set(kind, repair);
    }
    repair.count++;
    if (repair.examples.length >= MAX_EXAMPLES) return;
    const text = typeof example === 'string' ? example : example();
    if (!repair.examples.includes(text)) repair.examples.push(text);
  }

  list(): Repair[] {
    return [...this.byKind.values()];
  }
}

/** A piece of text for an example: quoted, on one line, cut after 40 characters. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

// Report results as a terminal table (CJK width handled by cli-table3), JSON, CSV or Markdown.
// CSV cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading
// apostrophe; Markdown cells escape the characters that would change the table.
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import { printable } from '../printable';
import type { Cell, ReportResult } from './run';

export const FORMATS = ['table', 'json', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** A cell as one line of text: lists joined with "; ", maps as JSON. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (Array.isArray(cell)) return cell.map(cellText).filter((s) => s !== '').join('; ');
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

/** =SUM(A1) → '=SUM(A1): stored as text by Excel and LibreOffice, shown as written. */
export function csvSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function markdownEscape(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\`*_{}\[\]()<>#+!|~])/g, '\\$1');
}

export function formatReport(result: ReportResult, format: Format, options: { maxWidth?: number } = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c, row[i] ?? null]))), null, 2);
    case 'csv':
      return stringify([result.columns, ...result.rows.map((row) => row.map((c) => csvSafe(cellText(c))))]);
    case 'markdown': {
      const head = `| ${result.columns.map(markdownEscape).join(' | ')} |`;
      const rule = `|${result.columns.map(() => '---').join('|')}|`;
      const body = result.rows.map((row) => `| ${row.map((c) => markdownEscape(cellText(c))).join(' | ')} |`);
      return [head, rule, ...body].join('\n');
    }
    case 'table': {
      const max = options.maxWidth ?? 60;
      const table = new Table({ head: result.columns, style: { head: [], border: [] }, wordWrap: true, wrapOnWordBoundary: false, colWidths: result.columns.map(() => null) });
      // A terminal shows cells raw: control and bidi characters from the graph are escaped.
      for (const row of result.rows) table.push(row.map((c) => clip(printable(cellText(c)), max)));
      return `${result.name}: ${result.rows.length} row(s)\n${table.toString()}`;
    }
  }
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}

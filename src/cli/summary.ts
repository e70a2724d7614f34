// What the build and run commands print: counts per label and type, skipped inputs by reason,
// merges and merge candidates. Plain functions over the build result, so tests can call them.
import Table from 'cli-table3';
import type { BuildResult } from '../pipeline';
import { printable } from '../printable';

export function countsByLabel(result: BuildResult): Map<string, number> {
  const counts = new Map<string, number>();
  result.graph.forEachNode((_, a) => counts.set(a.label, (counts.get(a.label) ?? 0) + 1));
  return counts;
}

export function countsByType(result: BuildResult): Map<string, number> {
  const counts = new Map<string, number>();
  result.graph.forEachEdge((_, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  return counts;
}

export function skippedByReason(result: BuildResult): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of result.skipped) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  return counts;
}

function table(head: string[], rows: Array<Array<string | number>>): string {
  const t = new Table({ head, style: { head: [], border: [] } });
  for (const r of rows) t.push(r.map(String));
  return t.toString();
}

export function formatBuildSummary(result: BuildResult): string {
  const lines: string[] = [];
  const docs = result.reports.length;
  const repaired = result.reports.filter((r) => r.repairs.length > 0).length;
  const damaged = result.reports.reduce((n, r) => n + r.damaged.length, 0);
  lines.push(`${docs} article(s) read, ${repaired} repaired, ${damaged} damaged span(s) set aside, ${result.skipped.length} input(s) skipped, ${result.duplicates.length} duplicate(s).`);
  const skipped = skippedByReason(result);
  if (skipped.size > 0) lines.push('Skipped by reason: ' + [...skipped].map(([code, n]) => `${code} ${n}`).join(', '));
  lines.push(table(['label', 'nodes'], [...countsByLabel(result)].sort()));
  lines.push(table(['relationship', 'count'], [...countsByType(result)].sort()));
  lines.push(`${result.resolved.merges.length} merge(s) made by rules, ${result.resolved.candidates.length} merge candidate(s) left for review.`);
  // Names are extracted text: a newline or a right-to-left override in one must not show raw.
  for (const c of result.resolved.candidates.slice(0, 10)) lines.push(`  candidate: ${printable(c.a)} ~ ${printable(c.b)} (${printable(c.reason)})`);
  return lines.join('\n');
}

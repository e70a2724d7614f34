// The build summary printed to the terminal: names in merge candidates are extracted text, shown with
// control and bidi characters escaped so they can't fake a line or reverse one.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { formatBuildSummary } from '../../src/cli/summary';
import type { BuildResult } from '../../src/pipeline';

function resultWithCandidate(a: string, b: string): BuildResult {
  return {
    graph: new Graph(),
    resolved: { merges: [], candidates: [{ a, b, reason: 'same name' }] },
    reports: [],
    skipped: [],
    duplicates: [],
  } as unknown as BuildResult;
}

describe('formatBuildSummary', () => {
  it.each([
    ['Company:恒达\u202E司公', 'Company:恒达', 'Company:恒达\\u202e司公 ~ Company:恒达'],
    ['Official:王明\nwarning: fake', 'Official:王明', 'Official:王明\\nwarning: fake ~ Official:王明'],
  ])('candidate row %#', (a, b, shown) => {
    const summary = formatBuildSummary(resultWithCandidate(a, b));
    expect(summary).toContain(`  candidate: ${shown} (same name)`);
    expect(summary).not.toMatch(/[\u202e]|^warning/m);
  });
});

// A fingerprint of what a build extracts: the SHA-256 of the graph with its nodes and edges sorted,
// so a refactoring can show that the 1,000-article corpus gives the same graph before and after.
// npm run bench:fingerprint -- [paths…] (default: the bench's 1,000-article corpus as files).
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { build } from '../src/pipeline';
import { CORPUS_DIR } from './corpus';

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  const inputs = paths.length ? paths : [path.join(CORPUS_DIR, '1000', 'files')];
  const { graph } = await build(inputs);
  const nodes = graph.mapNodes((id, attrs) => JSON.stringify(sortedKeys({ id, ...attrs }))).sort();
  const edges = graph.mapEdges((_, attrs, source, target) => JSON.stringify(sortedKeys({ source, target, ...attrs }))).sort();
  const hash = createHash('sha256');
  for (const line of [...nodes, ...edges]) hash.update(`${line}\n`);
  console.log(`${hash.digest('hex')}  ${nodes.length} nodes, ${edges.length} edges  ${inputs.join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

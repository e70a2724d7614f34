// Reading a V8 CPU profile (node --cpu-prof): where the time goes, by function (self time) and by
// pipeline stage (time inside normalize, extract and the resolver, callees included).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Share of the profile spent in each stage, callees included. */
  stages: Record<string, number>;
  /** The functions with the most self time: name, file:line, share of the profile. */
  top: Array<{ name: string; where: string; share: number }>;
}

/** Stage name → the function whose subtree is that stage. */
const STAGE_ROOTS: Record<string, { name: string; file: string }> = {
  normalize: { name: 'normalize', file: 'src/normalize/index.ts' },
  extract: { name: 'extract', file: 'src/extract/index.ts' },
  resolve: { name: 'add', file: 'src/resolve/index.ts' },
  'resolve (result)': { name: 'result', file: 'src/resolve/index.ts' },
  'garbage collection': { name: '(garbage collector)', file: '' },
};

function where(node: ProfileNode, root: string): string {
  const url = node.callFrame.url.replace(/^file:\/\//, '');
  const file = url.startsWith(root) ? path.relative(root, url) : url.replace(/^.*node_modules\//, 'node_modules/');
  return file ? `${file}:${node.callFrame.lineNumber + 1}` : '(native)';
}

export async function summarizeProfile(file: string, projectRoot: string, topCount = 15): Promise<ProfileSummary> {
  const profile = JSON.parse(await fs.readFile(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMicros = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + dt);
    total += dt;
  });
  const bySelf = new Map<string, { name: string; where: string; micros: number }>();
  const stageMicros: Record<string, number> = Object.fromEntries(Object.keys(STAGE_ROOTS).map((s) => [s, 0]));
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)' || name === '(root)') continue;
    const key = `${name} ${where(node, projectRoot)}`;
    const entry = bySelf.get(key) ?? { name, where: where(node, projectRoot), micros: 0 };
    entry.micros += micros;
    bySelf.set(key, entry);
    // The innermost stage on the stack gets the sample (normalize inside a resolve would count once).
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const stage = Object.entries(STAGE_ROOTS).find(([, r]) => r.name === frame.functionName && frame.url.endsWith(r.file));
      if (stage) {
        stageMicros[stage[0]]! += micros;
        break;
      }
    }
  }
  const top = [...bySelf.values()].sort((a, b) => b.micros - a.micros).slice(0, topCount);
  return {
    file,
    totalMs: total / 1000,
    stages: Object.fromEntries(Object.entries(stageMicros).map(([s, m]) => [s, m / total])),
    top: top.map((t) => ({ name: t.name, where: t.where, share: t.micros / total })),
  };
}

// `npm start` end to end on the seeds, wall time: cold (no server running, empty store: the run
// starts one) and warm (the server it started is running). The server is the bench's own, on free
// ports with a data folder of its own (GOVGRAPH_NEO4J_DIR), stopped and removed after; the exports go
// to a temporary folder, not out/.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, stopLocalServer } from '../src/neo4j/local-server';

export interface EndToEndResult {
  command: string;
  coldSeconds: number;
  warmSeconds: number[];
  warmMedianSeconds: number;
}

const PROJECT_ROOT = path.join(__dirname, '..');

function timedRun(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('npm', args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve(seconds);
      else reject(new Error(`npm ${args.join(' ')} exited with code ${code}:\n${output.split('\n').slice(-15).join('\n')}`));
    });
  });
}

export async function measureEndToEnd(warmRuns: number): Promise<EndToEndResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-bench-e2e-neo4j-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-bench-e2e-out-'));
  // NEO4J_URI and NEO4J_PASSWORD set but empty: the local server, without auth, whatever .env says.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GOVGRAPH_NEO4J_DIR: dataDir,
    GOVGRAPH_BOLT_PORT: String(await freePort()),
    GOVGRAPH_HTTP_PORT: String(await freePort()),
    NEO4J_URI: '',
    NEO4J_PASSWORD: '',
    NEO4J_DATABASE: '',
  };
  const args = ['start', '--silent', '--', '--out', outDir];
  try {
    const coldSeconds = await timedRun(args, env);
    const warmSeconds: number[] = [];
    for (let i = 0; i < warmRuns; i++) warmSeconds.push(await timedRun(args, env));
    const sorted = [...warmSeconds].sort((a, b) => a - b);
    return { command: `npm ${args.join(' ')}`.replace(outDir, '<tmp>'), coldSeconds, warmSeconds, warmMedianSeconds: sorted[sorted.length >> 1]! };
  } finally {
    await stopLocalServer(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

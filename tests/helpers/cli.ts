// Runs the govgraph CLI as a user does, in a child process, and returns its exit code and output.
import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `govgraph <args>` with the given environment added (NEO4J_* unset unless given). */
export function govgraph(args: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<CliRun> {
  return runScript(path.join(ROOT, 'src', 'cli', 'main.ts'), args, env, cwd);
}

/** `npm run neo4j:<command>` (tools/neo4j/ctl.ts), the same way. */
export function neo4jCtl(command: 'start' | 'stop' | 'status', env: Record<string, string> = {}, cwd = ROOT): Promise<CliRun> {
  return runScript(path.join(ROOT, 'tools', 'neo4j', 'ctl.ts'), [command], env, cwd);
}

function runScript(script: string, args: string[], env: Record<string, string>, cwd: string): Promise<CliRun> {
  const base = { ...process.env };
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete base[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', script, ...args], {
      cwd,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

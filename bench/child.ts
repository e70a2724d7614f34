// Running one measurement in a fresh Node process (TypeScript through ts-node, transpile only): its
// memory is its own, and it reports progress and its result over the IPC channel.
import { fork } from 'node:child_process';
import * as path from 'node:path';

export type ChildMessage<R> = { type: 'progress'; done: number } | { type: 'result'; result: R } | { type: 'error'; message: string };

export interface ChildOptions {
  /** Flags for node: --expose-gc, --cpu-prof, --max-old-space-size … */
  nodeFlags?: string[];
  onProgress?: (done: number) => void;
}

/** Runs bench/<script> with `args` and resolves to the result it reports. */
export function runChild<R>(script: string, args: string[], options: ChildOptions = {}): Promise<R> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, script), args, {
      execArgv: [...(options.nodeFlags ?? []), '-r', 'ts-node/register/transpile-only'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let outcome: { result: R } | { error: Error } | undefined;
    let done = 0;
    child.on('message', (message: ChildMessage<R>) => {
      if (message.type === 'progress') options.onProgress?.((done = message.done));
      else if (message.type === 'result') outcome = { result: message.result };
      else outcome = { error: new Error(`${script} failed: ${message.message}`) };
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (outcome && 'result' in outcome) resolve(outcome.result);
      else if (outcome) reject(outcome.error);
      else reject(new Error(`${script} ${args.join(' ')} exited (${signal ?? `code ${code}`}) without a result, after reporting ${done} done`));
    });
  });
}

/** The body of a child script: runs `work` on the script's arguments and reports back to runChild. */
export function childMain<R>(work: (args: string[], progress: (done: number) => void) => Promise<R>): void {
  const send = (message: ChildMessage<R>, then?: () => void) => {
    if (process.send) process.send(message, undefined, {}, () => then?.());
    else {
      console.log(JSON.stringify(message));
      then?.();
    }
  };
  const end = () => process.disconnect?.();
  work(process.argv.slice(2), (done) => send({ type: 'progress', done }))
    .then((result) => send({ type: 'result', result }, end))
    .catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }, end));
}

// Progress of long runs: a bar with rate and ETA on a terminal; elsewhere (CI, logs, pipes) a plain
// line now and then, and nothing at all for a run that ends before the first one is due.
import { createReadStream } from 'node:fs';
import cliProgress from 'cli-progress';
import { formatOf } from '../ingest/formats';
import { expandInputs } from '../ingest/walk';

export interface Progress {
  /** The number of items expected, once known (ETA and percentage need it). */
  setTotal(total: number): void;
  increment(by?: number): void;
  update(done: number): void;
  /** Ends the bar (or prints the last line, if lines were printed). */
  stop(): void;
}

export interface ProgressOptions {
  /** What is being done: 'build', 'corpus 10000'. */
  label: string;
  /** What is counted: 'articles'. */
  unit: string;
  total?: number;
  stream?: NodeJS.WriteStream;
  /** Seconds between lines when not on a terminal. */
  lineEverySeconds?: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function formatRate(perSecond: number): string {
  return perSecond >= 100 ? Math.round(perSecond).toLocaleString('en-US') : perSecond.toFixed(1);
}

/** A terminal gets the bar; CI (the CI variable) and anything that is not a terminal get lines. */
export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const onTerminal = stream.isTTY === true && !process.env.CI;
  return onTerminal ? new TerminalProgress(options, stream) : new LineProgress(options, stream);
}

class TerminalProgress implements Progress {
  private readonly bar: cliProgress.SingleBar;
  private readonly started = Date.now();
  private done = 0;

  constructor(private readonly options: ProgressOptions, stream: NodeJS.WriteStream) {
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${options.label} [{bar}] {percentage}% | {value}/{total} ${options.unit} | {rate}/s | ETA {eta_formatted}`,
        clearOnComplete: true,
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
        barsize: 30,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(options.total ?? 0, 0, { rate: '0' });
  }

  setTotal(total: number): void {
    this.bar.setTotal(total);
  }

  increment(by = 1): void {
    this.update(this.done + by);
  }

  update(done: number): void {
    this.done = done;
    const seconds = (Date.now() - this.started) / 1000;
    this.bar.update(done, { rate: formatRate(seconds > 0 ? done / seconds : 0) });
  }

  stop(): void {
    this.bar.stop();
  }
}

class LineProgress implements Progress {
  private readonly started = Date.now();
  private readonly everyMs: number;
  private nextLineAt: number;
  private printed = false;
  private done = 0;
  private total: number | undefined;

  constructor(private readonly options: ProgressOptions, private readonly stream: NodeJS.WriteStream) {
    this.everyMs = (options.lineEverySeconds ?? 10) * 1000;
    this.nextLineAt = this.started + this.everyMs;
    this.total = options.total;
  }

  setTotal(total: number): void {
    this.total = total;
  }

  increment(by = 1): void {
    this.update(this.done + by);
  }

  update(done: number): void {
    this.done = done;
    const now = Date.now();
    if (now < this.nextLineAt) return;
    this.nextLineAt = now + this.everyMs;
    this.print(now);
  }

  stop(): void {
    if (this.printed) this.print(Date.now());
  }

  private print(now: number): void {
    this.printed = true;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const count = this.done.toLocaleString('en-US');
    const parts = [`${this.options.label}: ${count}${this.total ? `/${this.total.toLocaleString('en-US')}` : ''} ${this.options.unit}`];
    if (this.total) parts.push(`${Math.floor((100 * this.done) / this.total)}%`);
    parts.push(`${formatRate(rate)}/s`);
    if (this.total && this.done < this.total && rate > 0) parts.push(`ETA ${formatDuration((this.total - this.done) / rate)}`);
    else parts.push(`${formatDuration(seconds)} elapsed`);
    this.stream.write(parts.join(', ') + '\n');
  }
}

/**
 * How many articles `paths` hold, for the progress total: a file is one, a JSON Lines file one per
 * line that is not blank (read at disk speed without parsing), as the build counts them.
 */
export async function countArticles(paths: string[]): Promise<number> {
  let count = 0;
  for await (const entry of expandInputs(paths)) {
    if (entry.kind !== 'file') continue;
    if (formatOf(entry.path) !== 'jsonl') {
      count++;
      continue;
    }
    let lineHasText = false;
    try {
      for await (const chunk of createReadStream(entry.path)) {
        const bytes = chunk as Buffer;
        for (let at = 0; at < bytes.length; at++) {
          const byte = bytes[at]!;
          if (byte === 10) {
            if (lineHasText) count++;
            lineHasText = false;
          } else if (byte !== 32 && byte !== 9 && byte !== 13) lineHasText = true;
        }
      }
    } catch {
      continue; // the build reports the unreadable file
    }
    if (lineHasText) count++;
  }
  return count;
}

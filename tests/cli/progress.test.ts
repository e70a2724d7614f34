// The progress line counts articles — files, JSON Lines records, repeated texts, skipped articles —
// the same way for its total and its count, so it never reads "40/39 articles, 102%".
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithProgress } from '../../src/cli/commands/build';
import { seedFile } from '../helpers/seeds';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-progress-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A stream that is no terminal and keeps what is written to it. */
function captured(): { stream: NodeJS.WriteStream; lines: () => string[] } {
  let text = '';
  const stream = { isTTY: false, write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WriteStream;
  return { stream, lines: () => text.split('\n').filter(Boolean) };
}

const RECORDS = ['{"title":"一","text":"历城区委书记王明出席会议。"}', '', '{"title": broken', '   ', '{"title":"三","text":"长清区区长李华表示。"}'];

// Each batch: files (name → content) and the articles it holds.
const BATCHES: Array<[string, Record<string, string | Buffer>, number]> = [
  ['JSON Lines with blank lines and a broken record', { 'a.txt': fs.readFileSync(seedFile('004')), 'records.jsonl': RECORDS.join('\n') + '\n' }, 4],
  ['a broken manifest and sidecar beside the articles', { 'a.txt': fs.readFileSync(seedFile('004')), 'a.txt.meta.json': '{', 'manifest.json': '[', 'r.jsonl': RECORDS[0]! }, 2],
  ['a repeated text and an empty file', { 'a.txt': fs.readFileSync(seedFile('004')), 'b.txt': fs.readFileSync(seedFile('004')), 'c.txt': '' }, 3],
];

describe('the progress line', () => {
  it.each(BATCHES)('%s: never past its total, and ends at it', async (name, files, articles) => {
    const dir = path.join(root, name.replace(/\W+/g, '-'));
    fs.mkdirSync(dir);
    for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
    const { stream, lines } = captured();
    await buildWithProgress([dir], { jobs: 1, maxBytes: 1 << 20, progress: { stream, lineEverySeconds: 0 } });
    const counts = lines().map((line) => /: (\d+)\/(\d+) articles, (\d+)%/.exec(line)).filter((m) => m !== null);
    expect(counts.length).toBeGreaterThan(0);
    for (const [line, done, total, percent] of counts) {
      expect(Number(total), line).toBe(articles);
      expect(Number(done), line).toBeLessThanOrEqual(articles);
      expect(Number(percent), line).toBeLessThanOrEqual(100);
    }
    expect(counts.at(-1)![1]).toBe(String(articles));
  });
});

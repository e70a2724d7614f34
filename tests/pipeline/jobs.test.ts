// build() with worker threads (jobs > 1) must give exactly what it gives on the main thread: the same
// graph, reports in the same order, the same skipped inputs and duplicates.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline';
import { buildSeeds, SEEDS_DIR, seedFiles } from '../helpers/seeds';

describe('build with jobs', () => {
  let serial: BuildResult;
  let parallel: BuildResult;

  beforeAll(async () => {
    serial = await buildSeeds();
    parallel = await build([SEEDS_DIR], { jobs: 2 });
  });

  it('builds the same graph with 2 workers as with none', () => {
    expect(parallel.graph.export()).toEqual(serial.graph.export());
  });

  it('reports the documents in input order', () => {
    expect(parallel.reports.map((r) => r.path)).toEqual(serial.reports.map((r) => r.path));
    expect(parallel.reports).toEqual(serial.reports);
  });

  it('calls onDocument in input order', async () => {
    const seen: string[] = [];
    await build([SEEDS_DIR], { jobs: 3, onDocument: (report) => seen.push(report.path) });
    expect(seen).toEqual(serial.reports.map((r) => r.path));
  });

  it('refuses a number of jobs that is not a whole number of at least 1', async () => {
    await expect(build([SEEDS_DIR], { jobs: 0 })).rejects.toMatchObject({ name: 'UsageError', code: 'E_USAGE' });
    await expect(build([SEEDS_DIR], { jobs: 1.5 })).rejects.toMatchObject({ name: 'UsageError', code: 'E_USAGE' });
  });
});

describe('build with jobs over skipped and repeated inputs', () => {
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govgraph-jobs-'));
    const [first, second] = seedFiles();
    fs.copyFileSync(first!, path.join(dir, 'a.txt'));
    fs.copyFileSync(first!, path.join(dir, 'b-same-as-a.txt'));
    fs.writeFileSync(path.join(dir, 'c-empty.txt'), '');
    fs.copyFileSync(second!, path.join(dir, 'd.txt'));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('skips and deduplicates as the main thread does', async () => {
    const one = await build([dir]);
    const two = await build([dir], { jobs: 2 });
    expect(two.graph.export()).toEqual(one.graph.export());
    expect(two.reports).toEqual(one.reports);
    expect(two.duplicates).toEqual(one.duplicates);
    expect(two.skipped.map((e) => [e.code, e.file])).toEqual(one.skipped.map((e) => [e.code, e.file]));
    expect(two.duplicates).toHaveLength(1);
    expect(two.skipped).toHaveLength(1);
  });
});

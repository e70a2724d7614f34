// npm run bench: makes the corpus, then measures each part in a process of its own and prints the
// figures as Markdown tables, also written to bench/corpus/results/. `npm run bench -- --help` for flags.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { formatDuration, startProgress } from '../src/cli/progress';
import { neo4jVersion } from '../src/neo4j/local-server';
import { runChild } from './child';
import { CORPUS_DIR, corpusPaths, DEFAULT_SEED, ensureCorpus, type CorpusInfo } from './corpus';
import { measureEndToEnd, type EndToEndResult } from './e2e';
import type { Neo4jResult } from './neo4j-load';
import { summarizeProfile, type ProfileSummary } from './profile';
import type { ScaleMode, ScaleResult } from './scale';
import type { ThroughputResult } from './throughput';
import { ensureLongInput, type LongResult, type LongShape } from './long';

const PARTS = ['throughput', 'scaling', 'jobs', 'neo4j', 'e2e', 'profile', 'long'] as const;
type Part = (typeof PARTS)[number];

interface Plan {
  parts: Part[];
  /** --parts corpus: make the corpora of --sizes and stop. */
  corpusOnly: boolean;
  /** Corpus sizes for scaling. */
  sizes: number[];
  modes: ScaleMode[];
  jobs: number[];
  jobsSize: number;
  neo4jSize: number;
  batchSizes: number[];
  throughputArticles: number;
  runs: number;
  profileArticles: number;
  profileRuns: number;
  warmRuns: number;
  /** One long file: lines of a clause each, and articles as written to this many bytes. */
  longLines: number[];
  longBytes: number[];
  /** --max-old-space-size for the scaling children; 0: Node's default. */
  heapMb: number;
  seed: string;
  force: boolean;
}

const FULL: Omit<Plan, 'parts' | 'corpusOnly' | 'seed' | 'force'> = {
  sizes: [1000, 10_000, 100_000],
  modes: ['extract', 'build'],
  jobs: [1, 2, 3],
  jobsSize: 10_000,
  neo4jSize: 10_000,
  batchSizes: [200, 1000, 5000],
  throughputArticles: 1000,
  runs: 5,
  profileArticles: 1000,
  profileRuns: 3,
  warmRuns: 3,
  longLines: [25_000, 50_000, 100_000, 200_000],
  longBytes: [4_000_000, 8_000_000, 15_000_000],
  heapMb: 0,
};

// About two minutes on the project's 2-core machine.
const QUICK: typeof FULL = {
  ...FULL,
  sizes: [1000],
  jobs: [1, 2],
  jobsSize: 1000,
  neo4jSize: 1000,
  batchSizes: [1000, 5000],
  throughputArticles: 200,
  runs: 3,
  profileArticles: 200,
  profileRuns: 2,
  warmRuns: 1,
  longLines: [25_000, 50_000],
  longBytes: [2_000_000, 4_000_000],
};

const HELP = `npm run bench -- [flags]

  --quick                  small sizes and few runs (about 2 minutes)
  --parts a,b              ${PARTS.join(',')} (default: all); corpus alone: --parts corpus
  --sizes 1k,10k,100k      corpus sizes for scaling
  --modes extract,build    scaling modes: streamed extraction only, and the whole build()
  --jobs 1,2,3             worker threads compared by the jobs part
  --jobs-size 10k          corpus for the jobs part
  --neo4j-size 10k         corpus whose graph the neo4j part loads
  --batch-sizes 200,1000,5000
  --articles 1000          articles for throughput (and profile)
  --runs 5                 measured runs for throughput (after one warm-up run)
  --long-lines 25k,50k     the long part: one file of this many lines, a clause a line
  --long-bytes 4m,8m       …and one article of this many bytes (the articles run together)
  --heap-mb N              --max-old-space-size for the scaling children (a 100k build needs more than Node's default)
  --seed S                 corpus seed (default ${DEFAULT_SEED})
  --force                  remake the corpus even if one is on disk`;

function count(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a count: ${text}`);
  return Math.round(Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]!) ? 1000 : 1_000_000));
}

const list = <T>(text: string | undefined, parse: (s: string) => T): T[] | undefined => text?.split(',').filter(Boolean).map(parse);

function planFrom(argv: string[]): Plan | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean' },
      quick: { type: 'boolean' },
      parts: { type: 'string' },
      sizes: { type: 'string' },
      modes: { type: 'string' },
      jobs: { type: 'string' },
      'jobs-size': { type: 'string' },
      'neo4j-size': { type: 'string' },
      'batch-sizes': { type: 'string' },
      articles: { type: 'string' },
      runs: { type: 'string' },
      'heap-mb': { type: 'string' },
      'long-lines': { type: 'string' },
      'long-bytes': { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  if (values.help) return undefined;
  const base = values.quick ? QUICK : FULL;
  const requested = list(values.parts, (p) => p) ?? [...PARTS];
  const parts = requested.filter((p) => p !== 'corpus');
  for (const part of parts) if (!PARTS.includes(part as Part)) throw new Error(`unknown part "${part}"; parts: ${PARTS.join(', ')}, corpus`);
  const modes = list(values.modes, (m) => m as ScaleMode) ?? base.modes;
  for (const mode of modes) if (mode !== 'extract' && mode !== 'build') throw new Error(`unknown mode "${mode}"; modes: extract, build`);
  const articles = values.articles ? count(values.articles) : undefined;
  return {
    ...base,
    corpusOnly: parts.length === 0,
    parts: parts as Part[],
    sizes: list(values.sizes, count) ?? base.sizes,
    modes,
    jobs: list(values.jobs, Number) ?? base.jobs,
    jobsSize: values['jobs-size'] ? count(values['jobs-size']) : base.jobsSize,
    neo4jSize: values['neo4j-size'] ? count(values['neo4j-size']) : base.neo4jSize,
    batchSizes: list(values['batch-sizes'], count) ?? base.batchSizes,
    throughputArticles: articles ?? base.throughputArticles,
    profileArticles: articles ?? base.profileArticles,
    runs: values.runs ? Number(values.runs) : base.runs,
    heapMb: values['heap-mb'] ? Number(values['heap-mb']) : base.heapMb,
    longLines: list(values['long-lines'], count) ?? base.longLines,
    longBytes: list(values['long-bytes'], count) ?? base.longBytes,
    seed: values.seed ?? DEFAULT_SEED,
    force: values.force ?? false,
  };
}

// ---- formatting ------------------------------------------------------------------------------------

const MiB = 1024 * 1024;
const fixed = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));
const int = (n: number | undefined) => (n === undefined ? '' : Math.round(n).toLocaleString('en-US'));
const mib = (bytes: number | undefined) => (bytes === undefined ? '' : Math.round(bytes / MiB).toLocaleString('en-US'));

function table(head: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function load(): string {
  return os.loadavg().map((l) => l.toFixed(2)).join(' ');
}

function machine(): string {
  const cpus = os.cpus();
  const javaVersion = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const java = javaVersion.error ? 'java not found' : (javaVersion.stderr || javaVersion.stdout).split('\n')[0]!.trim();
  return [
    `- CPU: ${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    `- memory: ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${os.type()} ${os.release()}`,
    `- Neo4j ${neo4jVersion()} (local launcher), ${java}`,
    `- load average at start (1, 5, 15 min): ${load()}`,
  ].join('\n');
}

// ---- parts -----------------------------------------------------------------------------------------

interface Section {
  part: string;
  seconds: number;
  loadBefore: string;
  loadAfter: string;
  markdown: string;
  data: unknown;
}

function childFlags(plan: Plan): string[] {
  return ['--expose-gc', ...(plan.heapMb > 0 ? [`--max-old-space-size=${plan.heapMb}`] : [])];
}

async function withProgress<R>(label: string, unit: string, total: number, run: (progress: (done: number) => void) => Promise<R>): Promise<R> {
  const progress = startProgress({ label, unit, total });
  try {
    return await run((done) => progress.update(done));
  } finally {
    progress.stop();
  }
}

async function throughputPart(plan: Plan, corpus: CorpusInfo): Promise<Omit<Section, 'part' | 'seconds' | 'loadBefore' | 'loadAfter'>> {
  const result = await withProgress('throughput', 'runs', plan.runs, (onProgress) =>
    runChild<ThroughputResult>('throughput.ts', ['measure', corpus.jsonl, String(plan.throughputArticles), String(plan.runs)], { onProgress }),
  );
  const row = (name: string, r: ThroughputResult['ours']) => [name, fixed(r.medianSeconds, 2), fixed(r.mbPerSecond, 2), int(r.articlesPerSecond), r.runs.map((s) => s.toFixed(2)).join(' ')];
  const total = result.stages.normalize + result.stages.extract + result.stages.resolve;
  const share = (s: number) => `${fixed(s, 2)} s (${Math.round((100 * s) / total)}%)`;
  const markdown = [
    `${result.articles} articles, ${fixed(result.textBytes / 1e6, 1)} MB of text (UTF-8), one thread, median of ${plan.runs} runs after a warm-up run:`,
    '',
    table(['', 'median s', 'MB/s', 'articles/s', 'runs (s)'], [
      row('govgraph normalize + extract + resolve', result.ours),
      row('@node-rs/jieba tag(text)', result.jiebaTag),
      row('@node-rs/jieba tag(text, hmm=true)', result.jiebaTagHmm),
    ]),
    '',
    `**Ratio govgraph / jieba tag: ${fixed(result.ratio, 2)}×** (target ≥ 10×).`,
    `Our time by stage (median run): normalize ${share(result.stages.normalize)}, extract ${share(result.stages.extract)}, resolve ${share(result.stages.resolve)}.`,
  ].join('\n');
  return { markdown, data: result };
}

async function scalingPart(plan: Plan): Promise<Omit<Section, 'part' | 'seconds' | 'loadBefore' | 'loadAfter'>> {
  const results: ScaleResult[] = [];
  const failures: string[] = [];
  for (const mode of plan.modes) {
    for (const size of plan.sizes) {
      const input = corpusPaths(size).jsonl;
      try {
        results.push(await withProgress(`scaling ${mode} ${size}`, 'articles', size, (onProgress) =>
          runChild<ScaleResult>('scale.ts', [mode, input, '1'], { nodeFlags: childFlags(plan), onProgress }),
        ));
      } catch (err) {
        failures.push(`- ${mode} at ${size}: ${(err as Error).message.split('\n')[0]}`);
      }
    }
  }
  const first = new Map<ScaleMode, ScaleResult>();
  for (const r of results) if (!first.has(r.mode)) first.set(r.mode, r);
  const rows = results.map((r) => {
    const base = first.get(r.mode)!;
    const rate = r.articles / r.seconds;
    return [
      r.mode,
      int(r.articles),
      fixed(r.seconds, 1),
      int(rate),
      fixed(r.textBytes / 1e6 / r.seconds, 2),
      fixed(rate / (base.articles / base.seconds), 2),
      mib(r.peakRssBytes),
      mib(r.peakHeapBytes),
      mib(r.retainedHeapBytes),
      r.mode === 'build' ? fixed(r.retainedHeapBytes / r.articles / 1024, 1) : '',
      int(r.entities),
      int(r.facts),
      int(r.evidence),
      int(r.candidates),
    ];
  });
  const markdown = [
    `One child process per run (\`node --expose-gc${plan.heapMb ? ` --max-old-space-size=${plan.heapMb}` : ''}\`), input: the corpus as JSON Lines, streamed.`,
    '`extract`: ingest → normalize → extract, nothing kept. `build`: `build()` — ingest, normalize, extract, resolve, graph.',
    '',
    table(
      ['mode', 'articles', 's', 'articles/s', 'MB/s', 'rate vs smallest', 'peak RSS MiB', 'peak heap MiB', 'retained heap MiB', 'retained KiB/article', 'entities', 'facts', 'evidence', 'merge candidates'],
      rows,
    ),
    ...(failures.length > 0 ? ['', 'Did not finish:', ...failures] : []),
  ].join('\n');
  return { markdown, data: { results, failures } };
}

async function jobsPart(plan: Plan): Promise<Omit<Section, 'part' | 'seconds' | 'loadBefore' | 'loadAfter'>> {
  const input = corpusPaths(plan.jobsSize).jsonl;
  const results: ScaleResult[] = [];
  for (const jobs of plan.jobs) {
    results.push(await withProgress(`build --jobs ${jobs}`, 'articles', plan.jobsSize, (onProgress) =>
      runChild<ScaleResult>('scale.ts', ['build', input, String(jobs)], { nodeFlags: childFlags(plan), onProgress }),
    ));
  }
  const serial = results.find((r) => r.jobs === 1) ?? results[0]!;
  const same = results.every((r) => r.entities === serial.entities && r.facts === serial.facts && r.evidence === serial.evidence);
  const markdown = [
    `\`build()\` of the ${plan.jobsSize.toLocaleString('en-US')}-article corpus with \`jobs\` worker threads for normalize + extract (resolve stays on the main thread), ${os.cpus().length} cores:`,
    '',
    table(['jobs', 's', 'articles/s', 'speed-up', 'peak RSS MiB'], results.map((r) => [r.jobs, fixed(r.seconds, 1), int(r.articles / r.seconds), fixed(serial.seconds / r.seconds, 2), mib(r.peakRssBytes)])),
    '',
    same ? 'Every run resolved the same entities, facts and evidence.' : '**The runs resolved different graphs** (see the JSON).',
  ].join('\n');
  return { markdown, data: results };
}

async function neo4jPart(plan: Plan): Promise<Omit<Section, 'part' | 'seconds' | 'loadBefore' | 'loadAfter'>> {
  const input = corpusPaths(plan.neo4jSize).jsonl;
  const result = await withProgress(`neo4j (building the ${plan.neo4jSize} graph)`, 'articles', plan.neo4jSize, (onProgress) =>
    runChild<Neo4jResult>('neo4j-load.ts', [input, plan.batchSizes.join(',')], { onProgress }),
  );
  const markdown = [
    `The graph of the ${result.articles.toLocaleString('en-US')}-article corpus (built in ${fixed(result.buildSeconds, 1)} s), ${fixed(result.relationshipPayloadBytes / 1e6, 1)} MB of relationship rows as JSON, into a local Neo4j started for the bench in ${fixed(result.serverStartSeconds, 1)} s:`,
    '',
    table(
      ['load', 'batch size', 'nodes', 'relationships', 'nodes s', 'relationships s', 'relationships/s', 'total s', 'stored nodes / relationships'],
      result.runs.map((r) => [
        r.kind === 'first' ? 'first (cold server)' : r.kind === 'empty' ? 'into an emptied database' : 're-load of the same graph',
        r.batchSize,
        int(r.nodes),
        int(r.relationships),
        fixed(r.nodeSeconds, 1),
        fixed(r.relationshipSeconds, 1),
        int(r.relationshipsPerSecond),
        fixed(r.totalSeconds, 1),
        `${int(r.stored.nodes)} / ${int(r.stored.relationships)}`,
      ]),
    ),
  ].join('\n');
  return { markdown, data: result };
}

async function e2ePart(plan: Plan): Promise<Omit<Section, 'part' | 'seconds' | 'loadBefore' | 'loadAfter'>> {
  const result: EndToEndResult = await measureEndToEnd(plan.warmRuns);
  const markdown = [
    `\`${result.command}\` with its own Neo4j (GOVGRAPH_NEO4J_DIR in a temporary folder, free ports):`,
    '',
    table(['', 'wall s'], [
      ['cold: no server running, empty store (the run starts the server)', fixed(result.coldSeconds, 1)],
      [`warm: server running (median of ${result.warmSeconds.length}: ${result.warmSeconds.map((s) => s.toFixed(1)).join(', ')})`, fixed(result.warmMedianSeconds, 1)],
    ]),
  ].join('\n');
  return { markdown, data: result };
}

async function profilePart(plan: Plan, corpus: CorpusInfo, resultsDir: string): Promise<Omit<Section, 'part' | 'seconds' | 'loadBefore' | 'loadAfter'>> {
  const profileDir = path.join(resultsDir, 'profiles');
  await fs.mkdir(profileDir, { recursive: true });
  const before = new Set(await fs.readdir(profileDir));
  await withProgress('profile', 'runs', plan.profileRuns, (onProgress) =>
    runChild('throughput.ts', ['profile', corpus.jsonl, String(plan.profileArticles), String(plan.profileRuns)], {
      nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
      onProgress,
    }),
  );
  const file = (await fs.readdir(profileDir)).find((f) => f.endsWith('.cpuprofile') && !before.has(f));
  if (!file) throw new Error(`no .cpuprofile written to ${profileDir}`);
  const summary: ProfileSummary = await summarizeProfile(path.join(profileDir, file), path.join(__dirname, '..'));
  const markdown = [
    `\`node --cpu-prof\` over ${plan.profileRuns} passes of normalize + extract + resolve on ${plan.profileArticles} articles (profile: \`${path.relative(process.cwd(), summary.file)}\`, open it in Chrome DevTools or speedscope).`,
    '',
    'Share of the profile by stage (callees included): ' +
      Object.entries(summary.stages).map(([s, share]) => `${s} ${Math.round(share * 100)}%`).join(', ') +
      `, the rest (loading modules and dictionaries, reading the articles, the warm-up pass) ${Math.round((1 - Object.values(summary.stages).reduce((a, b) => a + b, 0)) * 100)}%.`,
    '',
    table(['self time', 'function', 'where'], summary.top.map((t) => [`${fixed(t.share * 100, 1)}%`, `\`${t.name}\``, t.where])),
  ].join('\n');
  return { markdown, data: summary };
}

async function longPart(plan: Plan): Promise<Omit<Section, 'part' | 'seconds' | 'loadBefore' | 'loadAfter'>> {
  const inputs: Array<[LongShape, number]> = [...plan.longLines.map((n): [LongShape, number] => ['lines', n]), ...plan.longBytes.map((n): [LongShape, number] => ['article', n])];
  const results: LongResult[] = [];
  for (const [shape, size] of inputs) {
    const file = await ensureLongInput(shape, size, plan.seed);
    results.push(await withProgress(`long ${shape} ${size}`, 'files', 1, () => runChild<LongResult>('long.ts', [file, shape, String(size)], { nodeFlags: childFlags(plan) })));
  }
  // Linear: the extraction time per MB stays the same as the input grows.
  const first = new Map<LongShape, LongResult>();
  for (const r of results) if (!first.has(r.shape)) first.set(r.shape, r);
  const perMb = (r: LongResult) => r.extractSeconds / (r.textBytes / 1e6);
  const markdown = [
    'One file, one document, in a child process: `lines`, the corpus split after every clause (a badly split export), N lines; `article`, the corpus as written run together to N bytes.',
    '',
    table(
      ['shape', 'size', 'MB of text', 'normalize s', 'extract s', 'extract s/MB', 's/MB vs smallest', 'mentions', 'relations'],
      results.map((r) => [
        r.shape,
        r.shape === 'lines' ? `${int(r.size)} lines` : `${fixed(r.size / 1e6, 0)} MB`,
        fixed(r.textBytes / 1e6, 1),
        fixed(r.normalizeSeconds, 1),
        fixed(r.extractSeconds, 1),
        fixed(perMb(r), 2),
        fixed(perMb(r) / perMb(first.get(r.shape)!), 2),
        int(r.mentions),
        int(r.relations),
      ]),
    ),
  ].join('\n');
  return { markdown, data: results };
}

// ---- main ------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const plan = planFrom(process.argv.slice(2));
  if (!plan) {
    console.log(HELP);
    return;
  }
  const started = Date.now();
  const machineAtStart = machine();
  const resultsDir = path.join(CORPUS_DIR, 'results');
  await fs.mkdir(resultsDir, { recursive: true });
  const needed = new Set<number>([1000]);
  if (plan.corpusOnly || plan.parts.includes('scaling')) for (const size of plan.sizes) needed.add(size);
  if (plan.parts.includes('jobs')) needed.add(plan.jobsSize);
  if (plan.parts.includes('neo4j')) needed.add(plan.neo4jSize);
  const corpora = new Map<number, CorpusInfo>();
  for (const size of [...needed].sort((a, b) => a - b)) {
    const progress = startProgress({ label: `corpus ${size}`, unit: 'articles', total: size });
    try {
      corpora.set(size, await ensureCorpus(size, { seed: plan.seed, force: plan.force, onArticle: (done) => progress.update(done) }));
    } finally {
      progress.stop();
    }
  }
  if (plan.corpusOnly) {
    for (const c of corpora.values()) console.log(`${c.articles} articles: ${path.relative(process.cwd(), c.files)}/ and ${path.relative(process.cwd(), c.jsonl)} (${fixed(c.textBytes / 1e6, 0)} MB of text)`);
    return;
  }
  const small = corpora.get(1000)!;
  const sections: Section[] = [];
  for (const part of PARTS) {
    if (!plan.parts.includes(part)) continue;
    const loadBefore = load();
    const partStarted = Date.now();
    const run = {
      throughput: () => throughputPart(plan, small),
      scaling: () => scalingPart(plan),
      jobs: () => jobsPart(plan),
      neo4j: () => neo4jPart(plan),
      e2e: () => e2ePart(plan),
      profile: () => profilePart(plan, small, resultsDir),
      long: () => longPart(plan),
    }[part];
    // A part that fails is reported in its section; the parts before and after it still count.
    const section = await run().catch((err: unknown) => {
      const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
      console.error(`bench: ${part} failed: ${message}`);
      return { markdown: `**Did not finish:** ${message}`, data: { error: message } };
    });
    sections.push({ part, seconds: (Date.now() - partStarted) / 1000, loadBefore, loadAfter: load(), ...section });
    console.error(`bench: ${part} done in ${formatDuration((Date.now() - partStarted) / 1000)}`);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const markdown = [
    `# govgraph bench, ${new Date().toISOString()}`,
    '',
    machineAtStart,
    `- corpus: seed "${plan.seed}", ${[...corpora.values()].map((c) => `${c.articles.toLocaleString('en-US')} articles (${fixed(c.textBytes / 1e6, 0)} MB of text)`).join(', ')}`,
    `- command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\`, ${formatDuration((Date.now() - started) / 1000)} in all`,
    ...sections.flatMap((s) => ['', `## ${s.part}`, '', s.markdown, '', `_${formatDuration(s.seconds)}; load average before ${s.loadBefore}, after ${s.loadAfter}._`]),
  ].join('\n');
  await fs.writeFile(path.join(resultsDir, `${stamp}.md`), markdown + '\n');
  await fs.writeFile(path.join(resultsDir, `${stamp}.json`), JSON.stringify({ plan, corpora: [...corpora.values()], sections }, null, 2) + '\n');
  console.log(markdown);
  console.error(`bench: written to ${path.relative(process.cwd(), path.join(resultsDir, stamp))}.md and .json`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

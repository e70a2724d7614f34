// One error path for every command, through the real CLI: one line, the documented exit code, no
// stack, no password from NEO4J_URI, and file names printed with control characters escaped.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/local-server';
import { govgraph } from '../helpers/cli';
import { seedFile } from '../helpers/seeds';

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '');
}

describe('a closed port', () => {
  let closed: string;
  beforeAll(async () => {
    closed = `bolt://127.0.0.1:${await freePort()}`;
  });

  it.each([
    ['forget', ['forget', 'Article:0123456789abcdef']],
    ['report', ['report', 'hubs']],
  ])('%s says so in one line and exits 3', async (_name, args) => {
    const run = await govgraph(args, { NEO4J_URI: closed });
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(new RegExp(`^govgraph: cannot reach Neo4j at ${closed}: .+ \\[E_NEO4J_UNAVAILABLE\\]$`))]);
    expect(run.code).toBe(3);
  });
});

describe('a password inside NEO4J_URI', () => {
  const secret = 'uri-Secret-42';

  it.each([
    ['forget', ['forget', 'Article:0123456789abcdef'], 'reachable'],
    ['report', ['report', 'hubs'], 'reachable'],
    ['run', ['run', '__SEED__', '--out', '__OUT__'], 'reachable'],
    // A URI the driver refuses outright: its message quotes the URI.
    ['report, malformed URI', ['report', 'hubs'], 'malformed'],
  ])('%s never prints it', async (_name, args, kind) => {
    const port = await freePort();
    const uri = kind === 'malformed' ? `bolt://neo4j:${secret}@127.0.0.1:${port}/db?x=1` : `bolt://neo4j:${secret}@127.0.0.1:${port}`;
    const argv = args.map((a) => (a === '__SEED__' ? seedFile('001') : a === '__OUT__' ? tempDir('govgraph-errors-out-') : a));
    const run = await govgraph(argv, { NEO4J_URI: uri });
    expect(run.stdout + run.stderr).not.toContain(secret);
    const lines = errorLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('bolt://neo4j:***@127.0.0.1:');
    expect(run.code).toBe(3);
  });
});

describe('file names with control characters', () => {
  it('a newline or escape code in a name is printed escaped: one warning per bad input, no fake line', async () => {
    const dir = tempDir('govgraph-names-');
    fs.copyFileSync(seedFile('004'), path.join(dir, 'good.txt'));
    fs.writeFileSync(path.join(dir, 'empty\nwarning: forged line.txt'), '');
    fs.writeFileSync(path.join(dir, 'red\u001b[31m\u202Etxt.exe.txt'), '');
    const run = await govgraph(['build', dir, '--out', tempDir('govgraph-names-out-')]);
    const warnings = errorLines(run.stderr);
    expect(warnings).toHaveLength(2);
    for (const w of warnings) expect(w).toMatch(/^warning: /);
    expect(warnings.find((w) => w.includes('empty\\nwarning: forged line.txt'))).toBeDefined();
    expect(warnings.find((w) => w.includes('red\\u001b[31m\\u202etxt.exe.txt'))).toBeDefined();
    expect(run.stderr).not.toMatch(/[\u001b\u202e]/);
    expect(run.code).toBe(0);
  });

  it('inspect prints a file name and a title with control characters escaped', async () => {
    const dir = tempDir('govgraph-inspect-');
    const file = path.join(dir, 'a\nb\u202E.txt');
    fs.writeFileSync(file, `南湖区召开会议\u202E\u001b[2J\n${fs.readFileSync(seedFile('004'), 'utf8')}`);
    const run = await govgraph(['inspect', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('a\\nb\\u202e.txt');
    expect(run.stdout).toContain('南湖区召开会议\\u202e');
    expect(run.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it('an unknown command is named escaped, in one line, exit 2', async () => {
    const run = await govgraph(['bu\nild\u001b[2J']);
    expect(errorLines(run.stderr)).toEqual([expect.stringMatching(/^govgraph: unknown command "bu\\nild\\u001b\[2J"; commands: /)]);
    expect(run.code).toBe(2);
  });
});

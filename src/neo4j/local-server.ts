// The local Neo4j: builds the Java launcher in tools/neo4j with Maven (once), starts it on loopback
// under a lock (one start per data folder at a time), waits until Bolt answers, then records it in
// <dataDir>/server.json; a record whose process is gone is cleaned, a launcher without one adopted.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
import * as lockfile from 'proper-lockfile';
import { Neo4jError } from '../errors';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, '.neo4j');
const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'tools', 'neo4j');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const SOURCE = path.join(LAUNCHER_DIR, 'src', 'main', 'java', 'govgraph', 'LocalNeo4j.java');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const CLASSES = path.join(TARGET, 'classes');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
const MAIN_CLASS = 'govgraph.LocalNeo4j';
/** What LocalNeo4j prints once Bolt, HTTP and the initial password are all set up. */
const READY_MARKER = 'govgraph-neo4j: Neo4j ';
// govgraph-neo4j: Neo4j 5.26.30 ready bolt://127.0.0.1:7687 http://127.0.0.1:7474/browser/ auth=off
const READY_LINE = /govgraph-neo4j: Neo4j \S+ ready bolt:\/\/[^:\s]+:(\d+) http:\/\/[^:\s]+:(\d+)\/browser\/ auth=(on|off)/;

/** The lock a start holds in the data folder (a directory, made atomically by proper-lockfile). */
const START_LOCK = 'start.lock';
/** A holder refreshes the lock every 5 s; one killed mid-start loses it 10 s later. */
const LOCK_STALE_MS = 10_000;
/** How long a second start waits for the first: Maven's first build plus a slow start. */
const LOCK_WAIT_MS = 15 * 60_000;
const LOCK_POLL_MS = 500;

/** Heap for the server JVM: ample for graphs of a few hundred thousand facts; the page cache (256m) is set in the launcher. */
const JVM_ARGS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  // What Neo4j's own start script opens, so the page cache and Netty skip their slow fallbacks.
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

const HOW_TO_GET_NEO4J =
  'install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to an existing Neo4j server';

export interface Launcher {
  java: string;
  classpath: string;
}

export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  startedAt: string;
  auth: boolean;
}

export interface ServerHandle {
  pid: number;
  boltUri: string;
  browserUrl: string;
  dataDir: string;
  logFile: string;
  /** Milliseconds from spawn until Bolt answered. */
  startupMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  boltPort?: number;
  httpPort?: number;
  /** Turns auth on; user neo4j gets this password if it still has the default one. */
  authPassword?: string;
  /** Survive the calling process (own session, no tie to its terminal). */
  detached?: boolean;
  /** How long to wait for Bolt, in ms. */
  timeoutMs?: number;
  quiet?: boolean;
}

export type RunningServer = { running: true } & ServerState & { boltUri: string; browserUrl: string };
export type ServerStatus = RunningServer | { running: false };

/** What a start that may find the server already running gives back. */
export type StartOrJoin = { started: true; handle: ServerHandle } | { started: false; server: RunningServer };

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  return match?.[1] ?? '5.26';
}

export function defaultPorts(): { boltPort: number; httpPort: number } {
  return { boltPort: portFromEnv('GOVGRAPH_BOLT_PORT', 7687), httpPort: portFromEnv('GOVGRAPH_HTTP_PORT', 7474) };
}

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Neo4jError('E_NEO4J_LAUNCHER', `${name}=${raw} is not a TCP port number`, name);
  }
  return port;
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

export function browserUrl(httpPort: number): string {
  return `http://127.0.0.1:${httpPort}/browser/`;
}

function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function mtime(file: string): number {
  return fs.statSync(file).mtimeMs;
}

/** The built launcher, or undefined when Maven must (re)build it. */
function builtLauncher(): Launcher | undefined {
  const classFile = path.join(CLASSES, 'govgraph', 'LocalNeo4j.class');
  if (!fs.existsSync(classFile) || !fs.existsSync(CLASSPATH_FILE)) return undefined;
  const newestInput = Math.max(mtime(POM), mtime(SOURCE));
  if (mtime(classFile) < newestInput || mtime(CLASSPATH_FILE) < newestInput) return undefined;
  const jars = fs.readFileSync(CLASSPATH_FILE, 'utf8').trim().split(path.delimiter).filter(Boolean);
  // A wiped ~/.m2 leaves a classpath that points nowhere.
  if (jars.length === 0 || !jars.every((jar) => fs.existsSync(jar))) return undefined;
  return { java: javaCommand(), classpath: [CLASSES, ...jars].join(path.delimiter) };
}

export function isLauncherBuilt(): boolean {
  return builtLauncher() !== undefined;
}

/** Why Java 17+ or Maven can't be used, or undefined when both are there. */
export function missingToolchain(): string | undefined {
  const java = spawnSync(javaCommand(), ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) return 'java was not found';
  const major = /version "(\d+)/.exec(java.stderr)?.[1];
  if (major !== undefined && Number(major) < 17) return `java ${major} is too old (Neo4j 5 needs 17+)`;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) return 'mvn (Maven) was not found';
  return undefined;
}

/** Builds tools/neo4j with Maven unless target/ is newer than pom.xml and LocalNeo4j.java. */
export async function ensureLauncherBuilt(options: { quiet?: boolean } = {}): Promise<Launcher> {
  const built = builtLauncher();
  if (built) return built;
  const missing = missingToolchain();
  if (missing) {
    throw new Neo4jError('E_NEO4J_LAUNCHER', `local Neo4j unavailable: ${missing}; ${HOW_TO_GET_NEO4J}`);
  }
  if (!options.quiet) {
    console.log(`govgraph: fetching Neo4j ${neo4jVersion()} from Maven Central and building the local launcher (first run only)…`);
  }
  const args = [
    '-q', '-B', '-f', POM, 'compile', 'dependency:build-classpath',
    `-Dmdep.outputFile=${CLASSPATH_FILE}`, '-Dmdep.includeScope=runtime',
  ];
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: LAUNCHER_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, text }));
  });
  const launcher = output.code === 0 ? builtLauncher() : undefined;
  if (!launcher) {
    const reason = lastLines(output.text.replace(/\x1b\[[0-9;]*m/g, ''), 1) || `exit code ${output.code}`;
    throw new Neo4jError('E_NEO4J_LAUNCHER', `building the local Neo4j launcher with Maven failed: ${reason}`, POM);
  }
  return launcher;
}

function lastLines(text: string, count: number): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(-count).join(' | ');
}

function stateFile(dataDir: string): string {
  return path.join(dataDir, 'server.json');
}

export function logFile(dataDir: string): string {
  return path.join(dataDir, 'neo4j.log');
}

/** The launcher's arguments if pid is alive and really our launcher, else undefined. */
function launcherArgs(pid: number): string[] | undefined {
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(MAIN_CLASS) ? args : undefined;
  } catch {
    return []; // no /proc (macOS): the live pid is the best we know
  }
}

function argValue(args: string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Alive and our launcher serving dataDir, so a recycled pid is never mistaken for (or killed as) the server. */
function isOurServer(pid: number, dataDir: string): boolean {
  const args = launcherArgs(pid);
  if (args === undefined) return false;
  return args.length === 0 || argValue(args, '--home') === dataDir;
}

function readState(dataDir: string): ServerState | undefined {
  try {
    return JSON.parse(fs.readFileSync(stateFile(dataDir), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

function writeState(dataDir: string, state: ServerState): void {
  // Beside the target and renamed over it: a reader never sees half a record.
  const partial = `${stateFile(dataDir)}.${process.pid}.tmp`;
  fs.writeFileSync(partial, JSON.stringify(state, null, 2) + '\n');
  fs.renameSync(partial, stateFile(dataDir));
}

/**
 * A launcher serving dataDir that no record names (its starter was killed, or an older govgraph lost
 * the race), once its log says it is ready; /proc only, so never on macOS.
 */
function unrecordedLauncher(dataDir: string): ServerState | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const ready = readyLine(dataDir);
  if (!ready) return undefined;
  for (const entry of entries) {
    const pid = Number(entry);
    const args = launcherArgs(pid);
    if (!args || args.length === 0 || argValue(args, '--home') !== dataDir) continue;
    const boltPort = Number(argValue(args, '--bolt-port'));
    const httpPort = Number(argValue(args, '--http-port'));
    if (boltPort !== ready.boltPort || httpPort !== ready.httpPort) continue;
    const startedAt = fs.statSync(`/proc/${pid}`).ctime.toISOString();
    return { pid, boltPort, httpPort, startedAt, auth: ready.auth };
  }
  return undefined;
}

function readyLine(dataDir: string): { boltPort: number; httpPort: number; auth: boolean } | undefined {
  try {
    const match = READY_LINE.exec(fs.readFileSync(logFile(dataDir), 'utf8'));
    return match ? { boltPort: Number(match[1]), httpPort: Number(match[2]), auth: match[3] === 'on' } : undefined;
  } catch {
    return undefined;
  }
}

function lockOptions(dataDir: string): { lockfilePath: string; realpath: false; stale: number } {
  return { lockfilePath: path.join(dataDir, START_LOCK), realpath: false, stale: LOCK_STALE_MS };
}

/** Someone (alive) is starting or stopping the server in dataDir right now. */
function startInProgress(dataDir: string): boolean {
  try {
    return lockfile.checkSync(dataDir, lockOptions(dataDir));
  } catch {
    return false; // no data folder yet
  }
}

/** fn with the data folder's start lock held: waits for another start, takes over one whose holder died. */
async function withStartLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(dataDir, { recursive: true });
  const release = await lockfile
    .lock(dataDir, {
      ...lockOptions(dataDir),
      retries: { retries: LOCK_WAIT_MS / LOCK_POLL_MS, factor: 1, minTimeout: LOCK_POLL_MS, maxTimeout: LOCK_POLL_MS },
      // Lost only if this process stalls for 10 s; Neo4j's own store lock then stops a second JVM.
      onCompromised: () => undefined,
    })
    .catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      throw new Neo4jError('E_NEO4J_LAUNCHER', `could not take the start lock ${path.join(dataDir, START_LOCK)}: ${reason}`, dataDir);
    });
  try {
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}

function running(state: ServerState): RunningServer {
  return { running: true, ...state, boltUri: boltUri(state.boltPort), browserUrl: browserUrl(state.httpPort) };
}

/** The server in dataDir: the record if its process lives, else a ready launcher no record names (recorded now). */
function statusOf(dataDir: string, adopt: boolean): ServerStatus {
  const state = readState(dataDir);
  if (state && isOurServer(state.pid, dataDir)) return running(state);
  // A dead pid (or one reused by another program) is no server: its record goes.
  if (state) fs.rmSync(stateFile(dataDir), { force: true });
  const orphan = adopt ? unrecordedLauncher(dataDir) : undefined;
  if (!orphan) return { running: false };
  writeState(dataDir, orphan);
  return running(orphan);
}

/**
 * Whether a server runs on dataDir. A record whose process is gone is removed; a ready launcher
 * without a record is recorded, unless a start is under way (its starter records it when Bolt answers).
 */
export function localServerStatus(dataDir: string = DEFAULT_DATA_DIR): ServerStatus {
  const dir = path.resolve(dataDir);
  return statusOf(dir, !startInProgress(dir));
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the launcher and resolves once a Bolt session can be opened (with the password, if any). */
export async function startLocalServer(options: StartOptions = {}): Promise<ServerHandle> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  return withStartLock(dataDir, async () => {
    const status = statusOf(dataDir, true);
    if (status.running) {
      throw new Neo4jError('E_NEO4J_LAUNCHER', `a local Neo4j (pid ${status.pid}) already runs on ${dataDir}; stop it first (npm run neo4j:stop)`, dataDir);
    }
    return startLocked(dataDir, options);
  });
}

/** The server running on the data folder, or one started now; two at once end with one server. */
export async function startOrJoinLocalServer(options: StartOptions = {}): Promise<StartOrJoin> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  return withStartLock(dataDir, async () => {
    const status = statusOf(dataDir, true);
    if (status.running) return { started: false, server: status };
    return { started: true, handle: await startLocked(dataDir, options) };
  });
}

/** The start itself; the caller holds the start lock and has seen no server running. */
async function startLocked(dataDir: string, options: StartOptions): Promise<ServerHandle> {
  const { boltPort, httpPort } = { ...defaultPorts(), ...definedPorts(options) };
  for (const [port, variable] of [[boltPort, 'GOVGRAPH_BOLT_PORT'], [httpPort, 'GOVGRAPH_HTTP_PORT']] as const) {
    if (await portAnswers(port)) {
      throw new Neo4jError('E_NEO4J_LAUNCHER', `port ${port} on 127.0.0.1 is already in use; free it or choose another with ${variable}`, String(port));
    }
  }
  const launcher = await ensureLauncherBuilt({ quiet: options.quiet });
  fs.mkdirSync(dataDir, { recursive: true });
  const log = logFile(dataDir);
  const logFd = fs.openSync(log, 'w');
  const env = { ...process.env };
  delete env.GOVGRAPH_NEO4J_AUTH_PASSWORD;
  if (options.authPassword) env.GOVGRAPH_NEO4J_AUTH_PASSWORD = options.authPassword;
  const started = Date.now();
  const child = spawn(
    launcher.java,
    [...JVM_ARGS, '-cp', launcher.classpath, MAIN_CLASS, '--home', dataDir, '--bolt-port', String(boltPort), '--http-port', String(httpPort)],
    { cwd: dataDir, env, stdio: ['ignore', logFd, logFd], detached: options.detached ?? false },
  );
  fs.closeSync(logFd);
  let exited: string | undefined;
  child.on('error', (err) => (exited = err.message));
  child.on('exit', (code, signal) => (exited = signal ?? `exit code ${code}`));
  const pid = child.pid;
  if (pid === undefined) {
    throw new Neo4jError('E_NEO4J_LAUNCHER', `could not run ${launcher.java}; ${HOW_TO_GET_NEO4J}`);
  }
  if (options.detached) child.unref();
  const state: ServerState = { pid, boltPort, httpPort, startedAt: new Date(started).toISOString(), auth: Boolean(options.authPassword) };

  const handle: ServerHandle = {
    pid,
    boltUri: boltUri(boltPort),
    browserUrl: browserUrl(httpPort),
    dataDir,
    logFile: log,
    startupMs: 0,
    stop: () => stopProcess(pid, dataDir),
  };
  const deadline = started + (options.timeoutMs ?? 180_000);
  const auth = options.authPassword ? neo4j.auth.basic('neo4j', options.authPassword) : undefined;
  let lastError = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new Neo4jError('E_NEO4J_LAUNCHER', `local Neo4j stopped during startup (${exited}); log ${log}: ${tailOfLog(log)}`, log);
    }
    // The ready line comes after the initial password is set: probing earlier could trip the auth lockout.
    if (!fs.readFileSync(log, 'utf8').includes(READY_MARKER)) {
      await sleep(200);
      continue;
    }
    const driver = neo4j.driver(handle.boltUri, auth, { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
    try {
      await driver.verifyConnectivity();
      handle.startupMs = Date.now() - started;
      // Recorded only now: whoever reads server.json can connect at once.
      writeState(dataDir, state);
      return handle;
    } catch (err) {
      lastError = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    } finally {
      await driver.close();
    }
    await sleep(250);
  }
  await handle.stop();
  throw new Neo4jError('E_NEO4J_LAUNCHER', `local Neo4j did not answer on ${handle.boltUri} within ${Math.round((options.timeoutMs ?? 180_000) / 1000)} s (${lastError}); log ${log}: ${tailOfLog(log)}`, log);
}

function definedPorts(options: StartOptions): { boltPort?: number; httpPort?: number } {
  const ports: { boltPort?: number; httpPort?: number } = {};
  if (options.boltPort !== undefined) ports.boltPort = options.boltPort;
  if (options.httpPort !== undefined) ports.httpPort = options.httpPort;
  return ports;
}

function tailOfLog(file: string): string {
  try {
    return lastLines(fs.readFileSync(file, 'utf8'), 3) || '(empty)';
  } catch {
    return '(no log)';
  }
}

/** SIGTERM lets the launcher's shutdown hook checkpoint the store; SIGKILL only if that hangs. */
async function stopProcess(pid: number, dataDir: string, graceMs = 60_000): Promise<void> {
  if (isOurServer(pid, dataDir)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isOurServer(pid, dataDir) && Date.now() < deadline) await sleep(100);
    if (isOurServer(pid, dataDir)) process.kill(pid, 'SIGKILL');
    while (isOurServer(pid, dataDir)) await sleep(100);
  }
  const state = readState(dataDir);
  if (state?.pid === pid) fs.rmSync(stateFile(dataDir), { force: true });
}

/** Stops the server running on dataDir (after a start under way ends); its pid, or undefined if none ran. */
export async function stopLocalServer(dataDir: string = DEFAULT_DATA_DIR): Promise<number | undefined> {
  const dir = path.resolve(dataDir);
  if (!fs.existsSync(dir)) return undefined;
  return withStartLock(dir, async () => {
    const status = statusOf(dir, true);
    if (!status.running) return undefined;
    await stopProcess(status.pid, dir);
    return status.pid;
  });
}

/** A TCP port free on the loopback interface right now: for throw-away servers (tests, bench). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

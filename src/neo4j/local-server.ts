// The local Neo4j: builds the Java launcher in tools/neo4j with Maven (once), starts it on loopback,
// waits until Bolt answers, and tracks a running server through <dataDir>/server.json.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';
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

export type ServerStatus = ({ running: true } & ServerState & { boltUri: string; browserUrl: string }) | { running: false };

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

/** Alive and really our launcher, so a recycled pid is never mistaken for (or killed as) the server. */
function isOurServer(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(MAIN_CLASS);
  } catch {
    return true; // no /proc (macOS): the live pid is the best we know
  }
}

function readState(dataDir: string): ServerState | undefined {
  try {
    return JSON.parse(fs.readFileSync(stateFile(dataDir), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

/** Whether a server recorded in dataDir is running; a record whose process is gone is removed. */
export function localServerStatus(dataDir: string = DEFAULT_DATA_DIR): ServerStatus {
  const state = readState(dataDir);
  if (!state) return { running: false };
  if (!isOurServer(state.pid)) {
    fs.rmSync(stateFile(dataDir), { force: true });
    return { running: false };
  }
  return { running: true, ...state, boltUri: boltUri(state.boltPort), browserUrl: browserUrl(state.httpPort) };
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
  const { boltPort, httpPort } = { ...defaultPorts(), ...definedPorts(options) };
  const status = localServerStatus(dataDir);
  if (status.running) {
    throw new Neo4jError('E_NEO4J_LAUNCHER', `a local Neo4j (pid ${status.pid}) already runs on ${dataDir}; stop it first (npm run neo4j:stop)`, dataDir);
  }
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
  fs.writeFileSync(stateFile(dataDir), JSON.stringify(state, null, 2) + '\n');

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
      fs.rmSync(stateFile(dataDir), { force: true });
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
  if (isOurServer(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isOurServer(pid) && Date.now() < deadline) await sleep(100);
    if (isOurServer(pid)) process.kill(pid, 'SIGKILL');
    while (isOurServer(pid)) await sleep(100);
  }
  const state = readState(dataDir);
  if (state?.pid === pid) fs.rmSync(stateFile(dataDir), { force: true });
}

/** Stops the server recorded in dataDir; resolves to its pid, or undefined if none was running. */
export async function stopLocalServer(dataDir: string = DEFAULT_DATA_DIR): Promise<number | undefined> {
  const status = localServerStatus(path.resolve(dataDir));
  if (!status.running) return undefined;
  await stopProcess(status.pid, path.resolve(dataDir));
  return status.pid;
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

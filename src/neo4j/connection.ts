// Where govgraph's Neo4j is: NEO4J_URI/USER/PASSWORD/DATABASE (environment or the git-ignored .env),
// else the local server (started on demand). Driver errors become one-line Neo4jErrors without secrets.
import * as path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jError } from '../errors';
import { DEFAULT_DATA_DIR, PROJECT_ROOT, boltUri, defaultPorts, localServerStatus, neo4jVersion, startOrJoinLocalServer } from './local-server';

export interface Connection {
  uri: string;
  user: string;
  password?: string;
  database: string;
  /** 'env': NEO4J_URI names the server; 'local': govgraph's own server in .neo4j/. */
  source: 'env' | 'local';
}

export interface Server {
  conn: Connection;
  /** Neo4j Browser for the local server; unknown for a server named by NEO4J_URI. */
  browserUrl?: string;
}

/** The local server's data folder: GOVGRAPH_NEO4J_DIR, else .neo4j/ at the project root. */
export function localDataDir(): string {
  loadEnvFile();
  return process.env.GOVGRAPH_NEO4J_DIR ? path.resolve(process.env.GOVGRAPH_NEO4J_DIR) : DEFAULT_DATA_DIR;
}

function loadEnvFile(): void {
  // Variables already set win over .env; quiet keeps dotenv from printing anything.
  loadDotenv({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
}

export function connectionFromEnv(): Connection {
  loadEnvFile();
  const env = process.env;
  const common = {
    user: env.NEO4J_USER || 'neo4j',
    database: env.NEO4J_DATABASE || 'neo4j',
    ...(env.NEO4J_PASSWORD ? { password: env.NEO4J_PASSWORD } : {}),
  };
  if (env.NEO4J_URI) return { uri: env.NEO4J_URI, ...common, source: 'env' };
  const status = localServerStatus(localDataDir());
  const port = status.running ? status.boltPort : defaultPorts().boltPort;
  return { uri: boltUri(port), ...common, source: 'local' };
}

export function openDriver(conn: Connection): Driver {
  // No password: no auth token (the local server runs without auth unless asked).
  const auth = conn.password ? neo4j.auth.basic(conn.user, conn.password) : undefined;
  try {
    return neo4j.driver(conn.uri, auth, { userAgent: 'govgraph/0.1.0', connectionTimeout: 10_000 });
  } catch (err) {
    throw new Neo4jError('E_NEO4J_UNAVAILABLE', `cannot use Neo4j URI ${redactUri(conn.uri)}: ${firstLine(err, conn)}`, redactUri(conn.uri));
  }
}

// The user-info part of a URI: bolt://neo4j:secret@host → "neo4j:secret" (up to the last @ before the path).
const USER_INFO = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)@/i;

/** A URI as it may be printed: bolt://neo4j:secret@host:7687 → bolt://neo4j:***@host:7687. */
export function redactUri(uri: string): string {
  return uri.replace(USER_INFO, (_m, scheme: string, userInfo: string) => {
    const colon = userInfo.indexOf(':');
    return colon < 0 ? `${scheme}${userInfo}@` : `${scheme}${userInfo.slice(0, colon)}:***@`;
  });
}

/** The password in NEO4J_PASSWORD and the one in the URI, as written and percent-decoded. */
function secrets(conn: Connection): string[] {
  const found: string[] = conn.password ? [conn.password] : [];
  const userInfo = USER_INFO.exec(conn.uri)?.[2];
  const colon = userInfo?.indexOf(':') ?? -1;
  if (userInfo !== undefined && colon >= 0) {
    const raw = userInfo.slice(colon + 1);
    found.push(raw);
    try {
      found.push(decodeURIComponent(raw));
    } catch {
      // not valid percent-encoding: the raw form is all there is to hide
    }
  }
  return found.filter((secret) => secret !== '');
}

/** A driver message's first line, with the URI redacted and no secret left in it. */
function firstLine(err: unknown, conn: Connection): string {
  let text = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
  text = text.split(conn.uri).join(redactUri(conn.uri));
  for (const secret of secrets(conn)) text = text.split(secret).join('***');
  return text;
}

/** A driver failure as a one-line Neo4jError naming the server (never a password). */
export function toNeo4jError(err: unknown, conn: Connection): Neo4jError {
  if (err instanceof Neo4jError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const uri = redactUri(conn.uri);
  const detail = firstLine(err, conn);
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jError('E_NEO4J_RATE_LIMIT', `Neo4j at ${uri} refuses to authenticate for now: too many failed attempts (authentication rate limit); wait a few seconds, then check NEO4J_USER (${conn.user}) and NEO4J_PASSWORD`, uri);
  }
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.')) {
    const hint = conn.password
      ? `check NEO4J_USER (${conn.user}) and NEO4J_PASSWORD`
      : 'the server needs a password: set NEO4J_PASSWORD (and NEO4J_USER if not neo4j)';
    return new Neo4jError('E_NEO4J_AUTH', `Neo4j at ${uri} refused the credentials: ${hint}`, uri);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jError('E_NEO4J_UNAVAILABLE', `Neo4j at ${uri} has no database "${conn.database}" (NEO4J_DATABASE)`, uri);
  }
  // A deadlock or timeout the driver's retries did not get past: the server is there but busy.
  if (typeof code === 'string' && code.startsWith('Neo.TransientError.')) {
    return new Neo4jError('E_NEO4J_UNAVAILABLE', `Neo4j at ${uri} could not complete the request for now: ${detail} (${code})`, uri);
  }
  // Any other client error is the query's fault (a bad parameter, a syntax error), not the server's.
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.')) {
    return new Neo4jError('E_NEO4J_QUERY', `Neo4j at ${uri} rejected the query: ${detail} (${code})`, uri);
  }
  return new Neo4jError('E_NEO4J_UNAVAILABLE', `cannot reach Neo4j at ${uri}: ${detail}`, uri);
}

/** Opens a session on conn.database once, so a wrong URI, password or database fails here, plainly. */
export async function verifyConnection(conn: Connection): Promise<void> {
  await (await connect(conn)).close();
}

/**
 * A driver whose server has answered once: a closed port or a wrong password fails here at once, as
 * a one-line Neo4jError, instead of after the driver's 30 s of retries inside the first query.
 */
export async function connect(conn: Connection): Promise<Driver> {
  const driver = openDriver(conn);
  try {
    await driver.verifyConnectivity({ database: conn.database });
    return driver;
  } catch (err) {
    await driver.close();
    throw toNeo4jError(err, conn);
  }
}

/**
 * The server the main job loads into: NEO4J_URI if set; else the local server, reused if running,
 * otherwise built and started in the background (it keeps running; `npm run neo4j:stop` ends it).
 * Two runs at once start one server: the second waits for the first's start and uses it.
 */
export async function ensureServer(options: { quiet?: boolean } = {}): Promise<Server> {
  const conn = connectionFromEnv();
  if (conn.source === 'env') {
    await verifyConnection(conn);
    return { conn };
  }
  const dataDir = localDataDir();
  const status = localServerStatus(dataDir);
  if (status.running) {
    await verifyConnection(conn);
    return { conn, browserUrl: status.browserUrl };
  }
  const outcome = await startOrJoinLocalServer({ dataDir, ...defaultPorts(), authPassword: conn.password, detached: true, quiet: options.quiet });
  if (!outcome.started) {
    const joined = { ...conn, uri: outcome.server.boltUri };
    await verifyConnection(joined);
    return { conn: joined, browserUrl: outcome.server.browserUrl };
  }
  const { handle } = outcome;
  if (!options.quiet) {
    console.log(`govgraph: started local Neo4j ${neo4jVersion()} at ${handle.boltUri} in ${(handle.startupMs / 1000).toFixed(1)} s (data ${path.relative(process.cwd(), dataDir) || '.'}; stop: npm run neo4j:stop)`);
  }
  const local = { ...conn, uri: handle.boltUri };
  await verifyConnection(local);
  return { conn: local, browserUrl: handle.browserUrl };
}

// Where govgraph's Neo4j is: NEO4J_URI/USER/PASSWORD/DATABASE (environment or the git-ignored .env),
// else the local server (started on demand). Driver errors become one-line Neo4jErrors without secrets.
import * as path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import neo4j, { type Driver } from 'neo4j-driver';
import { Neo4jError } from '../errors';
import { DEFAULT_DATA_DIR, PROJECT_ROOT, boltUri, defaultPorts, localServerStatus, neo4jVersion, startLocalServer } from './local-server';

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
    throw new Neo4jError('E_NEO4J_UNAVAILABLE', `cannot use Neo4j URI ${conn.uri}: ${firstLine(err, conn)}`, conn.uri);
  }
}

function firstLine(err: unknown, conn: Connection): string {
  const text = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
  return conn.password ? text.split(conn.password).join('***') : text;
}

/** A driver failure as a one-line Neo4jError naming the server (never the password). */
export function toNeo4jError(err: unknown, conn: Connection): Neo4jError {
  const code = (err as { code?: unknown } | null)?.code;
  const detail = firstLine(err, conn);
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.')) {
    const hint = conn.password
      ? `check NEO4J_USER (${conn.user}) and NEO4J_PASSWORD`
      : 'the server needs a password: set NEO4J_PASSWORD (and NEO4J_USER if not neo4j)';
    return new Neo4jError('E_NEO4J_AUTH', `Neo4j at ${conn.uri} refused the credentials: ${hint}`, conn.uri);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jError('E_NEO4J_UNAVAILABLE', `Neo4j at ${conn.uri} has no database "${conn.database}" (NEO4J_DATABASE)`, conn.uri);
  }
  return new Neo4jError('E_NEO4J_UNAVAILABLE', `cannot reach Neo4j at ${conn.uri}: ${detail}`, conn.uri);
}

/** Opens a session on conn.database once, so a wrong URI, password or database fails here, plainly. */
export async function verifyConnection(conn: Connection): Promise<void> {
  const driver = openDriver(conn);
  try {
    await driver.verifyConnectivity({ database: conn.database });
  } catch (err) {
    throw toNeo4jError(err, conn);
  } finally {
    await driver.close();
  }
}

/**
 * The server the main job loads into: NEO4J_URI if set; else the local server, reused if running,
 * otherwise built and started in the background (it keeps running; `npm run neo4j:stop` ends it).
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
  const handle = await startLocalServer({ dataDir, ...defaultPorts(), authPassword: conn.password, detached: true, quiet: options.quiet });
  if (!options.quiet) {
    console.log(`govgraph: started local Neo4j ${neo4jVersion()} at ${handle.boltUri} in ${(handle.startupMs / 1000).toFixed(1)} s (data ${path.relative(process.cwd(), dataDir) || '.'}; stop: npm run neo4j:stop)`);
  }
  const local = { ...conn, uri: handle.boltUri };
  await verifyConnection(local);
  return { conn: local, browserUrl: handle.browserUrl };
}

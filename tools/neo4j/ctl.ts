// npm run neo4j:start | neo4j:stop | neo4j:status — the local Neo4j in .neo4j/ (or GOVGRAPH_NEO4J_DIR).
// start runs it in the background and returns once Bolt answers; the data survives a restart.
// Exit codes as the CLI's (src/errors.ts EXIT); status exits 1 when no server runs.
import * as path from 'node:path';
import { EXIT, errorLine, isGovgraphError } from '../../src/errors';
import { connectionFromEnv, localDataDir } from '../../src/neo4j/connection';
import { defaultPorts, localServerStatus, logFile, neo4jVersion, startOrJoinLocalServer, stopLocalServer } from '../../src/neo4j/local-server';

async function main(command: string | undefined): Promise<number> {
  const dataDir = localDataDir();
  const where = path.relative(process.cwd(), dataDir) || '.';
  switch (command) {
    case 'start': {
      const conn = connectionFromEnv();
      const outcome = await startOrJoinLocalServer({ dataDir, ...defaultPorts(), authPassword: conn.password, detached: true });
      if (!outcome.started) {
        const { server } = outcome;
        console.log(`Neo4j already running (pid ${server.pid}): ${server.boltUri}  Browser: ${server.browserUrl}`);
        return EXIT.ok;
      }
      const { handle } = outcome;
      console.log(`Neo4j ${neo4jVersion()} started in ${(handle.startupMs / 1000).toFixed(1)} s (pid ${handle.pid}, data ${where}, log ${path.relative(process.cwd(), handle.logFile)})`);
      console.log(`Bolt:    ${handle.boltUri}`);
      console.log(`Browser: ${handle.browserUrl}`);
      return EXIT.ok;
    }
    case 'stop': {
      const pid = await stopLocalServer(dataDir);
      console.log(pid === undefined ? `no local Neo4j running (data ${where})` : `stopped local Neo4j (pid ${pid})`);
      return EXIT.ok;
    }
    case 'status': {
      const status = localServerStatus(dataDir);
      if (!status.running) {
        console.log(`local Neo4j is not running (data ${where}; log ${path.relative(process.cwd(), logFile(dataDir))})`);
        return EXIT.partial;
      }
      console.log(`local Neo4j running: pid ${status.pid} since ${status.startedAt}, auth ${status.auth ? 'on' : 'off'}`);
      console.log(`Bolt:    ${status.boltUri}`);
      console.log(`Browser: ${status.browserUrl}`);
      return EXIT.ok;
    }
    default:
      console.error('usage: ts-node tools/neo4j/ctl.ts start|stop|status');
      return EXIT.usage;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (isGovgraphError(err)) {
      console.error(errorLine(err));
      process.exitCode = err.exitCode;
      return;
    }
    console.error(err);
    process.exitCode = EXIT.bug;
  },
);

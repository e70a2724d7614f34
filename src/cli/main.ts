// The govgraph command line: a thin shell that declares commands as data and calls the library.
// Only this file exits the process; every command's errors take one path here: a GovgraphError prints
// one line and exits with its code (src/errors.ts EXIT), a bug prints its stack and exits 1.
import { defineCommand, runCommand, showUsage } from 'citty';
import { EXIT, errorLine, isGovgraphError, type GovgraphError } from '../errors';
import { printable } from '../printable';
import { commands } from './commands';

const main = defineCommand({
  meta: {
    name: 'govgraph',
    version: '0.1.0',
    description: 'Build a cited knowledge graph from Chinese local-government news.',
  },
  subCommands: commands,
});

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    await showUsage(main);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(main.meta && 'version' in main.meta ? main.meta.version : '');
    return 0;
  }
  const load = commands[name];
  if (!load) {
    console.error(`govgraph: unknown command "${printable(name)}"; commands: ${Object.keys(commands).join(', ')}`);
    return EXIT.usage;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    await showUsage(command, main);
    return 0;
  }
  try {
    // The command is run directly (not as citty's subcommand) so that its exit code comes back.
    const { result } = await runCommand(command, { rawArgs: rest });
    return typeof result === 'number' ? result : 0;
  } catch (err) {
    const known = isGovgraphError(err) ? err : await fromDriver(err);
    if (known) {
      console.error(errorLine(known));
      return known.exitCode;
    }
    if (err instanceof Error && err.name === 'CLIError') {
      console.error(`govgraph: ${printable(err.message)}`);
      return EXIT.usage;
    }
    throw err;
  }
}

/** A neo4j-driver error a command let through, as the one-line error the driver's callers give. */
async function fromDriver(err: unknown): Promise<GovgraphError | undefined> {
  // Loaded only on this path, so commands that never touch Neo4j don't load the driver.
  const { Neo4jError: DriverError } = await import('neo4j-driver');
  if (!(err instanceof DriverError)) return undefined;
  const { connectionFromEnv, toNeo4jError } = await import('../neo4j/connection');
  return toNeo4jError(err, connectionFromEnv());
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = EXIT.bug;
  },
);

// The govgraph command line: a thin shell that declares commands as data and calls the library.
// Only this file exits the process; user errors print one line, bugs print their stack.
import { defineCommand, runCommand, showUsage } from 'citty';
import { isGovgraphError } from '../errors';
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
    console.error(`govgraph: unknown command "${name}"; commands: ${Object.keys(commands).join(', ')}`);
    return 2;
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
    if (isGovgraphError(err)) {
      console.error(`govgraph: ${err.message} [${err.code}]`);
      return 2;
    }
    if (err instanceof Error && err.name === 'CLIError') {
      console.error(`govgraph: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);

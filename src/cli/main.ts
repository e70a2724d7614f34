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
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    await showUsage(main);
    return 0;
  }
  try {
    const { result } = await runCommand(main, { rawArgs: argv });
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

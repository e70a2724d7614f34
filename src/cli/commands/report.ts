// govgraph report --list | report <name> [--param key=value …] [--format table|json|csv|markdown]
import { defineCommand } from 'citty';
import { UsageError } from '../../errors';
import { connect, connectionFromEnv, toNeo4jError } from '../../neo4j/connection';
import { report, reports, resolveParams } from '../../report/catalog';
import { FORMATS, formatReport, type Format } from '../../report/format';
import { runReport } from '../../report/run';

/** citty gives a repeated string option as an array, a single one as a string. */
function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

export default defineCommand({
  meta: { name: 'report', description: 'Run a canned Cypher report (cypher/reports/) against Neo4j' },
  args: {
    name: { type: 'positional', description: 'Report name (see --list)', required: false },
    list: { type: 'boolean', description: 'List the reports with their parameters', default: false },
    param: { type: 'string', description: 'A parameter as key=value (repeatable)' },
    format: { type: 'string', description: `Output format: ${FORMATS.join(', ')}`, default: 'table' },
  },
  async run({ args }) {
    if (args.list || !args.name) {
      for (const def of reports().values()) {
        console.log(`${def.name}  ${def.description}`);
        for (const p of def.params) console.log(`    --param ${p.name}=${JSON.stringify(p.default)}  ${p.description}`);
      }
      return 0;
    }
    const format = args.format as Format;
    if (!FORMATS.includes(format)) throw new UsageError('E_USAGE', `--format ${args.format}: use one of ${FORMATS.join(', ')}`, args.format);
    const def = report(args.name);
    const params = resolveParams(def, list(args.param));
    const conn = connectionFromEnv();
    const driver = await connect(conn);
    try {
      const result = await runReport(driver, def, params, conn.database).catch((err: unknown) => {
        throw toNeo4jError(err, conn);
      });
      console.log(formatReport(result, format));
      return 0;
    } finally {
      await driver.close();
    }
  },
});

// govgraph rules: every extraction rule with its id, description and example.
import { defineCommand } from 'citty';
import { RULES } from '../../extract';

export default defineCommand({
  meta: { name: 'rules', description: 'List the extraction rules (id, what it finds, an example)' },
  args: { json: { type: 'boolean', description: 'Print JSON', default: false } },
  run({ args }) {
    if (args.json) {
      console.log(JSON.stringify(RULES, null, 2));
      return 0;
    }
    for (const [extractor, rules] of Object.entries(RULES)) {
      console.log(`${extractor}:`);
      for (const r of rules) console.log(`  ${r.id.padEnd(28)} ${r.description}\n  ${''.padEnd(28)} e.g. ${r.example}`);
    }
    return 0;
  },
});

// govgraph eval: precision, recall and F1 of the rules against the hand-made gold annotations.
import { defineCommand } from 'citty';
import { LEXICON_ARG, useLexiconArg } from '../args';
import Table from 'cli-table3';
import { evaluate, type Score } from '../../eval';

function row(name: string, s: Score): string[] {
  return [name, String(s.tp), String(s.fp), String(s.fn), s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3)];
}

export default defineCommand({
  meta: { name: 'eval', description: 'Score extraction against gold annotations (precision, recall, F1)' },
  args: {
    gold: { type: 'string', description: 'Folder of gold JSON files', default: 'tests/gold' },
    seeds: { type: 'string', description: 'Folder of the annotated articles', default: 'seeds' },
    json: { type: 'boolean', description: 'Print JSON', default: false },
    details: { type: 'boolean', description: 'List missed and extra items per article', default: false },
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const result = await evaluate(args.gold, args.seeds);
    if (args.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const head = ['', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'];
    const entities = new Table({ head: ['entity', ...head.slice(1)], style: { head: [], border: [] } });
    for (const [k, s] of Object.entries(result.entities)) entities.push(row(k, s));
    const relations = new Table({ head: ['relation', ...head.slice(1)], style: { head: [], border: [] } });
    for (const [k, s] of Object.entries(result.relations)) relations.push(row(k, s));
    relations.push(row('all relations', result.relationsOverall));
    console.log(entities.toString());
    console.log(relations.toString());
    if (args.details) {
      for (const d of result.details) {
        console.log(`\n${d.doc}`);
        for (const m of d.missed) console.log(`  missed: ${m}`);
        for (const e of d.extra) console.log(`  extra:  ${e}`);
      }
    }
    return 0;
  },
});

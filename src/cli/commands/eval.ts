// govgraph eval: precision, recall and F1 of the rules against hand-made gold annotations, for one of
// the named sets (seeds, dev, heldout, real) or a folder of gold files given by hand.
import { defineCommand } from 'citty';
import Table from 'cli-table3';
import * as path from 'node:path';
import { UsageError } from '../../errors';
import { EVAL_SETS, evaluate, evaluateSet, REAL_DIR, type EvalResult, type EvalSetName, type Score, type SetResult } from '../../eval';
import { LEXICON_ARG, oneOf, useLexiconArg } from '../args';

function row(name: string, s: Score): string[] {
  return [name, String(s.tp), String(s.fp), String(s.fn), s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3)];
}

function table(kind: string, scores: Record<string, Score>, overall: Score): string {
  const t = new Table({ head: [kind, 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], style: { head: [], border: [] } });
  for (const [k, s] of Object.entries(scores)) t.push(row(k, s));
  t.push(row(`all ${kind === 'entity' ? 'entities' : 'relations'}`, overall));
  return t.toString();
}

export default defineCommand({
  meta: { name: 'eval', description: 'Score extraction against gold annotations (precision, recall, F1)' },
  args: {
    set: { type: 'string', description: `The gold set: ${EVAL_SETS.join(', ')} (default seeds)` },
    split: { type: 'string', description: 'Real corpus: dev (tuned on; default), test (kept apart) or all' },
    lang: { type: 'string', description: 'Real corpus: zh (default) or en' },
    gold: { type: 'string', description: 'A folder of gold JSON files instead of a named set' },
    seeds: { type: 'string', description: 'With --gold: the folder of the annotated articles', default: 'seeds' },
    json: { type: 'boolean', description: 'Print JSON', default: false },
    details: { type: 'boolean', description: 'List missed and extra items per article', default: false },
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const set = oneOf<EvalSetName>('set', args.set, EVAL_SETS);
    const split = oneOf('split', args.split, ['dev', 'test', 'all'] as const);
    const lang = oneOf('lang', args.lang, ['zh', 'en'] as const);
    if (args.gold && set) throw new UsageError('E_USAGE', 'give either --set or --gold, not both');
    if ((split || lang) && set !== 'real') throw new UsageError('E_USAGE', '--split and --lang are for --set real');
    let result: EvalResult & Partial<SetResult>;
    let label: string;
    if (args.gold) {
      result = await evaluate(args.gold, args.seeds);
      label = args.gold;
    } else {
      result = await evaluateSet(set ?? 'seeds', { ...(split ? { split } : {}), ...(lang ? { lang } : {}) });
      label = set === 'real' ? `real (${split ?? 'dev'}, ${lang ?? 'zh'})` : (set ?? 'seeds');
    }
    if (args.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const absent = [...(result.missing ?? []), ...(result.differ ?? [])];
    console.log(`${label}: ${result.details.length} article(s) scored`);
    if (absent.length > 0) {
      const guide = path.relative(process.cwd(), path.join(REAL_DIR, 'README.md'));
      console.log(`not scored, text missing${result.differ?.length ? ' or not the annotated text' : ''} (${guide} says how to get them): ${absent.join(', ')}`);
    }
    console.log(table('entity', result.entities, result.entitiesOverall));
    console.log(table('relation', result.relations, result.relationsOverall));
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

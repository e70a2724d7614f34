// govgraph rules: the extraction steps in their order, every rule with its id, description and
// example, and every lexicon entry with its id and where it comes from (built-in or a user file).
import { defineCommand } from 'citty';
import { STEPS } from '../../extract';
import { LEXICON_NAMES, type Lexicon, type LexiconName } from '../../lexicon';
import { LEXICON_ARG, oneOf, useLexiconArg } from '../args';

interface EntryLine {
  id: string;
  /** The word or name the entry is about. */
  text: string;
  kind?: string;
  /** 'built-in' or the user file. */
  source: string;
}

function entryLines(lex: Lexicon, name: LexiconName): EntryLine[] {
  return lex.entries(name).map((e) => {
    const record = e as { id: string; zh?: string; name?: string; kind?: string };
    return { id: record.id, text: record.zh ?? record.name ?? '', ...(record.kind ? { kind: record.kind } : {}), source: lex.sourceOf(record.id) };
  });
}

export default defineCommand({
  meta: { name: 'rules', description: 'List the extraction steps and rules (id, what it finds, an example) and the lexicon entries with their sources' },
  args: {
    json: { type: 'boolean', description: 'Print JSON', default: false },
    only: { type: 'string', description: 'rules or lexicon (default: both)' },
    file: { type: 'string', description: 'Only this lexicon file (titles, companies, …)' },
    lexicon: LEXICON_ARG,
  },
  run({ args }) {
    const lex = useLexiconArg(args.lexicon);
    const only = oneOf('only', args.only, ['rules', 'lexicon'] as const);
    const file = oneOf('file', args.file, LEXICON_NAMES);
    const files = file ? [file] : LEXICON_NAMES;
    const steps = STEPS.map((s) =>
      s.kind === 'filter'
        ? { step: s.name, kind: s.kind, description: s.description }
        : { step: s.name, kind: s.kind, reads: s.reads, produces: s.produces, rules: s.rules },
    );
    const lexicon = Object.fromEntries(files.map((name) => [name, entryLines(lex, name)]));
    if (args.json) {
      console.log(JSON.stringify({ ...(only !== 'lexicon' ? { steps } : {}), ...(only !== 'rules' ? { lexicon, overlays: lex.overlays } : {}) }, null, 2));
      return 0;
    }
    if (only !== 'lexicon') {
      for (const step of STEPS) {
        if (step.kind === 'filter') {
          console.log(`${step.name} (filter): ${step.description}`);
          continue;
        }
        const produces = [...step.produces.labels, ...step.produces.relations].join(', ');
        console.log(`${step.name}: reads ${step.reads.join(', ') || 'the text'}; produces ${produces}`);
        for (const r of step.rules) console.log(`  ${r.id.padEnd(32)} ${r.description}\n  ${''.padEnd(32)} e.g. ${r.example}`);
      }
    }
    if (only !== 'rules') {
      if (only !== 'lexicon') console.log('');
      console.log(`lexicon: built-in lexicons/${lex.overlays.length ? ` with ${lex.overlays.join(', ')}` : ''}`);
      for (const name of files) {
        const lines = lexicon[name]!;
        console.log(`${name}.jsonl: ${lines.length} entries`);
        // The id ends with the word itself (title.区委书记, project.suffix.产业园); a user's entry names its file.
        for (const e of lines) console.log(`  ${e.id}${e.source === 'built-in' ? '' : `  [${e.source}]`}`);
      }
    }
    return 0;
  },
});

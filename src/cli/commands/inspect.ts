// govgraph inspect <file…> [--json]: what ingest and normalize made of each article — encoding,
// script, repairs, damaged spans, date, title, bylines — without extracting anything.
import { defineCommand } from 'citty';
import { readInputs } from '../../ingest';
import { normalize } from '../../normalize';
import { printable } from '../../printable';
import type { Document } from '../../types';
import { collectPaths, LEXICON_ARG, useLexiconArg } from '../args';
import { MAX_FILE_SIZE_ARG, parseFileSize } from '../inputs';

function summary(doc: Document) {
  return {
    id: doc.id,
    ...doc.report,
    source: doc.source ?? null,
    url: doc.url ?? null,
    bylines: doc.bylines.map((b) => ({ role: b.role, name: b.name })),
    sentences: doc.sentences.length,
  };
}

function formatReport(doc: Document): string {
  const r = doc.report;
  const rows: Array<[string, string]> = [
    ['read as', `${r.format}, ${r.encoding} (confidence ${r.encodingConfidence})`],
    ['script', r.script],
    ['title', r.title],
    ['date', r.date.value ? `${r.date.value} (${r.date.precision}, from ${r.dateSource})` : `unknown (${r.dateSource})`],
    ['source', doc.source ?? '—'],
    ['bylines', doc.bylines.map((b) => `${b.role} ${b.name}`).join(', ') || '—'],
    ['sentences', String(doc.sentences.length)],
  ];
  for (const repair of r.repairs) rows.push(['repair', `${repair.kind} ×${repair.count}: ${repair.examples.join(', ')}`]);
  for (const d of r.damaged) rows.push(['damaged', `[${d.start}, ${d.end}) ${JSON.stringify(d.quote)}: ${d.reason}`]);
  for (const w of r.warnings) rows.push(['warning', w]);
  // (Path, title, bylines and quotes are the file's own text: printed with control characters escaped.)
  return [`${printable(r.path)}  (id ${doc.id})`, ...rows.map(([k, v]) => `  ${k.padEnd(10)} ${printable(v)}`)].join('\n');
}

export default defineCommand({
  meta: { name: 'inspect', description: 'Show how each article was read and normalized: encoding, script, repairs, damage, date, title, bylines' },
  args: {
    paths: { type: 'positional', description: 'Files, folders or globs (.txt .html .htm .md .jsonl)', required: true },
    json: { type: 'boolean', description: 'Print the reports as a JSON array', default: false },
    'max-file-size': MAX_FILE_SIZE_ARG,
    lexicon: LEXICON_ARG,
  },
  async run({ args }) {
    useLexiconArg(args.lexicon);
    const reports: Array<ReturnType<typeof summary>> = [];
    let unreadable = 0;
    for await (const result of readInputs(collectPaths(args), { maxBytes: parseFileSize(args['max-file-size']) })) {
      if (!result.ok) {
        unreadable++;
        console.error(`warning: ${result.error.message} [${result.error.code}]`);
        continue;
      }
      const doc = normalize(result.doc);
      if (args.json) reports.push(summary(doc));
      else console.log(`${formatReport(doc)}\n`);
    }
    if (args.json) console.log(JSON.stringify(reports, null, 2));
    return unreadable > 0 ? 1 : 0;
  },
});

// CSV files for `neo4j-admin database import full`: one nodes file per label, one relationships
// file per type, typed headers. Arrays use U+001F as delimiter (pass --array-delimiter=U+001F),
// because names and sentences may contain any printable character; a U+001F inside an element
// (a control character from a mangled page) becomes U+FFFD, so the element stays one.
import * as path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { GovGraph } from '../graph';
import type { AttrValue } from '../types';
import { writeFileAtomic } from './atomic';
import { nodeRows, relationshipRows } from './rows';
import type { GraphWriter, WriteSummary } from './types';

export const ARRAY_DELIMITER = '\u001f';

function typed(name: string, values: Array<AttrValue | string[]>): string {
  if (values.some((v) => Array.isArray(v))) return `${name}:string[]`;
  if (values.every((v) => typeof v === 'number')) return `${name}:long`;
  if (values.every((v) => typeof v === 'boolean')) return `${name}:boolean`;
  return name;
}

/** A list as one cell: its elements joined by the delimiter, which no element then contains. */
function arrayCell(values: Array<string | number>): string {
  return values.map((v) => String(v).replaceAll(ARRAY_DELIMITER, '\uFFFD')).join(ARRAY_DELIMITER);
}

function cell(value: AttrValue | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? arrayCell(value) : String(value);
}

export function csvWriter(outDir: string): GraphWriter {
  return {
    name: 'csv',
    async write(graph: GovGraph): Promise<WriteSummary> {
      const dir = path.resolve(outDir, 'csv');
      const targets: string[] = [];
      for (const [label, rows] of nodeRows(graph)) {
        const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
        const header = ['id:ID', ':LABEL', 'name', 'aliases:string[]', ...keys.map((k) => typed(k, rows.map((r) => r.props[k]).filter((v) => v !== undefined)))];
        const body = rows.map((r) => [r.id, `Entity;${label}`, r.name, arrayCell(r.aliases), ...keys.map((k) => cell(r.props[k]))]);
        const file = path.join(dir, `nodes-${label}.csv`);
        await writeFileAtomic(file, stringify([header, ...body]));
        targets.push(file);
      }
      for (const [type, rows] of relationshipRows(graph)) {
        const keys = [...new Set(rows.flatMap((r) => Object.keys(r.props)))].sort();
        const header = [
          ':START_ID', ':END_ID', ':TYPE', 'key', 'firstSeen', 'lastSeen',
          'evidenceKeys:string[]', 'evidenceDocIds:string[]', 'evidenceSentences:string[]', 'evidenceStarts:long[]', 'evidenceEnds:long[]', 'evidenceRules:string[]',
          ...keys.map((k) => typed(k, rows.map((r) => r.props[k]).filter((v): v is AttrValue => v !== undefined))),
        ];
        const body = rows.map((r) => [
          r.from, r.to, type, r.key, r.firstSeen ?? '', r.lastSeen ?? '',
          arrayCell(r.ev.keys), arrayCell(r.ev.docIds), arrayCell(r.ev.sentences),
          arrayCell(r.ev.starts), arrayCell(r.ev.ends), arrayCell(r.ev.rules),
          ...keys.map((k) => cell(r.props[k])),
        ]);
        const file = path.join(dir, `relationships-${type}.csv`);
        await writeFileAtomic(file, stringify([header, ...body]));
        targets.push(file);
      }
      return { writer: this.name, targets, nodes: graph.order, relationships: graph.size };
    },
  };
}

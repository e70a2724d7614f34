// The canned reports: one .cypher file each in cypher/reports/, described by its header comment:
//   // name: post-history
//   // description: Holders of a post over time
//   // param: title = "区委书记"  the post, as written
// Defaults are JSON literals. The query runs with parameters only; nothing is spliced into it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../errors';
import { CYPHER_DIR, statements } from '../neo4j/queries';

export const REPORTS_DIR = path.join(CYPHER_DIR, 'reports');

export type ParamValue = string | number | boolean | null;

export interface ReportParam {
  name: string;
  default: ParamValue;
  description: string;
}

export interface ReportDef {
  name: string;
  description: string;
  params: ReportParam[];
  query: string;
  file: string;
}

const HEADER = /^\/\/\s*(name|description|param):\s*(.*)$/;
// param: district = "莱芜区"  the district, by name or code
const PARAM = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)\s*(.*)$/;

export function parseReport(file: string, text: string): ReportDef {
  const def: Partial<ReportDef> & { params: ReportParam[] } = { params: [], file };
  for (const line of text.split('\n')) {
    const m = HEADER.exec(line.trim());
    if (!m) continue;
    const [, key, value] = m as unknown as [string, 'name' | 'description' | 'param', string];
    if (key === 'param') {
      const p = PARAM.exec(value.trim());
      if (!p) throw new UsageError('E_USAGE', `${file}: bad param line "${value}" (want: name = <JSON literal> description)`, file);
      def.params.push({ name: p[1]!, default: JSON.parse(p[2]!) as ParamValue, description: p[3]!.trim() });
    } else def[key] = value.trim();
  }
  const query = statements(text)[0];
  if (!def.name || !def.description || !query) throw new UsageError('E_USAGE', `${file}: a report needs "// name:", "// description:" and one query`, file);
  return { name: def.name, description: def.description, params: def.params, query, file };
}

let cache: Map<string, ReportDef> | undefined;

/** Every report, by name, in file-name order. */
export function reports(): Map<string, ReportDef> {
  if (!cache) {
    cache = new Map();
    for (const f of fs.readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.cypher')).sort()) {
      const file = path.join(REPORTS_DIR, f);
      const def = parseReport(path.relative(process.cwd(), file), fs.readFileSync(file, 'utf8'));
      cache.set(def.name, def);
    }
  }
  return cache;
}

export function report(name: string): ReportDef {
  const def = reports().get(name);
  if (!def) throw new UsageError('E_REPORT_UNKNOWN', `unknown report "${name}"; known: ${[...reports().keys()].join(', ')}`, name);
  return def;
}

/**
 * The parameters a run uses: defaults, overridden by `key=value` pairs. A value takes the type of
 * the default (limit=5 is a number); an unknown key is a usage error naming it.
 */
export function resolveParams(def: ReportDef, pairs: string[]): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = {};
  for (const p of def.params) params[p.name] = p.default;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError('E_USAGE', `--param "${pair}" is not key=value`, pair);
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    const known = def.params.find((p) => p.name === key);
    if (!known) throw new UsageError('E_USAGE', `report ${def.name} has no parameter "${key}"; it takes: ${def.params.map((p) => p.name).join(', ') || 'none'}`, key);
    if (typeof known.default === 'number') {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError('E_USAGE', `--param ${key}=${raw}: a number is expected`, raw);
      params[key] = n;
    } else if (typeof known.default === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new UsageError('E_USAGE', `--param ${key}=${raw}: true or false is expected`, raw);
      params[key] = raw === 'true';
    } else params[key] = raw;
  }
  return params;
}

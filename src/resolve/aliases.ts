// Rule-decided aliases inside one document. A project named in full once and by the tail of its
// name later is one project: 新能源客车项目 … 客车项目 … 新能源客车.
import { capacity } from '../lexicon/projects';

const PROJECT_TAIL = /(?:项目|工程)$/;

/** Key for comparing project names: without the trailing 项目/工程. */
export function projectKey(name: string): string {
  const key = name.replace(PROJECT_TAIL, '');
  return key.length >= 2 ? key : name;
}

// A capacity inside a name (lexicons/projects.jsonl's units): 恒达年产20万吨磷酸铁 and 恒达磷酸铁 are one project.

/** Key for matching names within one article: without 项目/工程 and without a capacity. */
function matchKey(name: string): string {
  const key = projectKey(name).replace(capacity().all, '');
  return key.length >= 2 ? key : projectKey(name);
}

/**
 * Map from every project name in a document to its canonical form: the longest name whose key
 * ends with this name's key (at least two characters), preferring the form written with 项目.
 */
export function projectAliases(names: string[]): Map<string, string> {
  const unique = [...new Set(names)];
  const byLength = [...unique].sort((a, b) => projectKey(b).length - projectKey(a).length || b.length - a.length || (a < b ? -1 : 1));
  const canonical = new Map<string, string>();
  for (const name of unique) {
    const key = matchKey(name);
    const target = byLength.find((other) => matchKey(other).endsWith(key) && key.length >= 2);
    canonical.set(name, target ?? name);
  }
  return canonical;
}

// Writing every summary to <out>/summaries/{zh,en}/<file>.md with an index.md linking them. Files
// are written atomically; summaries of entities no longer in the graph are removed. The commands
// write into a new output set (src/export/output-set.ts), so the folder is swapped in whole.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../export/atomic';
import type { GovGraph } from '../graph';
import { escapeMarkdown as md, summaryFileName } from './markdown';
import { labelOf, nameOf } from './read';
import { phrasebook, summarize } from './summary';
import { LANGS, SUMMARIZABLE_LABELS, type Lang } from './types';

export interface WriteSummariesOptions {
  lang?: Lang | 'both';
}

export interface WrittenSummaries {
  dir: string;
  index: string;
  files: string[];
  entities: number;
}

const INDEX_HEADINGS: Record<(typeof SUMMARIZABLE_LABELS)[number], string> = {
  Official: '官员 Officials',
  District: '区县与功能区 Districts, counties and zones',
  Company: '企业 Companies',
  Institution: '机构 Institutions',
  Project: '项目 Projects',
};

const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

/** Ids of every entity writeSummaries covers, by label (in SUMMARIZABLE_LABELS order), then name. */
export function summarizableIds(graph: GovGraph): string[] {
  const rank = (id: string) => (SUMMARIZABLE_LABELS as readonly string[]).indexOf(labelOf(graph, id));
  return graph
    .filterNodes((id) => rank(id) >= 0)
    .sort((a, b) => rank(a) - rank(b) || nameOf(graph, a).localeCompare(nameOf(graph, b), 'zh') || (a < b ? -1 : 1));
}

export function summaryPath(graph: GovGraph, id: string, lang: Lang): string {
  return path.join(lang, summaryFileName(id, nameOf(graph, id)));
}

export async function writeSummaries(graph: GovGraph, outDir: string, options: WriteSummariesOptions = {}): Promise<WrittenSummaries> {
  const langs = !options.lang || options.lang === 'both' ? LANGS : [options.lang];
  const dir = path.resolve(outDir, 'summaries');
  const ids = summarizableIds(graph);
  const files: string[] = [];
  for (const lang of langs) {
    const written = new Set<string>();
    for (const id of ids) {
      const file = path.join(dir, summaryPath(graph, id, lang));
      await writeFileAtomic(file, summarize(graph, id, lang).markdown);
      written.add(path.basename(file));
      files.push(file);
    }
    const existing = await fs.readdir(path.join(dir, lang)).catch(() => [] as string[]);
    for (const name of existing) if (name.endsWith('.md') && !written.has(name)) await fs.rm(path.join(dir, lang, name), { force: true });
  }
  const index = path.join(dir, 'index.md');
  await writeFileAtomic(index, indexMarkdown(graph, ids, langs));
  return { dir, index, files, entities: ids.length };
}

function indexMarkdown(graph: GovGraph, ids: string[], langs: readonly Lang[]): string {
  const en = langs.includes('en') ? phrasebook(graph, 'en') : undefined;
  const lines = ['# 摘要 Summaries', ''];
  for (const label of SUMMARIZABLE_LABELS) {
    const ofLabel = ids.filter((id) => labelOf(graph, id) === label);
    if (ofLabel.length === 0) continue;
    lines.push(`## ${INDEX_HEADINGS[label]}`, '');
    for (const id of ofLabel) {
      const links = langs.map((lang) => `[${LANG_NAMES[lang]}](${encodeURI(summaryPath(graph, id, lang).split(path.sep).join('/'))})`);
      const title = en ? en.heading(id) : md(nameOf(graph, id));
      lines.push(`- ${title} — ${links.join(' · ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

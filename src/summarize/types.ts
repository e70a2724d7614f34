// The contracts of the summarize stage: languages, the entities summaries cover, sources and summaries.
import type { EntityLabel } from '../types';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** What writeSummaries covers, in the order the index lists them. */
export const SUMMARIZABLE_LABELS = ['Official', 'District', 'Company', 'Institution', 'Project'] as const satisfies readonly EntityLabel[];

/** One numbered entry of a summary's source list: a sentence of an article, as evidence quotes it. */
export interface Source {
  n: number;
  docId: string;
  articleId: string;
  title: string;
  /** The article's date as the graph has it, or null when unknown. */
  date: string | null;
  datePrecision: string;
  site?: string;
  /** The sentence as it reads in the article's original text: original.slice(start, end). */
  sentence: string;
  start: number;
  end: number;
  rules: string[];
}

export interface Summary {
  entityId: string;
  lang: Lang;
  markdown: string;
  sources: Source[];
}

// The summarize stage's public API: cited summaries of entities in Chinese and English, and the
// shortest cited paths between two entities. Everything reads the graph only.
export { summarize } from './summary';
export { writeSummaries, summarizableIds, summaryPath, type WriteSummariesOptions, type WrittenSummaries } from './write';
export { explain, renderExplanation, DEFAULT_MAX_HOPS, type Explanation, type ExplainOptions } from './explain';
export { findEntities, resolveEntity, describeEntity, AmbiguousEntityError } from './lookup';
export { loadGraph, graphFromArticles, DEFAULT_GRAPH_FILE } from './load';
export { romanizePersonName } from './en/romanize';
export { escapeMarkdown, unescapeMarkdown, summaryFileName } from './markdown';
export { LANGS, SUMMARIZABLE_LABELS, type Lang, type Source, type Summary } from './types';

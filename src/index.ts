// govgraph's public API, as an explicit list: the pipeline and its stages, the graph and its
// exporters, the Neo4j loader, reports and summaries. Anything not exported here is internal.
export { build, type BuildOptions, type BuildResult } from './pipeline';
export { readInputs, documentId, type ReadOptions, type ReadResult } from './ingest';
export { normalize, resolveEventDate } from './normalize';
export { extract, RULES } from './extract';
export { Resolver, type Resolved } from './resolve';
export { buildGraph, type GovGraph, type NodeAttributes, type EdgeAttributes, type GraphAttributes } from './graph';
export { SCHEMA, LABELS, RELATION_TYPES } from './graph/schema';
export { fileWriters, type GraphWriter, type WriteSummary } from './export';
export { importScript } from './export/cypher-script';
export { loadGraph, neo4jWriter, forgetArticle, applySchema, type LoadOptions, type LoadSummary } from './neo4j/writer';
export { connectionFromEnv, ensureServer, openDriver, type Connection } from './neo4j/connection';
export { reports, report, resolveParams, type ReportDef } from './report/catalog';
export { runReport, type ReportResult } from './report/run';
export { formatReport, FORMATS, type Format } from './report/format';
export { summarize, writeSummaries, explain, renderExplanation } from './summarize';
export { evaluate, type EvalResult, type Score } from './eval';
export { GovgraphError, InputError, UsageError, Neo4jError, isGovgraphError, type ErrorCode } from './errors';
export type * from './types';

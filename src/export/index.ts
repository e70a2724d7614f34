// The exporters, in the order `govgraph build` runs them. All share the Exporter interface.
import { cypherScriptExporter } from './cypher-script';
import { csvExporter } from './csv';
import { graphmlExporter } from './graphml';
import { jsonExporter } from './json';
import type { Exporter } from './types';

export const FILE_EXPORTERS: Exporter[] = [jsonExporter, cypherScriptExporter, csvExporter, graphmlExporter];
export type { Exporter, ExportSummary } from './types';

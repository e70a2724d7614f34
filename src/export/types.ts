// The one interface every exporter implements: graph in, files or a database out, a summary back.
import type { GovGraph } from '../graph';

export interface ExportSummary {
  exporter: string;
  /** Files written (absolute paths), or the database target. */
  targets: string[];
  nodes: number;
  relationships: number;
}

export interface Exporter {
  readonly name: string;
  export(graph: GovGraph, outDir: string): Promise<ExportSummary>;
}

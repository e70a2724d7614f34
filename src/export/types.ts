// The one interface every graph writer implements, files and database alike: a graph in, a summary
// of what was written out. The target (a folder, a database) is given when the writer is made, so a
// Neo4j writer and a file writer are interchangeable (neo4j-graphrag's writers).
import type { GovGraph } from '../graph';

export interface WriteSummary {
  writer: string;
  /** Files written (absolute paths), or the database's URI. */
  targets: string[];
  nodes: number;
  relationships: number;
}

export interface GraphWriter {
  readonly name: string;
  write(graph: GovGraph): Promise<WriteSummary>;
}

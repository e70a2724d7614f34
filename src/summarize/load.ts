// The graph a summary is written from: graph.json as `govgraph build` wrote it, or built afresh from
// articles with the pipeline. Neo4j is never needed.
import { promises as fs } from 'node:fs';
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { InputError } from '../errors';
import type { EdgeAttributes, GovGraph, GraphAttributes, NodeAttributes } from '../graph';
import { build, type BuildOptions } from '../pipeline';

export const DEFAULT_GRAPH_FILE = 'out/graph.json';

/** Reads graph.json (graphology's serialization); refuses a file govgraph did not write. */
export async function loadGraph(file: string): Promise<GovGraph> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new InputError('E_INPUT_NOT_FOUND', file, 'no graph here; run `govgraph build <paths>` first, or pass --graph <file> or --from <paths>');
  }
  let data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError('E_INPUT_FORMAT', file, `not JSON: ${(err as Error).message}`);
  }
  if (data?.attributes?.generator !== 'govgraph' || !Array.isArray(data.nodes)) {
    throw new InputError('E_INPUT_FORMAT', file, 'not a graph.json written by govgraph');
  }
  const graph: GovGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(data.options);
  graph.import(data);
  return graph;
}

/** Builds the graph from articles, as `govgraph build` does, without writing anything. */
export async function graphFromArticles(paths: string[], options: BuildOptions = {}): Promise<GovGraph> {
  return (await build(paths, options)).graph;
}

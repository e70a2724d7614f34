// graph.json: graphology's own serialization (graph.export()), the public contract in schema/.
import * as path from 'node:path';
import type { GovGraph } from '../graph';
import { writeFileAtomic } from './atomic';
import type { GraphWriter, WriteSummary } from './types';

export function jsonWriter(outDir: string): GraphWriter {
  return {
    name: 'graph.json',
    async write(graph: GovGraph): Promise<WriteSummary> {
      const file = path.resolve(outDir, 'graph.json');
      await writeFileAtomic(file, JSON.stringify(graph.export(), null, 1) + '\n');
      return { writer: this.name, targets: [file], nodes: graph.order, relationships: graph.size };
    },
  };
}

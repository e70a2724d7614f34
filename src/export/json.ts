// graph.json: graphology's own serialization (graph.export()), the public contract in schema/.
import * as path from 'node:path';
import type { GovGraph } from '../graph';
import { writeFileAtomic } from './atomic';
import type { Exporter, ExportSummary } from './types';

export const jsonExporter: Exporter = {
  name: 'graph.json',
  async export(graph: GovGraph, outDir: string): Promise<ExportSummary> {
    const file = path.resolve(outDir, 'graph.json');
    await writeFileAtomic(file, JSON.stringify(graph.export(), null, 1) + '\n');
    return { exporter: this.name, targets: [file], nodes: graph.order, relationships: graph.size };
  },
};

// The reports as Neo4j Browser favourites: one .cypher file each that sets the report's default
// parameters (`:params`) and runs its query, for dragging into Browser's Favorites drawer.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileAtomic } from '../export/atomic';
import { cypherLiteral } from '../export/cypher-literal';
import { CYPHER_DIR } from '../neo4j/queries';
import { reports, type ReportDef } from './catalog';

export const GRASS_FILE = path.join(CYPHER_DIR, 'browser', 'govgraph.grass');

/** A favourite: the header, `:params {…}` with the defaults (escaped literals), then the query. */
export function favorite(def: ReportDef): string {
  const params = def.params.map((p) => `${p.name}: ${cypherLiteral(p.default)}`).join(', ');
  return [`// ${def.name}: ${def.description}`, `// Edit the values in :params, then run both statements.`, `:params {${params}};`, `${def.query};`, ''].join('\n');
}

/** Writes <outDir>/browser/<report>.cypher for every report and a copy of the style; returns the folder. */
export async function writeBrowserFiles(outDir: string): Promise<string> {
  const dir = path.join(outDir, 'browser');
  for (const def of reports().values()) await writeFileAtomic(path.join(dir, `${def.name}.cypher`), favorite(def));
  await writeFileAtomic(path.join(dir, 'govgraph.grass'), await readFile(GRASS_FILE));
  return dir;
}

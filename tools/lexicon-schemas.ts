// Writes lexicons/schema/<file>.schema.json from src/lexicon/schemas.ts, the typed source; a test
// keeps them equal. npm run lexicon:schemas after changing a record's fields.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LEXICON_DIR, LEXICON_NAMES } from '../src/lexicon';
import { schemaDocument } from '../src/lexicon/schemas';

const dir = path.join(LEXICON_DIR, 'schema');
fs.mkdirSync(dir, { recursive: true });
for (const name of LEXICON_NAMES) fs.writeFileSync(path.join(dir, `${name}.schema.json`), `${JSON.stringify(schemaDocument(name), null, 2)}\n`);
console.log(`wrote ${LEXICON_NAMES.length} schemas to ${path.relative(process.cwd(), dir)}/`);

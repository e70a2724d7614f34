// The JSON Schema of each lexicon file. Typed against the record interfaces (types.ts), so schema and
// code cannot drift; lexicons/schema/*.schema.json are these, written out for editors and users
// (a test keeps them equal).
import type { JSONSchemaType } from 'ajv';
import type { LexiconFiles, LexiconName } from './types';
import { INVOLVEMENT_ROLE_NAMES } from '../types';

const text = { type: 'string', minLength: 1 } as const;
const optionalText = { type: 'string', minLength: 1, nullable: true } as const;
const word = { type: 'string', minLength: 1, maxLength: 40, pattern: '^\\S+$' } as const;

/** Fields every record may carry. */
const base = {
  id: { type: 'string', pattern: '^[a-z][a-z0-9-]*\\.\\S+$' },
  example: optionalText,
  counterExample: optionalText,
  note: optionalText,
  disabled: { type: 'boolean', nullable: true },
} as const;

function enumOf<T extends string>(values: readonly T[]) {
  return { type: 'string', enum: values } as const;
}


/** A record with these required fields and properties (the base fields added), and no others. */
function record<const R extends readonly string[], const P extends object>(required: R, properties: P) {
  const all = { ...base, ...properties } as Omit<typeof base, keyof P> & P;
  return { type: 'object', additionalProperties: false, required: ['id', ...required] as const, properties: all } as const;
}

export const SCHEMAS: { [K in LexiconName]: JSONSchemaType<LexiconFiles[K]> } = {
  titles: record(['zh', 'level', 'organ', 'en'], {
    zh: word,
    level: enumOf(['province', 'city', 'county', 'town', 'zone', 'any']),
    organ: enumOf(['party', 'government', 'congress', 'cppcc', 'discipline', 'zone', 'department']),
    sharedSuffix: { type: 'string', minLength: 1, maxLength: 1, nullable: true },
    single: { type: 'boolean', nullable: true },
    canonical: { ...word, nullable: true },
    needsPlace: { type: 'boolean', nullable: true },
    en: text,
  }),
  roles: record(['zh', 'kind', 'en'], { zh: word, kind: enumOf(['staff', 'byline']), en: text }),
  fields: record(['zh', 'kind'], {
    zh: word,
    kind: enumOf(['byline', 'source', 'reprint', 'publication-date', 'date', 'page-info']),
    role: { ...word, nullable: true },
  }),
  surnames: record(['zh'], { zh: { type: 'string', pattern: '^[\\u4e00-\\u9fff]{1,2}$' } }),
  organs: record(['zh', 'kind'], {
    zh: word,
    kind: enumOf(['zone-organ', 'after-county', 'after-town', 'department', 'department-head', 'department-name', 'government']),
    en: optionalText,
  }),
  zones: record(['zh', 'kind'], {
    zh: word,
    kind: enumOf(['suffix']),
    cityType: { type: 'boolean', nullable: true },
    canonical: { ...word, nullable: true },
    bare: { type: 'boolean', nullable: true },
    strong: { type: 'boolean', nullable: true },
  }),
  companies: record(['zh', 'kind'], {
    zh: word,
    kind: enumOf(['legal-suffix', 'industry-suffix', 'leading-country', 'builder-group', 'generic-stem', 'descriptive-end', 'descriptive-stem', 'not-industry-stem', 'core-word', 'short-name-end']),
  }),
  institutions: record(['zh', 'kind'], { zh: word, kind: enumOf(['suffix', 'local-service']) }),
  projects: record(['zh', 'kind'], {
    zh: word,
    kind: enumOf([
      'suffix', 'generic', 'service-centre', 'infrastructure', 'infrastructure-work', 'verb-before', 'construction', 'built-by', 'list-noun', 'push', 'renovation',
      'capacity-unit', 'not-after-suffix', 'not-a-name-end', 'not-in-list-tail',
    ]),
  }),
  stopwords: record(['zh', 'kind'], {
    zh: word,
    kind: enumOf(['left', 'after-name', 'clause-ender', 'not-a-name', 'not-in-name', 'anaphora', 'whole-unit', 'common-word-unit', 'before-place']),
    applies: { type: 'array', items: enumOf(['organization', 'project', 'zone']), minItems: 1, uniqueItems: true, nullable: true },
    notBefore: { type: 'array', items: word, minItems: 1, uniqueItems: true, nullable: true },
  }),
  triggers: record(['zh', 'relation', 'uses'], {
    zh: word,
    relation: enumOf(['INVOLVED_IN', 'PARTNERS_WITH', 'SIGNED_WITH']),
    roles: { type: 'array', items: enumOf(INVOLVEMENT_ROLE_NAMES), minItems: 1, uniqueItems: true, nullable: true },
    uses: {
      type: 'array',
      items: enumOf(['between', 'tenant', 'by', 'builder-after', 'of', 'co-build', 'before-project', 'partner', 'sign', 'role-noun']),
      minItems: 1,
      uniqueItems: true,
    },
  }),
  events: record(['zh', 'kind'], {
    zh: word,
    kind: enumOf(['event', 'ceremony', 'batch', 'batch-joiner', 'attend', 'officiate', 'visit', 'lead', 'event-paragraph', 'inspect']),
    en: optionalText,
    alone: { type: 'boolean', nullable: true },
  }),
  'historical-units': record(['code', 'name', 'level', 'parentCode', 'abolished', 'note'], {
    code: { type: 'string', pattern: '^(?:\\d{4}|\\d{6})$' },
    name: word,
    level: enumOf(['city', 'county']),
    parentCode: { type: 'string', pattern: '^(?:\\d{2}|\\d{4})$' },
    established: { type: 'integer', minimum: 1949, maximum: 2100, nullable: true },
    abolished: { type: 'integer', minimum: 1949, maximum: 2100 },
    successorCode: { type: 'string', pattern: '^(?:\\d{4}|\\d{6})$', nullable: true },
    note: text,
  }),
  aliases: record(['name', 'entity'], { name: word, entity: { type: 'string', pattern: '^[A-Z][A-Za-z]+:\\S+$' } }),
};

/** The schema of one file as a standalone JSON Schema document (lexicons/schema/<name>.schema.json): each line of the file is one such record. */
export function schemaDocument(name: LexiconName): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `One line of lexicons/${name}.jsonl`,
    ...SCHEMAS[name],
  };
}

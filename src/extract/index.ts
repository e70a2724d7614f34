// The extract stage: Document → Extraction. The extractors run in a fixed order because each
// reads what the earlier ones found (titles attach to places; projects may not overlap companies).
import type { Document, Extraction } from '../types';
import { ExtractContext, type Rule } from './context';
import { findOfficials, OFFICIAL_RULES } from './officials';
import { findOrganizations, ORGANIZATION_RULES } from './organizations';
import { findPlaces, PLACE_RULES } from './places';
import { findProjects, PROJECT_RULES } from './projects';
import { EVENT_RULES, findRelations, PHRASE_RULES, RELATION_RULES } from './relations';
import { ScopeIndex } from './scope';

// Order here matters.
const EXTRACTORS = ['places', 'organizations', 'projects', 'officials', 'relations'] as const;
export type ExtractorName = (typeof EXTRACTORS)[number];

/** Every rule, by extractor: `govgraph rules` lists them and tests run each example. */
export const RULES: Record<ExtractorName, Rule[]> = {
  places: Object.values(PLACE_RULES),
  organizations: Object.values(ORGANIZATION_RULES),
  projects: Object.values(PROJECT_RULES),
  officials: Object.values(OFFICIAL_RULES),
  relations: [...Object.values(RELATION_RULES), ...Object.values(PHRASE_RULES), ...Object.values(EVENT_RULES)],
};

export function extract(doc: Document): Extraction {
  const ctx = new ExtractContext(doc);
  findPlaces(ctx);
  findOrganizations(ctx);
  findProjects(ctx);
  dropPlacesInsideNames(ctx);
  const scope = new ScopeIndex(ctx);
  findOfficials(ctx, scope);
  findRelations(ctx, scope);
  return { doc, mentions: ctx.mentions, relations: ctx.relations };
}

/** 山东 inside 齐鲁理工大学 is part of a name, not a mention of the province. */
function dropPlacesInsideNames(ctx: ExtractContext): void {
  const names = ctx.byLabel('Company', 'Institution', 'Project');
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (!['Town', 'District', 'City', 'Province'].includes(m.label)) continue;
    if (names.some((n) => n.span.start <= m.span.start && m.span.end <= n.span.end)) ctx.mentions.splice(i, 1);
  }
}

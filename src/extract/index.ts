// The extract stage: Document → Extraction. The steps run in the order declared here, and only this
// order: each component reads the mentions earlier steps kept (titles attach to places; projects
// know the organisations), and the overlap filter settles what the name finders disagree on before
// officials and relations are read.
import type { Document, Extraction } from '../types';
import { type Component, ExtractContext, type Rule, type Step } from './context';
import { officials } from './officials';
import { organizations } from './organizations';
import { owners } from './owners';
import { settleOverlaps } from './overlaps';
import { places } from './places';
import { projects } from './projects';
import { relations } from './relations';

// Order here matters.
export const STEPS: readonly Step[] = [places, organizations, projects, owners, settleOverlaps, officials, relations];

export const COMPONENTS: readonly Component[] = STEPS.filter((s): s is Component => s.kind === 'component');

/** Every rule, by component: `govgraph rules` lists them and tests run each example. */
export const RULES: Record<string, readonly Rule[]> = Object.fromEntries(COMPONENTS.map((c) => [c.name, c.rules]));

export function extract(doc: Document): Extraction {
  const ctx = new ExtractContext(doc);
  for (const step of STEPS) {
    if (step.kind === 'filter') {
      ctx.replaceMentions(step.run(ctx.mentions, ctx));
      continue;
    }
    const found = step.run(ctx);
    ctx.addMentions(found.mentions);
    ctx.addRelations(found.relations);
  }
  return { doc, mentions: [...ctx.mentions], relations: [...ctx.relations] };
}

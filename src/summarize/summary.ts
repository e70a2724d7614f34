// One entity's summary: what it is, its relationships grouped by type and ordered by date, each
// statement cited, and the numbered sources. Everything said comes from the graph.
import type { GovGraph } from '../graph';
import type { EntityLabel, Evidence, RelationType } from '../types';
import { Citations } from './citations';
import { compareDated } from './dates';
import { EnglishPhrasebook } from './en/phrasebook';
import type { ListSectionId, Phrasebook, ProjectAttribute, SectionId } from './phrasebook';
import { dateOf, labelOf, mentionEvidence, nameOf, relationshipsOf, type Relationship } from './read';
import type { Lang, Summary } from './types';
import { ChinesePhrasebook } from './zh';

export function phrasebook(graph: GovGraph, lang: Lang): Phrasebook {
  return lang === 'zh' ? new ChinesePhrasebook(graph) : new EnglishPhrasebook(graph);
}

interface SectionSpec {
  id: SectionId;
  type: RelationType;
  /** Whether the entity is the relationship's source ('out'), its target ('in') or either. */
  direction: 'out' | 'in' | 'both';
  /** Only relationships whose other end has this label. */
  other?: EntityLabel;
}

// The sections of each kind of summary, in order. A relationship no section takes goes to 'other',
// so a new relationship type is never dropped silently. List sections become one sentence.
const SECTIONS: Partial<Record<EntityLabel, SectionSpec[]>> = {
  Official: [
    { id: 'positions', type: 'HOLDS_POSITION', direction: 'out' },
    { id: 'events', type: 'ATTENDED', direction: 'out' },
  ],
  District: [
    { id: 'partOf', type: 'PART_OF', direction: 'out' },
    { id: 'officials', type: 'HOLDS_POSITION', direction: 'in' },
    { id: 'projects', type: 'LOCATED_IN', direction: 'in', other: 'Project' },
    { id: 'companies', type: 'LOCATED_IN', direction: 'in', other: 'Company' },
    { id: 'agreements', type: 'SIGNED_WITH', direction: 'out' },
  ],
  City: [
    { id: 'partOf', type: 'PART_OF', direction: 'out' },
    { id: 'officials', type: 'HOLDS_POSITION', direction: 'in' },
    { id: 'subdivisions', type: 'PART_OF', direction: 'in' },
    { id: 'projects', type: 'LOCATED_IN', direction: 'in', other: 'Project' },
    { id: 'companies', type: 'LOCATED_IN', direction: 'in', other: 'Company' },
  ],
  Province: [
    { id: 'officials', type: 'HOLDS_POSITION', direction: 'in' },
    { id: 'subdivisions', type: 'PART_OF', direction: 'in' },
  ],
  Company: [
    { id: 'location', type: 'LOCATED_IN', direction: 'out' },
    { id: 'involvement', type: 'INVOLVED_IN', direction: 'out' },
    { id: 'partners', type: 'PARTNERS_WITH', direction: 'both' },
    { id: 'agreements', type: 'SIGNED_WITH', direction: 'in' },
  ],
  Institution: [
    { id: 'partners', type: 'PARTNERS_WITH', direction: 'both' },
    { id: 'agreements', type: 'SIGNED_WITH', direction: 'in' },
  ],
  Project: [
    { id: 'location', type: 'LOCATED_IN', direction: 'out' },
    { id: 'companiesInvolved', type: 'INVOLVED_IN', direction: 'in' },
    { id: 'attendedBy', type: 'ATTENDED', direction: 'in' },
  ],
};

const LIST_SECTIONS: ReadonlySet<SectionId> = new Set<ListSectionId>(['projects', 'companies', 'subdivisions']);

const PROJECT_ATTRIBUTES: ProjectAttribute[] = ['phases', 'investment', 'capacity'];

function otherEnd(rel: Relationship, id: string): string {
  return rel.source === id ? rel.target : rel.source;
}

function takes(spec: SectionSpec, rel: Relationship, id: string, graph: GovGraph): boolean {
  if (rel.type !== spec.type) return false;
  if (spec.direction === 'out' && rel.source !== id) return false;
  if (spec.direction === 'in' && rel.target !== id) return false;
  return !spec.other || labelOf(graph, otherEnd(rel, id)) === spec.other;
}

/** By date (undated last), then by the other entity's name, then by title or role. */
function byDate(graph: GovGraph, id: string) {
  // dateOf sorts the relationship's evidence: once per relationship, not once per comparison.
  const dates = new Map<Relationship, ReturnType<typeof dateOf>>();
  const date = (rel: Relationship) => {
    if (!dates.has(rel)) dates.set(rel, dateOf(graph, rel));
    return dates.get(rel)!;
  };
  return (a: Relationship, b: Relationship): number =>
    compareDated(date(a), date(b)) ||
    nameOf(graph, otherEnd(a, id)).localeCompare(nameOf(graph, otherEnd(b, id)), 'zh') ||
    String(a.attrs.title ?? a.attrs.role ?? '').localeCompare(String(b.attrs.title ?? b.attrs.role ?? ''), 'zh') ||
    (a.key < b.key ? -1 : 1);
}

// A node attribute has no evidence of its own; it is cited by the entity's sentences that state it
// (its number, or the phase word), and left out when none does: 一期,二期 → 一期, 4.2亿元 → 4.2.
function attributeEvidence(value: string, evidence: Evidence[]): Evidence[] {
  const keys = value.split(',').map((part) => /\d+(?:\.\d+)?/.exec(part)?.[0] ?? part);
  return evidence.filter((e) => keys.some((key) => e.sentence.includes(key)));
}

export function summarize(graph: GovGraph, id: string, lang: Lang): Summary {
  const say = phrasebook(graph, lang);
  const citations = new Citations(graph);
  const lines: string[] = [`# ${say.heading(id)}`, ''];

  const mentions = mentionEvidence(graph, id);
  const articles = new Set(mentions.map((e) => e.docId)).size;
  const intro = [say.intro(id, articles, citations.cite(mentions))];
  if (labelOf(graph, id) === 'Project') {
    const evidence = [...mentions, ...relationshipsOf(graph, id).flatMap((rel) => rel.attrs.evidence)];
    for (const attribute of PROJECT_ATTRIBUTES) {
      const value = graph.getNodeAttribute(id, attribute);
      if (typeof value !== 'string' || !value) continue;
      const support = attributeEvidence(value, evidence);
      if (support.length > 0) intro.push(say.attribute(id, attribute, value, citations.cite(support)));
    }
  }
  lines.push(intro.join(lang === 'zh' ? '' : ' '), '');

  const specs = SECTIONS[labelOf(graph, id)] ?? [];
  const groups = new Map<SectionId, Relationship[]>();
  for (const rel of relationshipsOf(graph, id)) {
    const section = specs.find((spec) => takes(spec, rel, id, graph))?.id ?? 'other';
    let group = groups.get(section);
    if (!group) groups.set(section, (group = []));
    group.push(rel);
  }
  const order: SectionId[] = [...specs.map((spec) => spec.id), 'other'];
  for (const section of order) {
    const rels = groups.get(section)?.sort(byDate(graph, id));
    if (!rels || rels.length === 0) continue;
    lines.push(`## ${say.sectionTitle(section)}`, '');
    if (LIST_SECTIONS.has(section)) {
      const items = rels.map((rel) => ({ id: otherEnd(rel, id), cites: citations.cite(rel.attrs.evidence) }));
      lines.push(say.list(section as ListSectionId, id, items));
    } else {
      for (const rel of rels) lines.push(`- ${say.statement(rel, citations.cite(rel.attrs.evidence))}`);
    }
    lines.push('');
  }

  lines.push(`## ${say.sourcesTitle()}`, '');
  for (const source of citations.sources) lines.push(say.source(source));
  return { entityId: id, lang, markdown: lines.join('\n') + '\n', sources: citations.sources };
}

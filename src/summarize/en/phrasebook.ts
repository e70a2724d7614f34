// English phrasing for summaries and explanations. People and places are romanized, with the
// characters on first mention ("Zhang Lan (张岚)", "Laiwu District, Jinan (莱芜区)"); companies,
// projects and institutions keep their characters behind a short gloss ("the company 东湖新能源"),
// since a romanized brand or project name would be neither official nor readable. Titles come from
// the glossary; no pronouns, so no gender is ever implied.
import type { GovGraph } from '../../graph';
import type { EntityLabel, InvolvementRole } from '../../types';
import { dated, formatDate, type Dated } from '../dates';
import { CHINESE_NUMERALS } from '../glossary/attributes';
import { EVENTS_EN, INVOLVEMENT_ROLES } from '../glossary/relations';
import { roleEnglish, titleTemplate } from '../glossary/titles';
import { escapeMarkdown as md } from '../markdown';
import type { ListItem, ListSectionId, Phrasebook, ProjectAttribute, SectionId } from '../phrasebook';
import { isPlaceLabel } from '../../types';
import { PlaceNames, placeTitle, type PlaceName } from '../places';
import { labelOf, nameOf, positionTiming, type Relationship } from '../read';
import type { Source } from '../types';
import { capitalize, count, countIs, list } from './grammar';
import { pinyinOf, romanizePersonName } from './romanize';

const GLOSSES: Partial<Record<EntityLabel, string>> = {
  Company: 'company',
  Institution: 'institution',
  Project: 'project',
};

const KINDS: Partial<Record<EntityLabel, string>> = {
  Official: 'an official',
  Person: 'a person',
  Company: 'a company',
  Institution: 'an institution',
  Project: 'a project',
};

const SECTIONS: Record<SectionId, string> = {
  positions: 'Positions',
  events: 'Events attended',
  partOf: 'Administrative area',
  officials: 'Officials',
  projects: 'Projects',
  companies: 'Companies',
  subdivisions: 'Subdivisions',
  agreements: 'Agreements',
  location: 'Location',
  involvement: 'Projects involved in',
  partners: 'Partners',
  companiesInvolved: 'Companies involved',
  attendedBy: 'Officials at events',
  other: 'Other relationships',
};

const LIST_NOUNS: Record<ListSectionId, { noun: string; verb: string }> = {
  projects: { noun: 'project', verb: 'located in' },
  companies: { noun: 'company', verb: 'located in' },
  subdivisions: { noun: 'subdivision', verb: 'part of' },
};

function fill(template: string, place: PlaceName): string {
  return template.replace(/\{place\}/g, place.en).replace(/\{bare\}/g, place.bare);
}

export class EnglishPhrasebook implements Phrasebook {
  readonly lang = 'en' as const;
  private readonly places: PlaceNames;
  /** Entities already named once: later mentions drop the characters. */
  private readonly mentioned = new Set<string>();

  constructor(private readonly graph: GovGraph) {
    this.places = new PlaceNames(graph);
  }

  /**
   * How running text names an entity; the first mention adds its characters. 'bare' drops the gloss
   * and a district's city, for where the sentence already says them (lists, PART_OF).
   */
  private ref(id: string, style: 'full' | 'bare' = 'full'): string {
    const label = labelOf(this.graph, id);
    const name = nameOf(this.graph, id);
    const first = !this.mentioned.has(id);
    this.mentioned.add(id);
    if (label === 'Official' || label === 'Person') return first ? `${md(romanizePersonName(name))} (${md(name)})` : md(romanizePersonName(name));
    if (isPlaceLabel(label)) {
      const where = md(this.placeEn(id, style === 'full'));
      return first ? `${where} (${md(name)})` : where;
    }
    const gl = GLOSSES[label];
    return style === 'full' && gl ? `the ${gl} ${md(name)}` : md(name);
  }

  /** "Laiwu District, Jinan": a district with its city, unless told not to or the name says it. */
  private placeEn(id: string, withCity: boolean): string {
    const place = this.places.of(id);
    return withCity && place.parentEn && labelOf(this.graph, id) === 'District' ? `${place.en}, ${place.parentEn}` : place.en;
  }

  private kind(id: string): string {
    const label = labelOf(this.graph, id);
    if (isPlaceLabel(label)) {
      const place = this.places.of(id);
      return place.abolished ? `${place.kind.en.replace(/^an? /, 'a former ')} (abolished in ${place.abolished})` : place.kind.en;
    }
    const role = this.graph.getNodeAttribute(id, 'role');
    if (label === 'Person' && typeof role === 'string' && role) return `a ${md(roleEnglish(role) ?? `${role} (${pinyinOf(role)})`)}`;
    return KINDS[label] ?? label;
  }

  private date(date: Dated): string {
    return formatDate(date, 'en');
  }

  /** "on 13 September 2020", "in September 2020", "in 2020". */
  private onDate(date: Dated): string {
    return `${date.precision === 'day' ? 'on' : 'in'} ${this.date(date)}`;
  }

  heading(id: string): string {
    const label = labelOf(this.graph, id);
    const name = nameOf(this.graph, id);
    if (label === 'Official' || label === 'Person') return `${md(romanizePersonName(name))} (${md(name)})`;
    if (isPlaceLabel(label)) return `${md(this.placeEn(id, true))} (${md(name)})`;
    const gl = GLOSSES[label];
    return gl ? `${md(name)} (${gl})` : md(name);
  }

  intro(id: string, articles: number, cites: string): string {
    const subject = isPlaceLabel(labelOf(this.graph, id)) ? this.ref(id) : this.ref(id, 'bare');
    if (articles === 0) return `${capitalize(subject)} is ${this.kind(id)}.`;
    return `${capitalize(subject)}, ${this.kind(id)}, is named in ${count(articles, 'article')} ${cites}.`;
  }

  attribute(id: string, attribute: ProjectAttribute, value: string, cites: string): string {
    const project = this.ref(id);
    if (attribute === 'phases') {
      const phases = value.split(',').map((phase) => {
        const n = CHINESE_NUMERALS[phase.replace(/期$/, '')];
        return n ? `phase ${n} (${md(phase)})` : md(phase);
      });
      return `The text names ${list(phases)} of ${project} ${cites}.`;
    }
    return `The ${attribute} stated for ${project} is ${md(value)} ${cites}.`;
  }

  statement(rel: Relationship, cites: string): string {
    if (rel.type === 'HOLDS_POSITION') return capitalize(this.position(rel, cites));
    const a = this.ref(rel.source, rel.type === 'PART_OF' ? 'bare' : 'full');
    const b = this.ref(rel.target);
    switch (rel.type) {
      case 'ATTENDED': {
        const date = dated(rel.attrs.date);
        const event = typeof rel.attrs.event === 'string' && rel.attrs.event ? this.event(rel.attrs.event) : 'an event';
        return capitalize(`${date ? `${this.onDate(date)}, ` : ''}${a} attended ${event} of ${b} ${cites}.`);
      }
      case 'PART_OF':
        return capitalize(`${a} is part of ${b} ${cites}.`);
      case 'LOCATED_IN':
        return capitalize(`${a} is located in ${b} ${cites}.`);
      case 'INVOLVED_IN': {
        const role = INVOLVEMENT_ROLES[rel.attrs.role as InvolvementRole];
        return capitalize(role ? `${a} is ${role.en} of ${b} ${cites}.` : `${a} is involved in ${b} ${cites}.`);
      }
      case 'PARTNERS_WITH':
        return capitalize(`${a} works with ${b} ${cites}.`);
      case 'SIGNED_WITH':
        return capitalize(`${a} signed an agreement with ${b} ${cites}.`);
      case 'MENTIONED_IN':
        return capitalize(`${a} is named in ${b} ${cites}.`);
    }
  }

  private event(event: string): string {
    const known = EVENTS_EN[event];
    return known ? `the ${known}` : `the event ${md(event)} (${pinyinOf(event)})`;
  }

  /** "Deputy Party Secretary of the Laiwu District Committee, Jinan (莱芜区委副书记)". */
  private post(rel: Relationship): string {
    const title = typeof rel.attrs.title === 'string' ? rel.attrs.title : '';
    const place = this.places.of(rel.target);
    const template = titleTemplate(title);
    if (!template) return title ? `${md(title)} (${pinyinOf(title)}) in ${this.ref(rel.target)}` : `an official in ${this.ref(rel.target)}`;
    this.mentioned.add(rel.target);
    const where = place.parentEn && labelOf(this.graph, rel.target) === 'District' ? `, ${place.parentEn}` : '';
    return `${md(fill(template, place))}${md(where)} (${md(placeTitle(place.name, title))})`;
  }

  private position(rel: Relationship, cites: string): string {
    const official = this.ref(rel.source);
    const post = this.post(rel);
    const timing = positionTiming(rel.attrs);
    switch (timing.kind) {
      case 'span':
        return `from ${this.date(timing.start)} to ${this.date(timing.end)}, ${official} served as ${post} ${cites}.`;
      case 'from':
        return `${official} became ${post} ${this.onDate(timing.start)} ${cites}.`;
      case 'until':
        return `${official} served as ${post} until ${this.date(timing.end)} ${cites}.`;
      case 'asOf':
        return `as of ${this.date(timing.date)}, ${official} was ${post} ${cites}.`;
      case 'between':
        return `articles dated ${this.date(timing.first)} to ${this.date(timing.last)} name ${official} as ${post} ${cites}.`;
      case 'undated':
        return `an undated article names ${official} as ${post} ${cites}.`;
    }
  }

  list(section: ListSectionId, subject: string, items: ListItem[]): string {
    const { noun, verb } = LIST_NOUNS[section];
    const names = items.map((item) => `${this.ref(item.id, 'bare')} ${item.cites}`);
    return `${countIs(items.length, noun)} ${verb} ${this.ref(subject)}: ${list(names)}.`;
  }

  sectionTitle(section: SectionId): string {
    return SECTIONS[section];
  }

  sourcesTitle(): string {
    return 'Sources';
  }

  source(s: Source): string {
    const date = dated(s.date, s.datePrecision);
    const site = s.site ? `, ${md(s.site)}` : '';
    const rules = `${s.rules.length === 1 ? 'rule' : 'rules'} ${md(s.rules.join(', '))}`;
    return `${s.n}. “${md(s.title)}”, ${date ? this.date(date) : 'date unknown'}${site} (${s.articleId}, offsets ${s.start}–${s.end}, ${rules}): “${md(s.sentence)}”`;
  }

  explainHeading(a: string, b: string): string {
    return `How ${this.ref(a)} and ${this.ref(b)} are connected`;
  }

  explainFound(total: number, shown: number, hops: number): string {
    const more = shown < total ? ` The first ${shown} are shown.` : '';
    return `${capitalize(count(total, 'shortest path'))} of ${count(hops, 'hop')} (articles do not count as links).${more}`;
  }

  explainNone(a: string, b: string, maxHops: number): string {
    return `No connection between ${this.ref(a)} and ${this.ref(b)} within ${count(maxHops, 'hop')} (articles do not count as links).`;
  }

  pathTitle(n: number): string {
    return `Path ${n}`;
  }
}

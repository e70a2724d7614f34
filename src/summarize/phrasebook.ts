// What a language must say for summaries and explanations. zh.ts and en/phrasebook.ts implement it;
// each returns Markdown, with every string taken from the graph escaped.
import type { Relationship } from './read';
import type { Lang, Source } from './types';

/** Sections of a summary, by what the relationships in them are. */
export type SectionId =
  | 'positions'
  | 'events'
  | 'partOf'
  | 'officials'
  | 'projects'
  | 'companies'
  | 'subdivisions'
  | 'agreements'
  | 'location'
  | 'involvement'
  | 'partners'
  | 'companiesInvolved'
  | 'attendedBy'
  | 'other';

/** Sections written as one sentence listing many entities: "13 projects are located in …: A [1], B [2] …". */
export type ListSectionId = Extract<SectionId, 'projects' | 'companies' | 'subdivisions'>;

export type ProjectAttribute = 'phases' | 'investment' | 'capacity';

export interface ListItem {
  id: string;
  cites: string;
}

export interface Phrasebook {
  readonly lang: Lang;
  /** The title line of a summary or explanation about the entity (not counted as a mention). */
  heading(id: string): string;
  /** What the entity is and how many articles name it. */
  intro(id: string, articles: number, cites: string): string;
  attribute(id: string, attribute: ProjectAttribute, value: string, cites: string): string;
  /** One relationship as one sentence, ending with its citations. */
  statement(rel: Relationship, cites: string): string;
  list(section: ListSectionId, subject: string, items: ListItem[]): string;
  sectionTitle(section: SectionId): string;
  sourcesTitle(): string;
  source(source: Source): string;
  explainHeading(a: string, b: string): string;
  explainFound(total: number, shown: number, hops: number): string;
  explainNone(a: string, b: string, maxHops: number): string;
  pathTitle(n: number): string;
}

// The records of each vocabulary file in lexicons/: one interface per file, checked at compile time
// against its JSON Schema (schemas.ts). Every record has an id, unique in its file, that a user
// overlay uses to replace or disable it.
import type { InvolvementRole } from '../types';

export interface EntryBase {
  /** `<file>.<kind>.<word>` by convention: title.区委书记, project.suffix.产业园. */
  id: string;
  /** A sentence the entry takes part in (patterns should have one). */
  example?: string;
  /** A sentence where it must not fire. */
  counterExample?: string;
  note?: string;
  /** In a user overlay: remove the built-in entry with this id. */
  disabled?: boolean;
}

export type TitleLevel = 'province' | 'city' | 'county' | 'town' | 'zone' | 'any';
export type TitleOrgan = 'party' | 'government' | 'congress' | 'cppcc' | 'discipline' | 'zone' | 'department';

/** A post of party or state office, written without its place: 区委副书记, 管委会主任. */
export interface TitleRecord extends EntryBase {
  zh: string;
  /** The level of unit the post belongs to; 'any': a department post written without its level (组织部部长). */
  level: TitleLevel;
  organ: TitleOrgan;
  /** The character a place name before the title may share with it: 莱芜区 + 区委副书记 → 莱芜区委副书记. */
  sharedSuffix?: string;
  /** One holder at a time (not deputies or committee members): two holders at one date are a conflict. */
  single?: boolean;
  /** The usual short form the post is recorded as: 县人民代表大会常务委员会主任 → 县人大常委会主任. */
  canonical?: string;
  /** A title that names no unit of its own (党委常委, 二级巡视员): a post only with a place written before it. */
  needsPlace?: boolean;
  /** English, with {place} (Laiwu District) and {bare} (Laiwu) for the place. */
  en: string;
}

/** A role of a person without public office: company staff, bylines. */
export interface RoleRecord extends EntryBase {
  zh: string;
  kind: 'staff' | 'byline';
  en: string;
}

export type FieldKind = 'byline' | 'source' | 'reprint' | 'publication-date' | 'date' | 'page-info';

/** A label of the fields in a source or byline line: 来源：, 记者, 发布时间. */
export interface FieldRecord extends EntryBase {
  zh: string;
  kind: FieldKind;
  /** For byline labels: the role the names hold (a RoleRecord's zh). */
  role?: string;
}

export interface SurnameRecord extends EntryBase {
  /** One character, or two for a compound surname (欧阳). */
  zh: string;
}

export type OrganKind = 'zone-organ' | 'after-county' | 'after-town' | 'department' | 'department-head' | 'department-name' | 'government';

/** Organs of government and the words that follow a unit's name. */
export interface OrganRecord extends EntryBase {
  zh: string;
  kind: OrganKind;
  en?: string;
}

/** A functional zone's type word: 高新区, 经济技术开发区, 先行区. */
export interface ZoneRecord extends EntryBase {
  zh: string;
  kind: 'suffix';
  /** A standard type that follows a city's or county's short name: 济南高新区. */
  cityType?: boolean;
  /** Written as a variant of another type; identity uses that one (经济技术开发区 → 经开区). */
  canonical?: string;
  /** Written alone (先行区), it stands for the one zone of that type in context; every cityType does too. */
  bare?: boolean;
  /** Only zones' names end with it (开发区, 产业聚集区): a name before it is a zone even with no organ. */
  strong?: boolean;
}

export type CompanyKind =
  | 'legal-suffix'
  | 'industry-suffix'
  | 'leading-country'
  | 'builder-group'
  | 'generic-stem'
  | 'descriptive-end'
  | 'descriptive-stem'
  | 'not-industry-stem'
  | 'core-word'
  | 'short-name-end';

export interface CompanyRecord extends EntryBase {
  zh: string;
  kind: CompanyKind;
}

export interface InstitutionRecord extends EntryBase {
  zh: string;
  /** 'local-service': institutions every district has one of, named by its level word alone (区妇幼保健院). */
  kind: 'suffix' | 'local-service';
}

export type ProjectKind =
  | 'suffix'
  | 'generic'
  | 'service-centre'
  | 'infrastructure'
  | 'infrastructure-work'
  | 'verb-before'
  | 'construction'
  | 'built-by'
  | 'list-noun'
  | 'push'
  | 'renovation'
  | 'capacity-unit'
  | 'not-after-suffix'
  | 'not-a-name-end' | 'not-in-list-tail';

export interface ProjectRecord extends EntryBase {
  zh: string;
  kind: ProjectKind;
}

export type StopApplies = 'organization' | 'project' | 'zone';

/** Words that end a name: left stops before a suffix's name, words after a person's name, characters never in a given name. */
export interface StopwordRecord extends EntryBase {
  zh: string;
  kind: 'left' | 'after-name' | 'clause-ender' | 'not-a-name' | 'not-in-name' | 'anaphora' | 'whole-unit' | 'common-word-unit' | 'before-place';
  /** For left stops: the names they end. */
  applies?: StopApplies[];
  /** A left stop word does not end a name on the left before these (高标准 before 农田: 高标准农田 is a term). */
  notBefore?: string[];
}

/** Where a trigger is read (see extract/relations): between a company and a project, after 由 … */
export type TriggerUse = 'between' | 'tenant' | 'by' | 'builder-after' | 'of' | 'co-build' | 'before-project' | 'partner' | 'sign' | 'role-noun';

/** A verb that states a relation, with the roles it gives: one table for every relation phrase. */
export interface TriggerRecord extends EntryBase {
  zh: string;
  relation: 'INVOLVED_IN' | 'PARTNERS_WITH' | 'SIGNED_WITH';
  roles?: InvolvementRole[];
  uses: TriggerUse[];
}

export type EventKind = 'event' | 'ceremony' | 'batch' | 'batch-joiner' | 'attend' | 'officiate' | 'visit' | 'lead' | 'event-paragraph' | 'inspect';

/** Ceremonies, what officials do at them, and visits. */
export interface EventRecord extends EntryBase {
  zh: string;
  kind: EventKind;
  en?: string;
  /** A ceremony noun that names an event by itself (仪式), not only after an event word (开工活动). */
  alone?: boolean;
}

/** An administrative unit that no longer exists, with its last code and what replaced it. */
export interface HistoricalUnitRecord extends EntryBase {
  code: string;
  name: string;
  level: 'city' | 'county';
  parentCode: string;
  /** First year the unit (or this name of it) was listed, when after the first table read. */
  established?: number;
  /** First year the unit, or this name of it, no longer existed. */
  abolished: number;
  /** Code of the unit that took over its territory or its name (its own code for a former name). */
  successorCode?: string;
  note: string;
}

/** A user's alias: this name, in an article, is that entity (by its graph id). */
export interface AliasRecord extends EntryBase {
  name: string;
  /** The entity's id as it appears in graph.json: Company:山东某某集团有限公司, District:370116. */
  entity: string;
}

/** Every lexicon file, by name, with the record it holds. */
export interface LexiconFiles {
  titles: TitleRecord;
  roles: RoleRecord;
  fields: FieldRecord;
  surnames: SurnameRecord;
  organs: OrganRecord;
  zones: ZoneRecord;
  companies: CompanyRecord;
  institutions: InstitutionRecord;
  projects: ProjectRecord;
  stopwords: StopwordRecord;
  triggers: TriggerRecord;
  events: EventRecord;
  'historical-units': HistoricalUnitRecord;
  aliases: AliasRecord;
}

export type LexiconName = keyof LexiconFiles;

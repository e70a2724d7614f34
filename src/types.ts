// The data contracts between govgraph's stages: ingest → normalize → extract → resolve → graph → export.
// Every stage takes one of these and returns the next; nothing else crosses a stage boundary.
import type schemaJson from '../schema/schema.json';

/** Where a document came from and what its metadata says (sidecar, JSON Lines record or detection). */
export interface SourceMeta {
  title?: string;
  date?: string; // ISO-like: YYYY-MM-DD, YYYY-MM or YYYY
  source?: string; // the publishing site or paper
  url?: string;
}

export type InputFormat = 'txt' | 'html' | 'md' | 'jsonl';

/** Output of ingest: one article, decoded, before any repair. */
export interface RawDocument {
  /** Stable id: hash of the decoded text (see ingest/identity). */
  id: string;
  /** File the article came from; JSON Lines records add `#<line>`. */
  path: string;
  format: InputFormat;
  /** Encoding the bytes were decoded from, as the detector named it ("UTF-8", "GB18030", "Big5", "UTF-16LE" …). */
  encoding: string;
  /** Detector confidence 0–100; 100 when the encoding was given (BOM, JSON Lines). */
  encodingConfidence: number;
  /** The decoded article text (for HTML: the main text, without markup). Evidence offsets point into this. */
  text: string;
  /** Metadata found by the reader itself (HTML <title>, JSON Lines fields, sidecar) — overrides detection. */
  meta: SourceMeta;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

export interface ArticleDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY, matching the precision; null when unknown. */
  value: string | null;
  precision: DatePrecision;
}

export type Script = 'simplified' | 'traditional' | 'mixed';

/** A half-open character range [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type RepairKind =
  | 'pinyin-annotation'
  | 'traditional-to-simplified'
  | 'width-and-punctuation'
  | 'stray-comma'
  | 'whitespace'
  | 'site-furniture'
  | 'damaged-span';

/** One repair applied during normalization, with what it changed (counts and a few examples). */
export interface Repair {
  kind: RepairKind;
  count: number;
  examples: string[];
}

/** A byline role from lexicons/roles.jsonl (记者, 通讯员, 编辑 …). */
export type BylineRole = string;

export interface Byline {
  name: string;
  role: BylineRole;
  span: Span; // in normalized text
}

export interface Sentence extends Span {
  /** Index of the sentence in the document. */
  index: number;
  text: string;
}

/** What normalization did to one document; `govgraph inspect` prints it, the build summary aggregates it. */
export interface DocumentReport {
  path: string;
  format: InputFormat;
  encoding: string;
  encodingConfidence: number;
  script: Script;
  repairs: Repair[];
  /** Damaged spans, in original-text coordinates, with the text quoted. */
  damaged: Array<Span & { quote: string; reason: string }>;
  date: ArticleDate;
  dateSource: string;
  title: string;
  warnings: string[];
}

/** Output of normalize: clean simplified text that maps back, character by character, to RawDocument.text. */
export interface Document {
  id: string;
  path: string;
  title: string;
  date: ArticleDate;
  source?: string;
  url?: string;
  /** The decoded text as ingested (RawDocument.text). */
  original: string;
  /** Normalized simplified text. */
  text: string;
  /** offsets[i] is the index in `original` of text[i]; offsets[text.length] is the original end of the last character. */
  offsets: Int32Array;
  sentences: Sentence[];
  /** Damaged spans in normalized-text coordinates; extractors never take an entity from inside one. */
  damaged: Span[];
  bylines: Byline[];
  report: DocumentReport;
}

// ---- extraction -------------------------------------------------------------------------------

/**
 * Labels and relationship types are the keys of schema/schema.json, the graph's contract: one
 * source, read by the types here, the exporters, the loader and the schema tests.
 */
export type EntityLabel = keyof (typeof schemaJson)['nodes'];
export type RelationType = keyof (typeof schemaJson)['relationships'];

/** The labels of places, lowest level first. */
export const PLACE_LABELS = ['Town', 'District', 'City', 'Province'] as const satisfies readonly EntityLabel[];
export type PlaceLabel = (typeof PLACE_LABELS)[number];

export function isPlaceLabel(label: string): label is PlaceLabel {
  return (PLACE_LABELS as readonly string[]).includes(label);
}

/** What a company does for a project (INVOLVED_IN's role). */
export const INVOLVEMENT_ROLE_NAMES = ['developer', 'investor', 'builder', 'operator', 'tenant'] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLE_NAMES)[number];

/** Where a fact is stated: the sentence, its offsets in the original text and the rule that fired. */
export interface Evidence {
  docId: string;
  /** The sentence as it reads in the original text (original[start, end)). */
  sentence: string;
  start: number;
  end: number;
  ruleId: string;
}

export type PlaceLevel = 'town' | 'zone' | 'county' | 'city' | 'province';

/** What a place mention knows: its division code and parent from the gazetteer, or its level alone. */
export interface PlaceAttrs {
  level: PlaceLevel;
  /** The division code; '' for zones, towns and places the rules could not tell apart. */
  code: string;
  /** The enclosing unit's code ('' when unknown; a town's parent comes from its PART_OF). */
  parentCode: string;
  status: 'current' | 'abolished';
  /** Several units have this name and the context does not decide. */
  ambiguous: boolean;
  /** For an ambiguous name: the candidates' codes, comma-separated. */
  candidates?: string;
  /** The year an abolished unit ceased. */
  abolished?: number;
  /** Not named in the text (a district's city, a title's province): no MENTIONED_IN. */
  implied?: boolean;
  /** 该区/我区: stands for the district named before it. */
  anaphora?: boolean;
  /** Another form the text used (a zone's long form). */
  alias?: string;
}

export interface ProjectAttrs {
  /** 一期, 二期: the phase written in the name, which is not part of the name. */
  phase?: string;
  /** As written: 50亿元. */
  investment?: string;
  /** As written: 10万吨. */
  capacity?: string;
  /** The name as written, with the place and 建设项目 the name leaves out: 南湖区恒达物流园区建设项目. */
  aliases?: string[];
}

export interface OrganizationAttrs {
  /** The form written in the text when the name differs (a short name, a leading country). */
  alias?: string;
}

export interface PersonAttrs {
  /** 记者, 董事长 …: a role from lexicons/roles.jsonl. */
  role?: string;
}

export type OfficialAttrs = Record<string, never>;

interface MentionOf<L extends EntityLabel, A> {
  label: L;
  /** Normalized simplified name. */
  name: string;
  /** Normalized-text span of the name. */
  span: Span;
  ruleId: string;
  attrs: A;
}

/** An entity as found in one document, before resolution, with the attributes of its label. */
export type Mention =
  | MentionOf<'Town', PlaceAttrs>
  | MentionOf<'District', PlaceAttrs>
  | MentionOf<'City', PlaceAttrs>
  | MentionOf<'Province', PlaceAttrs>
  | MentionOf<'Project', ProjectAttrs>
  | MentionOf<'Company', OrganizationAttrs>
  | MentionOf<'Institution', OrganizationAttrs>
  | MentionOf<'Person', PersonAttrs>
  | MentionOf<'Official', OfficialAttrs>;

export type MentionLabel = Mention['label'];
export type MentionWith<L extends MentionLabel> = Extract<Mention, { label: L }>;
export type PlaceMention = MentionWith<PlaceLabel>;

export function isPlaceMention(m: Mention): m is PlaceMention {
  return isPlaceLabel(m.label);
}

/** A relation between two mentions of one document. */
export interface RelationMention {
  type: RelationType;
  from: Mention;
  to: Mention;
  props: Record<string, string | number | boolean>;
  evidence: Evidence;
}

/** Output of extract for one document. */
export interface Extraction {
  doc: Document;
  mentions: Mention[];
  relations: RelationMention[];
}

// ---- resolution and the graph -------------------------------------------------------------------

export type AttrValue = string | number | boolean;

/** One node of the graph: an entity seen in one or more documents, with a deterministic id. */
export interface Entity {
  /** label:parent:name, e.g. `District:370116`, `Official:3701:张岚`, `Project:370116:新能源客车项目`. */
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  attrs: Record<string, AttrValue>;
}

/** One edge of the graph, with every piece of evidence that supports it. */
export interface Fact {
  /** type|from|to|qualifier (title or role): the same fact from two articles is one edge. */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: Record<string, AttrValue>;
  evidence: Evidence[];
}

/** A merge the rules decided, kept so a user can see why two names are one node. */
export interface MergeRecord {
  entityId: string;
  merged: string;
  into: string;
  reason: string;
  docId: string;
}

/** Two entities that may be one; rules can't decide, so a person should. */
export interface MergeCandidate {
  a: string;
  b: string;
  reason: string;
}

/** An article as a node: content hash id, title, date, source. */
export interface ArticleInfo {
  id: string;
  path: string;
  title: string;
  date: string | null;
  datePrecision: DatePrecision;
  /** Which rule gave the date (date.publication-label, date.inferred-latest-year …; 'none'). */
  dateSource: string;
  source?: string;
  url?: string;
}

// The resolve stage: mentions from many documents → entities with deterministic ids and facts
// with all their evidence. Same label + normalized name + disambiguating parent = same node; the
// merges rules make are recorded with their reason, the ones they can't decide become candidates.
import { quoteOriginal } from '../normalize/quote';
import { gazetteer } from '../gazetteer';
import type {
  ArticleInfo,
  AttrValue,
  Entity,
  Evidence,
  Extraction,
  Fact,
  MergeCandidate,
  MergeRecord,
  Mention,
  PlaceMention,
  RelationMention,
} from '../types';
import { isPlaceMention } from '../types';
import { lexicon, type AliasRecord, type Lexicon } from '../lexicon';
import { projectAliases } from './aliases';
import { findMergeCandidates } from './candidates';

export interface Resolved {
  entities: Map<string, Entity>;
  facts: Map<string, Fact>;
  articles: Map<string, ArticleInfo>;
  merges: MergeRecord[];
  candidates: MergeCandidate[];
}

/** Accumulates documents one at a time (the corpus is streamed), then yields the resolved graph. */
export class Resolver {
  private readonly entities = new Map<string, Entity>();
  private readonly facts = new Map<string, Fact>();
  private readonly articles = new Map<string, ArticleInfo>();
  private readonly merges: MergeRecord[] = [];
  private readonly mergeKeys = new Set<string>();
  /** Per fact, the keys of its evidence: a fact cited by every article (a district's PART_OF) must not be scanned per citation. */
  private readonly evidenceKeys = new Map<string, Set<string>>();
  /** Facts whose evidence gained an item since result() last sorted it. */
  private readonly unsorted = new Set<Fact>();

  add(extraction: Extraction): void {
    const { doc } = extraction;
    const article: ArticleInfo = {
      id: doc.id,
      path: doc.path,
      title: doc.title,
      date: doc.date.value,
      datePrecision: doc.date.precision,
      dateSource: doc.report.dateSource,
      ...(doc.source ? { source: doc.source } : {}),
      ...(doc.url ? { url: doc.url } : {}),
    };
    this.articles.set(doc.id, article);
    const articleId = `Article:${doc.id}`;
    this.upsertEntity({ id: articleId, label: 'Article', name: doc.title || doc.path, aliases: [], attrs: articleAttrs(article) });

    const ids = new DocumentIdentity(extraction, (m) => this.recordMerge(m));
    // MENTIONED_IN: every entity named in the document, evidenced by its first mention.
    const firstMention = new Map<string, Mention>();
    for (const mention of extraction.mentions) {
      const entity = ids.entityOf(mention);
      if (!entity) continue;
      this.upsertEntity(entity);
      const known = firstMention.get(entity.id);
      if (!known || mention.span.start < known.span.start) firstMention.set(entity.id, mention);
    }
    for (const [entityId, mention] of firstMention) {
      if (mention.span.end <= mention.span.start) continue;
      this.upsertFact('MENTIONED_IN', entityId, articleId, {}, evidenceOf(extraction, mention), article);
    }
    for (const relation of extraction.relations) {
      const from = ids.entityOf(relation.from);
      const to = ids.entityOf(relation.to);
      if (!from || !to || from.id === to.id) continue;
      this.upsertEntity(from);
      this.upsertEntity(to);
      this.upsertRelation(relation, from.id, to.id, article);
    }
  }

  result(): Resolved {
    // Evidence in document order, then by position; sorted once here, not on every citation.
    for (const fact of this.unsorted) fact.evidence.sort((x, y) => (x.docId === y.docId ? x.start - y.start : x.docId < y.docId ? -1 : 1));
    this.unsorted.clear();
    return {
      entities: this.entities,
      facts: this.facts,
      articles: this.articles,
      merges: this.merges,
      candidates: findMergeCandidates(this.entities, this.facts),
    };
  }

  private recordMerge(record: MergeRecord): void {
    const key = `${record.entityId}|${record.merged}|${record.reason}`;
    if (this.mergeKeys.has(key)) return;
    this.mergeKeys.add(key);
    this.merges.push(record);
  }

  private upsertEntity(entity: Entity): void {
    const known = this.entities.get(entity.id);
    if (!known) {
      this.entities.set(entity.id, { ...entity, aliases: [...entity.aliases], attrs: { ...entity.attrs } });
      return;
    }
    for (const alias of entity.aliases) if (!known.aliases.includes(alias) && alias !== known.name) known.aliases.push(alias);
    for (const [key, value] of Object.entries(entity.attrs)) {
      if (key === 'phases') known.attrs.phases = joinSet(String(known.attrs.phases ?? ''), String(value));
      else if (!(key in known.attrs)) known.attrs[key] = value;
    }
    known.aliases.sort();
  }

  private upsertRelation(relation: RelationMention, fromId: string, toId: string, article: ArticleInfo): void {
    const props: Record<string, AttrValue> = {};
    for (const [key, value] of Object.entries(relation.props)) if (key !== 'level') props[key] = value;
    // PARTNERS_WITH has no direction: store it once, smaller id first.
    const [a, b] = relation.type === 'PARTNERS_WITH' && toId < fromId ? [toId, fromId] : [fromId, toId];
    this.upsertFact(relation.type, a, b, props, relation.evidence, article);
  }

  private upsertFact(type: Fact['type'], from: string, to: string, props: Record<string, AttrValue>, evidence: Evidence, article: ArticleInfo): void {
    const qualifier = String(props.title ?? props.role ?? '');
    const id = `${type}|${from}|${to}|${qualifier}`;
    let fact = this.facts.get(id);
    if (!fact) {
      fact = { id, type, from, to, props: { ...props }, evidence: [] };
      this.facts.set(id, fact);
    } else {
      for (const [key, value] of Object.entries(props)) if (!(key in fact.props)) fact.props[key] = value;
    }
    let keys = this.evidenceKeys.get(id);
    if (!keys) this.evidenceKeys.set(id, (keys = new Set()));
    const key = evidenceKey(evidence);
    if (!keys.has(key)) {
      keys.add(key);
      fact.evidence.push(evidence);
      this.unsorted.add(fact);
    }
    // A position is a fact observed at a date: keep the first and last article dates that state it.
    if (type === 'HOLDS_POSITION' && article.date) {
      const first = fact.props.firstSeen as string | undefined;
      const last = fact.props.lastSeen as string | undefined;
      if (!first || article.date < first) {
        fact.props.firstSeen = article.date;
        fact.props.firstSeenPrecision = article.datePrecision;
      }
      if (!last || article.date > last) {
        fact.props.lastSeen = article.date;
        fact.props.lastSeenPrecision = article.datePrecision;
      }
    }
  }
}

/** One piece of evidence as a key: the same article, span and rule is the same evidence (stored as evidenceKeys in Neo4j). */
export function evidenceKey(e: Evidence): string {
  return `${e.docId}:${e.start}:${e.end}:${e.ruleId}`;
}

function joinSet(a: string, b: string): string {
  return [...new Set([...a.split(','), ...b.split(',')].filter(Boolean))].sort().join(',');
}

function articleAttrs(article: ArticleInfo): Record<string, AttrValue> {
  const attrs: Record<string, AttrValue> = { path: article.path, title: article.title, datePrecision: article.datePrecision, dateSource: article.dateSource };
  if (article.date) attrs.date = article.date;
  if (article.source) attrs.source = article.source;
  if (article.url) attrs.url = article.url;
  return attrs;
}

function evidenceOf(extraction: Extraction, mention: Mention): Evidence {
  const { doc } = extraction;
  const sentence = doc.sentences.find((s) => s.start <= mention.span.start && mention.span.start < s.end);
  const normStart = sentence ? sentence.start : mention.span.start;
  const normEnd = sentence ? sentence.end : mention.span.end;
  const start = doc.offsets[normStart] ?? 0;
  const end = normEnd > normStart ? (doc.offsets[normEnd - 1] ?? start) + 1 : start;
  return { docId: doc.id, sentence: quoteOriginal(doc, start, end), start, end, ruleId: mention.ruleId };
}

/** The user's alias table (aliases.jsonl of a --lexicon folder), keyed by the entity's label and the name as written. */
function userAliases(lex: Lexicon): Map<string, AliasRecord> {
  return new Map(lex.entries('aliases').map((a) => [`${a.entity.slice(0, a.entity.indexOf(':'))}:${a.name}`, a]));
}

/** The name an entity id stands for: a place's gazetteer name (District:370116 → 莱芜区), else the id's last part. */
function entityName(id: string): string {
  const code = /^(?:District|City|Province):(\d+)$/.exec(id)?.[1];
  const unit = code ? gazetteer().get(code) : undefined;
  return unit?.name ?? id.slice(id.lastIndexOf(':') + 1);
}

/**
 * Ids for the mentions of one document. Places are keyed by division code; officials by the city
 * (or province) of the posts they hold here; projects by their district; companies by name.
 */
class DocumentIdentity {
  private readonly projectNames: Map<string, string>;
  /** A town's county-level unit, from its PART_OF: part of its identity (two 城关镇 are two towns). */
  private readonly townParent = new Map<string, string>();
  private readonly officialParent = new Map<string, string>();
  private readonly projectParent = new Map<string, string>();
  private readonly docCity: string;

  constructor(
    private readonly extraction: Extraction,
    private readonly onMerge: (m: MergeRecord) => void,
  ) {
    const { doc } = extraction;
    this.projectNames = projectAliases(extraction.mentions.filter((m) => m.label === 'Project').map((m) => m.name));
    for (const r of extraction.relations) {
      if (r.type === 'PART_OF' && r.from.label === 'Town' && isPlaceMention(r.to) && !this.townParent.has(r.from.name)) {
        this.townParent.set(r.from.name, r.to.attrs.code || `${r.to.attrs.parentCode}:${r.to.name}`);
      }
    }
    for (const r of extraction.relations) {
      if (r.type === 'HOLDS_POSITION' && isPlaceMention(r.to) && !this.officialParent.has(r.from.name)) this.officialParent.set(r.from.name, this.cityKeyOf(r.to));
      if (r.type === 'LOCATED_IN' && !this.projectParent.has(this.canonicalProject(r.from.name))) {
        if (isPlaceMention(r.to)) this.projectParent.set(this.canonicalProject(r.from.name), this.placeKey(r.to));
      }
    }
    const city = extraction.mentions.find((m): m is PlaceMention => m.label === 'City' && !m.attrs.ambiguous);
    this.docCity = city ? city.attrs.code : '';
    for (const [alias, name] of this.projectNames) {
      if (alias === name) continue;
      const entityId = `Project:${this.projectParent.get(name) ?? this.docCity}:${name}`;
      onMerge({ entityId, merged: alias, into: name, reason: 'project.shorter-name-of', docId: doc.id });
    }
    for (const m of extraction.mentions) {
      if (m.label === 'Company' && m.attrs.alias) {
        // The rule that gave the mention its name is the merge's reason (org.core-name, org.legal-suffix …).
        onMerge({ entityId: `Company:${m.name}`, merged: m.attrs.alias, into: m.name, reason: m.ruleId, docId: doc.id });
      }
    }
  }

  private canonicalProject(name: string): string {
    return this.projectNames.get(name) ?? name;
  }

  /** The entity a mention stands for: by the rules below, unless the user's alias table names it. */
  entityOf(m: Mention): Entity | undefined {
    const entity = this.ruleEntityOf(m);
    const alias = entity && lexicon().compiled(userAliases).get(`${entity.label}:${m.name}`);
    if (!entity || !alias) return entity;
    const name = entityName(alias.entity);
    if (alias.entity !== entity.id) this.onMerge({ entityId: alias.entity, merged: entity.id, into: alias.entity, reason: `user-alias:${alias.id}`, docId: this.extraction.doc.id });
    return { ...entity, id: alias.entity, name, aliases: [...new Set([...entity.aliases, entity.name])].filter((a) => a !== name).sort() };
  }

  private ruleEntityOf(m: Mention): Entity | undefined {
    switch (m.label) {
      case 'Town':
      case 'District':
      case 'City':
      case 'Province':
        return { id: this.placeKey(m), label: m.label, name: m.name, aliases: m.attrs.alias ? [m.attrs.alias] : [], attrs: this.placeAttrs(m) };
      case 'Official':
        return { id: `Official:${this.officialParent.get(m.name) ?? this.docCity}:${m.name}`, label: 'Official', name: m.name, aliases: [], attrs: {} };
      case 'Person': {
        const role = m.attrs.role ?? '';
        return { id: `Person:${role}:${m.name}`, label: 'Person', name: m.name, aliases: [], attrs: role ? { role } : {} };
      }
      case 'Company': {
        const aliases = m.attrs.alias ? [m.attrs.alias] : [];
        return { id: `Company:${m.name}`, label: 'Company', name: m.name, aliases, attrs: {} };
      }
      case 'Institution': {
        // 区妇幼保健院 names a hospital relative to the district: keep it apart from other districts'.
        const relative = /^[区县市镇]/.test(m.name);
        const parent = relative ? this.docDistrict() : '';
        return { id: `Institution:${parent ? parent + ':' : ''}${m.name}`, label: 'Institution', name: m.name, aliases: [], attrs: {} };
      }
      case 'Project': {
        const name = this.canonicalProject(m.name);
        const parent = this.projectParent.get(name) ?? this.docCity;
        const projectAttrs: Record<string, AttrValue> = {};
        if (m.attrs.phase) projectAttrs.phases = m.attrs.phase;
        if (m.attrs.investment) projectAttrs.investment = m.attrs.investment;
        if (m.attrs.capacity) projectAttrs.capacity = m.attrs.capacity;
        const aliases = [...new Set([m.name, ...(m.attrs.aliases ?? [])].filter((a) => a !== name))];
        return { id: `Project:${parent}:${name}`, label: 'Project', name, aliases, attrs: projectAttrs };
      }
      default:
        return undefined;
    }
  }

  private docDistrict(): string {
    const d = this.extraction.mentions.find((m): m is PlaceMention => m.label === 'District' && m.attrs.code !== '');
    return d ? d.attrs.code : this.docCity;
  }

  /** The parent a place is known by: its gazetteer parent, or for a town the unit its PART_OF names. */
  private parentOf(m: PlaceMention): string {
    return m.label === 'Town' ? (this.townParent.get(m.name) ?? m.attrs.parentCode) : m.attrs.parentCode;
  }

  /** Id of a place: its division code; a zone or town by its parent and name; an unresolved name by name alone. */
  private placeKey(m: PlaceMention): string {
    if (m.attrs.code) return `${m.label}:${m.attrs.code}`;
    return `${m.label}:${this.parentOf(m) || '?'}:${m.name}`;
  }

  /** The city an official's post sits in (or the province, for provincial posts): part of their identity. */
  private cityKeyOf(place: PlaceMention): string {
    const { code, level } = place.attrs;
    if (level === 'province' || level === 'city') return code;
    if (level === 'zone') return place.attrs.parentCode;
    const unit = code ? gazetteer().get(code) : undefined;
    return unit?.parentCode ?? this.parentOf(place);
  }

  private placeAttrs(m: PlaceMention): Record<string, AttrValue> {
    const values: Record<string, AttrValue | undefined> = { ...m.attrs, parentCode: this.parentOf(m) };
    const out: Record<string, AttrValue> = {};
    for (const key of ['code', 'level', 'parentCode', 'status', 'abolished', 'candidates'] as const) {
      const value = values[key];
      if (value !== undefined && value !== '') out[key] = value;
    }
    return out;
  }
}


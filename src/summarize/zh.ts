// Chinese phrasing for summaries and explanations: names as the graph writes them, districts with
// their city (济南市莱芜区), titles joined to their place (济南市莱芜区委副书记), dates as 2020年9月13日.
import type { GovGraph } from '../graph';
import type { EntityLabel, InvolvementRole } from '../types';
import { dated, formatDate, type Dated } from './dates';
import { INVOLVEMENT_ROLES } from './glossary/relations';
import { escapeMarkdown as md } from './markdown';
import type { ListItem, ListSectionId, Phrasebook, ProjectAttribute, SectionId } from './phrasebook';
import { isPlaceLabel } from '../types';
import { PlaceNames, placeTitle } from './places';
import { labelOf, nameOf, positionTiming, type Relationship } from './read';
import type { Source } from './types';

const KINDS: Partial<Record<EntityLabel, string>> = {
  Official: '官员',
  Person: '人物',
  Company: '企业',
  Institution: '机构',
  Project: '项目',
};

const SECTIONS: Record<SectionId, string> = {
  positions: '职务',
  events: '出席活动',
  partOf: '所属行政区',
  officials: '任职官员',
  projects: '项目',
  companies: '企业',
  subdivisions: '下辖区划',
  agreements: '签约',
  location: '所在地',
  involvement: '参与的项目',
  partners: '合作',
  companiesInvolved: '参与企业',
  attendedBy: '出席活动的官员',
  other: '其他关系',
};

const LIST_NOUNS: Record<ListSectionId, { verb: string; measure: string }> = {
  projects: { verb: '位于', measure: '个项目' },
  companies: { verb: '位于', measure: '家企业' },
  subdivisions: { verb: '隶属', measure: '个下辖区划' },
};

const LIST = new Intl.ListFormat('zh', { style: 'long', type: 'conjunction' });

export class ChinesePhrasebook implements Phrasebook {
  readonly lang = 'zh' as const;
  private readonly places: PlaceNames;

  constructor(private readonly graph: GovGraph) {
    this.places = new PlaceNames(graph);
  }

  /** A district with its city (济南市莱芜区) unless 'bare', for where the sentence says the city. */
  private ref(id: string, style: 'full' | 'bare' = 'full'): string {
    return md(labelOf(this.graph, id) === 'District' && style === 'full' ? this.places.of(id).zh : nameOf(this.graph, id));
  }

  private kind(id: string): string {
    const label = labelOf(this.graph, id);
    if (isPlaceLabel(label)) {
      const place = this.places.of(id);
      return place.abolished ? `已撤销的${place.kind.zh}（${place.abolished}年撤销）` : place.kind.zh;
    }
    const role = this.graph.getNodeAttribute(id, 'role');
    if (label === 'Person' && typeof role === 'string' && role) return md(role);
    return KINDS[label] ?? label;
  }

  private date(date: Dated): string {
    return formatDate(date, 'zh');
  }

  heading(id: string): string {
    return this.ref(id);
  }

  intro(id: string, articles: number, cites: string): string {
    const what = `${this.ref(id)}（${this.kind(id)}）`;
    return articles > 0 ? `${what}见于${articles}篇文章${cites}。` : `${what}。`;
  }

  attribute(id: string, attribute: ProjectAttribute, value: string, cites: string): string {
    const project = this.ref(id);
    if (attribute === 'phases') return `报道提及${project}的${LIST.format(value.split(',').map(md))}${cites}。`;
    return `报道所述${project}的${attribute === 'investment' ? '投资额' : '产能'}为${md(value)}${cites}。`;
  }

  statement(rel: Relationship, cites: string): string {
    const a = this.ref(rel.source, rel.type === 'PART_OF' ? 'bare' : 'full');
    const b = this.ref(rel.target);
    switch (rel.type) {
      case 'HOLDS_POSITION':
        return this.position(rel, a, cites);
      case 'ATTENDED': {
        const event = typeof rel.attrs.event === 'string' && rel.attrs.event ? md(rel.attrs.event) : '相关活动';
        const date = dated(rel.attrs.date);
        const when = date ? `${this.date(date)}，` : '';
        return `${when}${a}出席${b}${event}${cites}。`;
      }
      case 'PART_OF':
        return `${a}隶属${b}${cites}。`;
      case 'LOCATED_IN':
        return `${a}位于${b}${cites}。`;
      case 'INVOLVED_IN': {
        const role = INVOLVEMENT_ROLES[rel.attrs.role as InvolvementRole];
        return role ? `${a}为${b}的${role.zh}${cites}。` : `${a}参与${b}${cites}。`;
      }
      case 'PARTNERS_WITH':
        return `${a}与${b}合作${cites}。`;
      case 'SIGNED_WITH':
        return `${a}与${b}签约${cites}。`;
      case 'MENTIONED_IN':
        return `${a}见于${b}${cites}。`;
    }
  }

  private position(rel: Relationship, official: string, cites: string): string {
    const title = typeof rel.attrs.title === 'string' ? rel.attrs.title : '';
    const place = this.places.of(rel.target);
    const post = title ? `任${md(placeTitle(place.zh, title))}` : `在${md(place.zh)}任职`;
    const timing = positionTiming(rel.attrs);
    switch (timing.kind) {
      case 'span':
        return `${this.date(timing.start)}至${this.date(timing.end)}，${official}${post}${cites}。`;
      case 'from':
        return `${this.date(timing.start)}起，${official}${post}${cites}。`;
      case 'until':
        return `${official}${post}至${this.date(timing.end)}${cites}。`;
      case 'asOf':
        return `截至${this.date(timing.date)}，${official}${post}${cites}。`;
      case 'between':
        return `${this.date(timing.first)}至${this.date(timing.last)}的报道称${official}${post}${cites}。`;
      case 'undated':
        return `未注明日期的报道称${official}${post}${cites}。`;
    }
  }

  list(section: ListSectionId, subject: string, items: ListItem[]): string {
    const { verb, measure } = LIST_NOUNS[section];
    const names = items.map((item) => `${md(nameOf(this.graph, item.id))}${item.cites}`);
    return `${verb}${this.ref(subject)}的共有${items.length}${measure}：${LIST.format(names)}。`;
  }

  sectionTitle(section: SectionId): string {
    return SECTIONS[section];
  }

  sourcesTitle(): string {
    return '来源';
  }

  source(s: Source): string {
    const date = dated(s.date, s.datePrecision);
    const when = date ? this.date(date) : '日期不详';
    const site = s.site ? `，${md(s.site)}` : '';
    return `${s.n}. 《${md(s.title)}》，${when}${site}（${s.articleId}，位置${s.start}–${s.end}，规则 ${md(s.rules.join('、'))}）：“${md(s.sentence)}”`;
  }

  explainHeading(a: string, b: string): string {
    return `${this.ref(a)}与${this.ref(b)}之间的关联`;
  }

  explainFound(total: number, shown: number, hops: number): string {
    const more = shown < total ? `，下面列出前${shown}条` : '';
    return `共有${total}条最短路径，每条${hops}步（文章不算作关联）${more}。`;
  }

  explainNone(a: string, b: string, maxHops: number): string {
    return `在${maxHops}步之内未发现${this.ref(a)}与${this.ref(b)}之间的关联（文章不算作关联）。`;
  }

  pathTitle(n: number): string {
    return `路径${n}`;
  }
}

// The named policy that settles overlapping names once places, organisations and projects are all
// found (spaCy's span filter, for our labels). Components never delete each other's mentions; this
// step decides, in one place:
//   1. a project the facility rule made from an institution replaces it (滨河医院基本建成);
//   2. among projects the longest wins; a project inside an organisation's name is dropped; an
//      organisation that opens a project's name stays as its owner (齐鲁理工大学 in 齐鲁理工大学科技园)
//      unless the project is only its own building work (南湖小学改扩建项目); any other organisation
//      inside a project is dropped;
//   3. a place inside a name is part of the name (山东 in 齐鲁理工大学… is no mention of the province;
//      梁山 in the town 梁山街道 is none of the county),
//      except a zone the text gives its own organ (南湖科技园管委会): that park is the zone, no project.
import { isPlaceMention, type Mention, type MentionWith, type Span } from '../types';
import type { ExtractContext, Filter } from './context';
import { DisjointSpans, SpanIndex } from './positions';
import { PLACE_RULES } from './places';
import { PROJECT_RULES, projectWords } from './projects';

// Zones named before their own organs (党工委, 管委会).
const ZONE_ORGAN_RULE = PLACE_RULES.zoneOrgan.id;

type Organization = MentionWith<'Company' | 'Institution'>;
type Project = MentionWith<'Project'>;

const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;

export const settleOverlaps: Filter = {
  kind: 'filter',
  name: 'overlaps',
  description: 'Projects over organisations and the longest project over shorter ones; places inside names are part of the names',
  run(mentions: readonly Mention[], ctx: ExtractContext): Mention[] {
    const governed = new Set(mentions.filter((m) => isPlaceMention(m) && m.ruleId === ZONE_ORGAN_RULE).map((m) => `${m.span.start}:${m.span.end}`));
    const projects = mentions.filter((m): m is Project => m.label === 'Project' && !governed.has(`${m.span.start}:${m.span.end}`));
    const facilities = new Set(projects.filter((p) => p.ruleId === PROJECT_RULES.facility.id).map((p) => `${p.span.start}:${p.span.end}`));
    const replaced = (m: Mention) => m.label === 'Institution' && facilities.has(`${m.span.start}:${m.span.end}`);
    const organizations = mentions.filter((m): m is Organization => (m.label === 'Company' || m.label === 'Institution') && !replaced(m));
    const { kept, dropped } = projectsOverOrganizations(projects, organizations, ctx.text);
    const names = new SpanIndex<Mention>([...organizations.filter((o) => !dropped.has(o)), ...kept]);
    // …and a county's short name inside a town's (梁山 in 梁山街道).
    const towns = new SpanIndex(mentions.filter((m) => m.label === 'Town'));
    const insideName = (m: Mention) => names.containing(m.span).length > 0 || (m.label !== 'Town' && towns.containing(m.span).length > 0);
    const others = mentions.filter((m) => m.label !== 'Project' && !replaced(m) && !dropped.has(m as Organization) && !(isPlaceMention(m) && insideName(m)));
    return [...others, ...kept];
  },
};

/** Rule 2 above: the projects kept (in text order) and the organisations dropped. */
function projectsOverOrganizations(projects: Project[], organizations: Organization[], text: string): { kept: Project[]; dropped: Set<Organization> } {
  const { renovationRest } = projectWords();
  const byLength = [...projects].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  const kept: Project[] = [];
  const keptSpans = new DisjointSpans(text.length);
  const organizationsAt = new SpanIndex(organizations);
  const dropped = new Set<Organization>();
  for (const m of byLength) {
    // (Kept projects never overlap one another.)
    if (keptSpans.overlaps(m.span)) continue;
    const orgs = organizationsAt.overlapping(m.span).filter((o) => !dropped.has(o));
    if (orgs.some((o) => inside(m.span, o.span))) continue;
    if (orgs.some((o) => o.span.start < m.span.start)) continue;
    // 南湖小学改扩建项目, 实验中学二期: the project is the school's own building work, so the
    // school is not named apart as its owner (as 北方大学 is in 北方大学国家大学科技园).
    // (A company is the owner of its 项目 or 二期 all the same: 恒达食品有限公司项目.)
    const ownBuilding = (o: Organization) => o.label === 'Institution' && o.span.start === m.span.start && renovationRest.test(text.slice(o.span.end, m.span.end));
    for (const o of orgs) if (o.span.start > m.span.start || ownBuilding(o)) dropped.add(o);
    kept.push(m);
    keptSpans.claim(m.span);
  }
  return { kept: kept.sort((a, b) => a.span.start - b.span.start), dropped };
}

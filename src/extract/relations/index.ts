// Relations between the mentions of one document, each stated by one sentence and one rule:
// PART_OF from the gazetteer, LOCATED_IN from scope, INVOLVED_IN / ATTENDED / PARTNERS_WITH /
// SIGNED_WITH from trigger verbs between two mentions in one clause.
import { completedDate, lastMonthDay } from './dates';
import { gazetteer } from '../../gazetteer';
import type { MentionWith, PlaceMention } from '../../types';
import { type Component, type ExtractContext, type Findings, FindingsBuilder, type Rule } from '../context';
import { unitMention } from '../places/mention';
import type { SpanIndex } from '../positions';
import type { ScopeIndex } from '../scope';
import { EVENT_RULES, findEventAttendance } from './events';
import { findInvolvementPhrases, PHRASE_RULES } from './phrases';
import { findParticipation, PARTICIPATION_RULES } from './participation';
import { clauseAround } from '../text';
import { relationWords } from './words';

export { EVENT_RULES, PHRASE_RULES };

type Organization = MentionWith<'Company' | 'Institution'>;

export const RELATION_RULES = {
  partOf: { id: 'part-of.gazetteer', description: 'A unit is part of its parent in the division gazetteer', example: '莱芜区委副书记介绍了情况。' },
  townPartOf: { id: 'part-of.town-scope', description: 'A town is part of the county-level unit its passage is about', example: '西湖区召开会议，三墩镇党委书记李明出席。' },
  locatedIn: { id: 'located-in.scope', description: 'A project lies in the district its passage is about', example: '莱芜区加快建设，华能风电项目12月底可实现全投产。' },
  involved: { id: 'involved-in.trigger', description: 'Company, trigger verb (组织建设/投资/承建/运营/入驻), project in one clause', example: '山东瑞阳新能源科技有限公司组织建设储能产品项目。' },
  namePrefix: {
    id: 'involved-in.name-prefix',
    description: 'A company whose name (or short name) opens a project\'s name develops it',
    example: '恒达新材料有限公司年产5万吨碳纤维项目开工建设。',
  },
  roleNoun: {
    id: 'involved-in.role-noun',
    description: 'A project, then a noun naming a role (投资方, 建设单位, 总承包方 …) and the company',
    example: '其中滨河商业综合体项目投资方为恒达集团。',
  },
  signedProjects: {
    id: 'signed-with.signed-projects',
    description: 'Projects that open with their company, in the clause that says they are signed: the place signs with each company',
    example: '南湖区召开大会。恒达集团滨河物流园项目、北方科技有限公司储能电池项目等12个项目集中签约。',
  },
  tenant: { id: 'involved-in.tenant', description: 'A company that 入驻/落户 after a park named earlier in the sentence is its tenant', example: '生物产业园二期投入使用，海丰医药集团强势入驻。' },
  attended: { id: 'attended.ceremony', description: 'An official who 出席/参加/见证 a ceremony of the projects of the same sentence', example: '2月12日，客车一期项目如期开工，省委书记赵建明出席开工仪式。' },
  partners: { id: 'partners-with.trigger', description: 'Org 与 org 合作/共建/签署', example: '恒达集团与北方工业大学共建智能焊接生产线。' },
  signed: { id: 'signed-with.trigger', description: 'The district (subject left out) 与 an org 签约/签署协议', example: '市中区在招商中，与齐鲁理工大学签署共建协议。' },
  signedByList: {
    id: 'signed-with.org-list',
    description: 'Organisations listed (…等N家企业) 与 a place 签约/签署协议: the place signs with each',
    example: '恒达集团、滨河物流等12家企业与南湖区签署了项目合作协议。',
  },
} satisfies Record<string, Rule>;


/** Relations between the mentions the earlier steps kept. */
export const relations: Component = {
  kind: 'component',
  name: 'relations',
  reads: ['Town', 'District', 'City', 'Province', 'Project', 'Company', 'Institution', 'Official'],
  produces: { labels: [], relations: ['PART_OF', 'LOCATED_IN', 'INVOLVED_IN', 'ATTENDED', 'PARTNERS_WITH', 'SIGNED_WITH'] },
  rules: [...Object.values(RELATION_RULES), ...Object.values(PHRASE_RULES), ...Object.values(EVENT_RULES), ...Object.values(PARTICIPATION_RULES)],
  run: findRelations,
};

function findRelations(ctx: ExtractContext): Findings {
  const out = new FindingsBuilder();
  const scope = ctx.scope;
  townsPartOf(ctx, out, scope);
  partOf(ctx, out);
  locatedIn(ctx, out, scope);
  involvement(ctx, out);
  findInvolvementPhrases(ctx, out);
  attended(ctx, out);
  findEventAttendance(ctx, out);
  findParticipation(ctx, out);
  partnerships(ctx, out, scope);
  signedByList(ctx, out);
  signedProjects(ctx, out, scope);
  return out;
}

/**
 * A town belongs to the county-level unit (or zone) its first mention's passage is about. That unit
 * is part of the town's identity: resolution keys every mention of the name by this PART_OF.
 */
function townsPartOf(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex): void {
  const seen = new Set<string>();
  for (const town of ctx.byLabel('Town')) {
    if (seen.has(town.name)) continue;
    seen.add(town.name);
    const district = scope.districtAt(town.span.start);
    if (!district) continue;
    out.relate({ type: 'PART_OF', from: town, to: district, props: {}, evidence: ctx.evidence(town.span, RELATION_RULES.townPartOf.id) });
  }
}

function partOf(ctx: ExtractContext, out: FindingsBuilder): void {
  const gaz = gazetteer();
  const seen = new Set<string>();
  const places = ctx.byLabel('District', 'City', 'Province').filter((m) => !m.attrs.anaphora && !m.attrs.ambiguous);
  for (const m of places) {
    const key = `${m.name}|${m.attrs.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const parent = m.attrs.parentCode ? gaz.get(m.attrs.parentCode) : undefined;
    if (!parent) continue;
    const implied = { start: m.span.start, end: m.span.start };
    const to: PlaceMention = unitMention(parent, implied, RELATION_RULES.partOf.id, { implied: true });
    out.relate({ type: 'PART_OF', from: m, to, props: {}, evidence: ctx.evidence(m.span, RELATION_RULES.partOf.id) });
    // The parent's own parent, once: 济南市 → 山东省.
    const grand = parent.parentCode ? gaz.get(parent.parentCode) : undefined;
    const parentKey = `${parent.name}|${parent.code}`;
    if (grand && !seen.has(parentKey)) {
      seen.add(parentKey);
      const top = unitMention(grand, implied, RELATION_RULES.partOf.id, { implied: true });
      out.relate({ type: 'PART_OF', from: to, to: top, props: {}, evidence: ctx.evidence(m.span, RELATION_RULES.partOf.id) });
    }
  }
}

function locatedIn(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex): void {
  for (const project of ctx.byLabel('Project')) {
    const district = scope.districtAt(project.span.start);
    if (!district) continue;
    out.relate({ type: 'LOCATED_IN', from: project, to: district, props: {}, evidence: ctx.evidence(project.span, RELATION_RULES.locatedIn.id) });
  }
}

// What may stand between a project's name and the role noun after it: 项目的投资方, 工程总承包方.
const ROLE_NOUN_JOIN = /^(?:建设)?(?:项目|工程)?的?$/;

function involvement(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  const words = relationWords();
  const projects = ctx.byLabel('Project');
  const projectsAt = ctx.positions('Project');
  for (const company of ctx.byLabel('Company')) {
    const clause = clauseAround(text, company.span.start);
    // Company … verb … project, in that order, in one clause.
    for (const project of projectsAt.startingIn(company.span.end, clause.end + 1)) {
      const between = text.slice(company.span.end, project.span.start);
      const trigger = words.between.find((t) => t.pattern.test(between));
      if (!trigger || between.length > 12) continue;
      out.relate({
        type: 'INVOLVED_IN',
        from: company,
        to: project,
        props: { role: trigger.role },
        evidence: ctx.evidence({ start: company.span.start, end: project.span.end }, RELATION_RULES.involved.id),
      });
    }
    // 滨河商业综合体项目投资方为恒达集团, 示范项目总承包方恒达电力设计院: the role is named.
    const lead = text.slice(Math.max(clause.start, company.span.start - 12), company.span.start);
    const roleNoun = words.roleNounBefore.exec(lead);
    if (roleNoun) {
      const nounStart = company.span.start - lead.length + roleNoun.index;
      // (ROLE_NOUN_JOIN spans at most 5 characters: 建设项目的.)
      const project = projectsAt.endingIn(nounStart - 5, nounStart + 1).find((p) => ROLE_NOUN_JOIN.test(text.slice(p.span.end, nounStart)));
      for (const role of (project && words.roleNounRoles.get(roleNoun[1]!)) || []) {
        out.relate({
          type: 'INVOLVED_IN',
          from: company,
          to: project!,
          props: { role },
          evidence: ctx.evidence({ start: project!.span.start, end: company.span.end }, RELATION_RULES.roleNoun.id),
        });
      }
    }
    // 生物产业园二期投入使用，海丰医药集团强势入驻: a park earlier in the sentence.
    const after = text.slice(company.span.end, company.span.end + 6);
    if (words.tenantAfter.test(after)) {
      const sentence = ctx.sentenceSpanAt(company.span.start);
      const park = projectsAt
        .startingIn(sentence.start, company.span.start + 1)
        .reverse()
        .find((p) => p.span.end <= company.span.start && /园|基地|城|中心/.test(p.name));
      if (park) {
        out.relate({
          type: 'INVOLVED_IN',
          from: company,
          to: park,
          props: { role: 'tenant' },
          evidence: ctx.evidence({ start: park.span.start, end: company.span.end }, RELATION_RULES.tenant.id),
        });
      }
    }
  }
  // 恒达新材料有限公司年产5万吨碳纤维项目: the company that opens the name is the developer, unless
  // the text says what it does (恒达集团投资的恒达减速器项目: the investor).
  // Who is already stated to be involved in each project (the loop adds only to its own project).
  const involved = new Map<unknown, Set<string>>();
  for (const r of out.relations) if (r.type === 'INVOLVED_IN') involved.set(r.to, (involved.get(r.to) ?? new Set()).add(r.from.name));
  for (const project of projects) {
    const owner = ctx.positions('Company').startingAt(project.span.start).find((c) => c.span.end < project.span.end);
    const stated = owner && involved.get(project)?.has(owner.name);
    if (owner && !stated) out.relate({ type: 'INVOLVED_IN', from: owner, to: project, props: { role: 'developer' }, evidence: ctx.evidence(project.span, RELATION_RULES.namePrefix.id) });
  }
}

function attended(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  const { attendCeremony, ceremony } = relationWords();
  const projects = ctx.positions('Project');
  for (const official of ctx.byLabel('Official')) {
    const clause = clauseAround(text, official.span.start);
    const rest = text.slice(official.span.end, clause.end);
    const verb = attendCeremony.exec(rest);
    if (!verb) continue;
    const event = ceremony.exec(rest.slice(verb.index));
    if (!event) continue;
    // The event is what the sentence reports since its last date (2月12日，客车一期项目如期开工，…出席开工仪式),
    // or, with no date, the clause before the official's.
    const sentence = ctx.sentenceSpanAt(official.span.start);
    const date = lastMonthDay(text, sentence.start, official.span.start);
    const windowStart = date ? date.index : clauseAround(text, Math.max(sentence.start, clause.start - 1)).start;
    const eventDate = completedDate(ctx, date?.written);
    for (const project of projects.startingIn(windowStart, clause.end + 1)) {
      if (project.span.end > clause.end) continue;
      out.relate({
        type: 'ATTENDED',
        from: official,
        to: project,
        props: {
          event: event[0],
          ...(eventDate ? { date: eventDate } : {}),
        },
        evidence: ctx.evidence({ start: sentence.start, end: clause.end }, RELATION_RULES.attended.id),
      });
    }
  }
}

function partnerships(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex): void {
  const text = ctx.text;
  const { partner: PARTNER, sign: SIGN } = relationWords();
  const orgs = ctx.byLabel('Company', 'Institution');
  const orgsAt = ctx.positions('Company', 'Institution');
  for (const org of orgs) {
    const clause = clauseAround(text, org.span.start);
    const head = text.slice(Math.max(clause.start, org.span.start - 1), org.span.start);
    // X与Y合作/共建: X is the org before 与 in the same clause.
    if (/[与和同]/.test(head)) {
      const partner = orgsAt
        .endingAt(org.span.start - 1)
        .reverse()
        .find((o) => o.span.start >= clause.start);
      const tail = text.slice(org.span.start - 1, clause.end);
      if (partner && PARTNER.test(tail)) {
        out.relate({
          type: 'PARTNERS_WITH',
          from: partner,
          to: org,
          props: {},
          evidence: ctx.evidence({ start: partner.span.start, end: clause.end }, RELATION_RULES.partners.id),
        });
        continue;
      }
      // 与齐鲁理工大学签署共建协议 with no subject in the clause: the district signs.
      const listEnd = followingList(text, org, orgsAt);
      const rest = text.slice(listEnd, clause.end);
      const subjectless = !orgsAt.startingIn(clause.start, org.span.start).some((o) => o.span.end < org.span.start);
      const clauseHead = text.slice(clause.start, org.span.start - 1);
      if (subjectless && SIGN.test(rest) && !/[\u4e00-\u9fff]{2,}(?:公司|集团)$/.test(clauseHead)) {
        const district = scope.districtAt(org.span.start);
        if (!district) continue;
        for (const signed of orgsAt.startingIn(org.span.start, listEnd + 1).filter((o) => o.span.end <= listEnd)) {
          out.relate({
            type: 'SIGNED_WITH',
            from: district,
            to: signed,
            props: {},
            evidence: ctx.evidence({ start: org.span.start - 1, end: clause.end }, RELATION_RULES.signed.id),
          });
        }
      }
    }
  }
}

// What may stand between a list of organisations and 与 the place they sign with: 在内等共41家企业.
const LIST_CLOSE = /^(?:在内)?(?:等(?:共)?(?:\d+|[一二三四五六七八九十百几多]+)?(?:家|个)?(?:企业|公司|单位|客商)?)?$/;

/** 恒达集团、滨河物流等12家企业与南湖区签署协议: the place after 与 signs with every organisation listed. */
function signedByList(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  const { sign: SIGN } = relationWords();
  const orgs = ctx.positions('Company', 'Institution');
  const placesAt = ctx.positions('District', 'City', 'Town');
  for (const place of ctx.byLabel('District', 'City', 'Town')) {
    // 与嘉兴市南湖区: the unit written last signs; only a place right after 与/同/和.
    const first = placesAt.endingAt(place.span.start)[0] ?? place;
    if (!'与同和'.includes(text.charAt(first.span.start - 1))) continue;
    if (placesAt.startingAt(place.span.end).length > 0) continue;
    const clause = clauseAround(text, place.span.start);
    if (!SIGN.test(text.slice(place.span.end, clause.end))) continue;
    const before = orgs.startingIn(clause.start, first.span.start).filter((o) => o.span.end < first.span.start);
    const last = before[before.length - 1];
    if (!last || !LIST_CLOSE.test(text.slice(last.span.end, first.span.start - 1))) continue;
    const listed = [last];
    for (let i = before.length - 2; i >= 0 && before[i]!.span.end === listed[0]!.span.start - 1 && text.charAt(before[i]!.span.end) === '、'; i--) listed.unshift(before[i]!);
    for (const org of listed) {
      out.relate({ type: 'SIGNED_WITH', from: place, to: org, props: {}, evidence: ctx.evidence({ start: listed[0]!.span.start, end: clause.end }, RELATION_RULES.signedByList.id) });
    }
  }
}

/** 恒达集团滨河物流园项目、…等12个项目集中签约: the place signs with the company of each project. */
function signedProjects(ctx: ExtractContext, out: FindingsBuilder, scope: ScopeIndex): void {
  const text = ctx.text;
  const { sign: SIGN } = relationWords();
  const companies = ctx.positions('Company');
  for (const project of ctx.byLabel('Project')) {
    const company = companies.startingAt(project.span.start)[0];
    if (!company) continue;
    const clause = clauseAround(text, project.span.start);
    if (!SIGN.test(text.slice(project.span.end, clause.end))) continue;
    const district = scope.districtAt(project.span.start);
    if (!district) continue;
    out.relate({ type: 'SIGNED_WITH', from: district, to: company, props: {}, evidence: ctx.evidence({ start: project.span.start, end: clause.end }, RELATION_RULES.signedProjects.id) });
  }
}

/** End of the 、-list of organisations starting with `first`: 与中国包装协会、中建置业公司等进行签约. */
function followingList(text: string, first: Organization, orgs: SpanIndex<Organization>): number {
  let end = first.span.end;
  for (;;) {
    if (text.charAt(end) !== '、') break;
    const next = orgs.startingAt(end + 1)[0];
    if (!next) break;
    end = next.span.end;
  }
  return end;
}

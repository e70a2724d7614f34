// Who took part in the article's event, and what the event was about. A press release on a ceremony
// or a visit names the officials taking part in one place (…出席; 县长甲陪同; 区委书记乙带队 …一行)
// and the event's projects, companies and institutions in another (考察团先后来到A、B、C;
// 本次集中开工的项目包括：…). Every official taking part attended every one of them: the article is
// the event's account, so this reads the whole article, not one clause.
import type { Mention, MentionWith, Sentence, Span } from '../../types';
import type { ExtractContext, FindingsBuilder, Rule } from '../context';
import { completedDate, firstMonthDay, lastMonthDay } from './dates';
import { lexicon } from '../../lexicon';
import { relationWords } from './words';

export const PARTICIPATION_RULES = {
  visit: {
    id: 'attended.visit',
    description: 'Officials taking part in a visit or inspection (调研/考察/来到 …), and every project, company or institution it goes to',
    example: '区委书记王立明带队调研重点项目。调研组先后来到恒达新材料有限公司、滨河物流园项目。',
  },
  signing: {
    id: 'signed-with.signing-event',
    description: 'In an article about a signing, the unit holding it (named in the lead) signs with the companies of the signed projects',
    example: '南湖区举行重点项目集中签约仪式。签约项目包括恒达新材料科技有限公司年产5万吨碳纤维项目。',
  },
  ceremony: {
    id: 'attended.event',
    description: 'Officials taking part in a ceremony (出席/宣布/主持 …), and every project the article names as the ceremony\'s',
    example: '南湖区重点项目集中开工仪式举行，区委书记王立明出席。本次集中开工的项目包括：滨河物流园项目、恒达新材料项目。',
  },
  site: {
    id: 'attended.site-paragraph',
    description: 'In a visit article, a paragraph that opens with a company, project or institution, in which an official taking part inspects (了解/询问/察看 …)',
    example: '区长王立明带队调研工业企业。\n恒达动力制造有限公司致力于研发摩托车。王立明详细了解企业研发情况。',
  },
} satisfies Record<string, Rule>;

type Target = MentionWith<'Project' | 'Company' | 'Institution'>;

// A staff role after an organisation makes it someone's employer, not a place visited: 恒达集团董事长王立明.
const EMPLOYER = /^(?:党委书记|董事长|总经理|副总经理|总裁|副总裁|负责人|创始人|院长|校长|主任|副董事长|执行董事|总监|经理|助理总裁|总工程师)/;
// How a list of the event's projects is introduced: 本次集中开工的项目包括：…; 签约项目分别是….
const LIST_INTRODUCER = /包括|分别是|分别为|项目有|既有|分别为：|如下|具体是|具体为/;
// An item of a numbered list: （一）…, 1.…, 一、…
const LIST_ITEM = /^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)/;

// A sentence about what is still to come (将于明年开工, 计划年底开工) is not about the event reported.
// (计划总投资, 预计年产值: a planned amount, not a later event.)
const FUTURE = /将于|计划(?!总?投资)|预计(?!年?产值|总?投资|年?销售|可?实现|新增)|拟于|力争|明年|下一步|即将/;

// The lead: an event article says what happened in its first sentences (6月9日，泸县举行…开工仪式;
// 区委书记王立明带队调研…); a work report or a round-up mentions events along the way.
const LEAD_SENTENCES = 4;

export function findParticipation(ctx: ExtractContext, out: FindingsBuilder): void {
  const words = relationWords();
  const text = ctx.text;
  const lead: Sentence[] = ctx.doc.sentences.filter((s) => /[\u4e00-\u9fff]{8}/.test(s.text)).slice(0, LEAD_SENTENCES);
  const about = [ctx.doc.title, ...lead.map((s) => s.text)].join('\n');
  const ceremonyArticle = words.ceremony.test(about) || words.batchCeremony.test(about);
  // A visit article: its title names a visit, or a lead sentence has an official before a visit verb.
  const officials = ctx.byLabel('Official');
  const visitArticle =
    visitAt(ctx.doc.title ?? '') !== undefined ||
    lead.some((s) => {
      const at = visitAt(ctx.text.slice(s.start, s.end)) ?? DELEGATION.exec(ctx.text.slice(s.start, s.end)) ?? undefined;
      return at !== undefined && officials.some((o) => o.span.start >= s.start && o.span.start < s.start + at.index);
    });
  if (!ceremonyArticle && !visitArticle) return;
  const sentenceText = (pos: number) => {
    const s = ctx.sentenceSpanAt(pos);
    return text.slice(s.start, s.end);
  };
  const participants = firstMentions(ctx.byLabel('Official').filter((o) => words.participate.test(sentenceText(o.span.start))));

  const targets: VisitTarget[] = [];
  const seen = new Set<string>();
  const candidates = ctx.byLabel('Project', 'Company', 'Institution');
  const candidatesAt = ctx.positions('Project', 'Company', 'Institution');
  const personNames = [...new Set(ctx.byLabel('Person').map((p) => p.name))];
  const employer = (m: Target) => EMPLOYER.test(text.slice(m.span.end, m.span.end + 5));
  // A company that opens a project's name (某某公司…项目) is that project's owner: the project is the target.
  const projectStarts = new Set(ctx.byLabel('Project').map((p) => p.span.start));
  const owner = (m: Target) => m.label !== 'Project' && projectStarts.has(m.span.start);
  const ceremony = ceremonyArticle ? (words.ceremony.exec(text) ?? words.batchCeremony.exec(text)) : null;
  // The numbered items after an event sentence that introduces them (…具体是：\n（一）1.甲项目；2.乙项目).
  let listOpen = false;
  for (const s of ctx.doc.sentences) {
    const introduces: boolean = ceremony !== null && !FUTURE.test(s.text) && LIST_INTRODUCER.test(s.text) && /项目/.test(s.text) && /[：:]$/.test(s.text.trim());
    const listed: boolean = listOpen && LIST_ITEM.test(s.text.trim());
    listOpen = introduces || listed;
    const inSentence = candidatesAt.startingIn(s.start, s.end + 1).filter((m) => m.span.end <= s.end && !employer(m) && !owner(m));
    if (inSentence.length === 0) continue;
    // (A ceremony's guests may also tour a site: 与会领导走进某某项目进行现场观摩.)
    const visit = visitArticle || ceremonyArticle ? (visitAt(s.text) ?? null) : null;
    const isEventSentence =
      ceremony !== null && !FUTURE.test(s.text) && (words.ceremony.test(s.text) || words.eventParagraph.test(s.text) || (LIST_INTRODUCER.test(s.text) && /项目/.test(s.text)) || listed);
    for (const m of inSentence) {
      const key = `${m.label}:${m.name}`;
      if (seen.has(key)) continue;
      // A ceremony's projects, or what a visit verb earlier in the sentence goes to.
      if (isEventSentence && m.label === 'Project') {
        targets.push({ target: m, context: 'ceremony', event: ceremony![0], span: s });
        seen.add(key);
      } else if (visit && s.start + visit.index < m.span.start) {
        targets.push({ target: m, context: 'visit', event: visit[0], span: s });
        seen.add(key);
      } else if ((visitArticle || ceremonyArticle) && !describesSite(text.slice(m.span.end, m.span.end + 8)) && !someoneElseGoes(s, m)) {
        const after = visitedBetween(text, m.span);
        if (after) {
          targets.push({ target: m, context: 'visit', event: after[0], span: s });
          seen.add(key);
        }
      }
    }
  }
  // 到恒达集团承建的滨河物流园调研: the builder describes the site; the site is visited.
  function describesSite(rest: string): boolean {
    return words.of.test(rest) || (words.builderAfter.test(rest) && /^[^，。；]{0,6}的/.test(rest));
  }
  // 董事长某某还赴分公司调研: a visit by someone the article names without office is not the officials'.
  // (Named anywhere in the article: a later sentence writes the name alone.)
  function someoneElseGoes(s: Span, m: Target): boolean {
    const before = text.slice(s.start, m.span.start);
    return personNames.some((name) => before.includes(name)) && !participants.some((p) => before.includes(p.name));
  }
  if (visitArticle) siteParagraphs(ctx, candidates.filter((m) => !employer(m) && !owner(m)), participants, seen, targets);
  signings(ctx, out, lead, targets.filter((t) => t.context === 'ceremony').map((t) => t.target));
  for (const official of participants) {
    const date = eventDate(ctx, official.span.start, lead);
    for (const { target, context, event, span, ruleId: own } of targets) {
      const ruleId = own ?? (context === 'visit' ? PARTICIPATION_RULES.visit.id : PARTICIPATION_RULES.ceremony.id);
      // Two pieces of evidence: the sentence that has the official take part, and the one that names the target.
      for (const at of [official.span, { start: target.span.start, end: Math.min(span.end, target.span.end) }]) {
        out.relate({ type: 'ATTENDED', from: official, to: target, props: { event, context, ...(date ? { date } : {}) }, evidence: ctx.evidence(at, ruleId) });
      }
    }
  }
}

type VisitTarget = { target: Target; context: 'visit' | 'ceremony'; event: string; span: Span; ruleId?: string };

/**
 * 恒达动力制造有限公司致力于…。周立成详细了解企业研发情况: in a visit article, a paragraph that opens
 * with a site, where one of the officials taking part inspects, reports a stop of the visit.
 */
function siteParagraphs(ctx: ExtractContext, candidates: Target[], participants: Mention[], seen: Set<string>, targets: VisitTarget[]): void {
  const text = ctx.text;
  const { inspect } = relationWords();
  // Later sentences name an official without the title (周立成详细了解…): the name is enough.
  const names = [...new Set(participants.map((p) => p.name))];
  // (Searched for in the paragraph only: a search of the whole text for each site would grow with its square.)
  const inspectedIn = (from: number, to: number) => {
    const paragraph = text.slice(from, to);
    return names.some((name) => {
      for (let i = paragraph.indexOf(name); i >= 0; i = paragraph.indexOf(name, i + 1)) {
        if (inspect.test(paragraph.slice(i + name.length, i + name.length + 8))) return true;
      }
      return false;
    });
  };
  for (const m of candidates) {
    const lineStart = text.lastIndexOf('\n', m.span.start - 1) + 1;
    // The site opens the paragraph, as its subject or where it happens (在恒达集团，…), alone or
    // in a list of the sites (在甲工业园、乙基地，每到一处…).
    const opening = text.slice(lineStart, m.span.start).trim();
    if (!(opening === '' || /^在/.test(opening)) || /[，。；]/.test(opening)) continue;
    const key = `${m.label}:${m.name}`;
    if (seen.has(key)) continue;
    let lineEnd = text.indexOf('\n', m.span.end);
    if (lineEnd < 0) lineEnd = text.length;
    if (!inspectedIn(m.span.end, lineEnd)) continue;
    const verb = inspect.exec(text.slice(m.span.end, lineEnd));
    targets.push({ target: m, context: 'visit', event: verb?.[0] ?? '调研', span: { start: lineStart, end: lineEnd }, ruleId: PARTICIPATION_RULES.site.id });
    seen.add(key);
  }
}

/**
 * A signing article (…集中签约仪式, 东澳镇签约5个项目): the unit named first in the lead holds it (a
 * town when the lead names one) and signs with every company that owns one of the signed projects.
 */
function signings(ctx: ExtractContext, out: FindingsBuilder, lead: Span[], projects: Target[]): void {
  const words = relationWords();
  const signingLead = lead.find((s) => words.sign.test(ctx.text.slice(s.start, s.end)));
  if (!signingLead || projects.length === 0) return;
  const inLead = ctx.byLabel('Town', 'District').filter((p) => p.span.start >= signingLead.start && p.span.end <= signingLead.end && !p.attrs.anaphora);
  // A town is the host when it signs (东澳镇签约5个项目), not when it is where it happens (在某县某街道…举行).
  const venue = (p: Mention) => {
    const county = inLead.find((c) => c.label === 'District' && c.span.end === p.span.start);
    return ctx.text.charAt((county ?? p).span.start - 1) === '在';
  };
  const host = inLead.find((p) => p.label === 'Town' && !venue(p)) ?? inLead.find((p) => p.label !== 'Town') ?? ctx.scope.document.district;
  if (!host) return;
  const owned = new Set(projects.map((p) => p.span.start));
  for (const company of ctx.byLabel('Company')) {
    if (!owned.has(company.span.start)) continue;
    out.relate({ type: 'SIGNED_WITH', from: host, to: company, props: {}, evidence: ctx.evidence(company.span, PARTICIPATION_RULES.signing.id) });
  }
}

/**
 * The event's date: the last month and day before the participant in its sentence, else the first
 * the lead states; completed from the article's date, and none when that date is only inferred.
 */
function eventDate(ctx: ExtractContext, at: number, lead: Span[]): string | undefined {
  const sentence = ctx.sentenceSpanAt(at);
  const own = lastMonthDay(ctx.text, sentence.start, at)?.written;
  return completedDate(ctx, own ?? lead.map((s) => firstMonthDay(ctx.text, s.start, s.end)).find((d) => d !== undefined));
}

// What makes a visit verb no visit: 深入贯彻 (thoroughly), 总书记视察 (a national leader's, long past).
const NOT_A_VISIT_AFTER = /^(?:贯彻|学习|实施|推进|开展|推动|落实|研究|人心|细致|浅出)/;
const NOT_A_VISIT_BEFORE = /总书记$|纪律$/;
// An official leading a delegation somewhere (率队赴泉州招商, 带队前往): a trip, so a visit article.
const DELEGATION = /(?:率队|带队|率团|带领[^，。；]{0,12}?)(?:赴|前往|到)/;

const compileVisitAll = (): RegExp => new RegExp(relationWords().visit.source, 'g');

/** The first visit verb of `text` that is a visit, if any. */
function visitAt(text: string): RegExpExecArray | undefined {
  const re = lexicon().compiled(compileVisitAll);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!NOT_A_VISIT_AFTER.test(text.slice(end, end + 4)) && !NOT_A_VISIT_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) return m;
  }
  return undefined;
}

// 带队到恒达集团调研, 赴滨河物流园考察: a word of going before the site, the visit verb after it, in one clause.
const GOING_TO = /(?:来到|前往|深入|走进|到|赴|在)[^，。；,;！？\n]*$/;
const CLAUSE_END = /[，。；,;！？\n]/;

/** The visit verb after `m` when `m` is where someone went to visit (到恒达集团施工的滨河物流园项目调研), if any. */
function visitedBetween(text: string, m: Span): RegExpExecArray | undefined {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (!GOING_TO.test(before)) return undefined;
  const rest = text.slice(m.end, m.end + 40);
  const clause = rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
  return visitAt(clause);
}

/** One mention per name: the first, whose sentence is the evidence. */
function firstMentions<M extends Mention>(mentions: M[]): M[] {
  const byName = new Map<string, M>();
  for (const m of mentions) if (!byName.has(m.name)) byName.set(m.name, m);
  return [...byName.values()];
}

// Who builds, funds or runs a project, from the phrases press releases use for it:
//   X项目总投资32亿元，由恒达科技有限公司投资建设，中建二局承建。
//   德国博伦斯集团投资的博伦斯减速器项目同步开工。
//   恒达与北方大学共建的储能联合实验室 / 双方将共同建设X基地。
// Each phrase names its companies, a verb giving their role, and the project it is about: the one
// written right after the verb, else the nearest one before it in the sentence, else (该项目…)
// the last one of the sentence before.
import type { InvolvementRole, Mention, Span } from '../../types';
import type { ExtractContext, FindingsBuilder, Rule } from '../context';
import type { SpanIndex } from '../positions';
import { relationWords } from './words';

export const PHRASE_RULES = {
  by: { id: 'involved-in.by', description: '由 a company (and partners) and a verb of building, funding or running: the project of the sentence', example: '滨河物流园项目总投资22亿元，由恒达物流有限公司投资建设。' },
  builder: { id: 'involved-in.builder', description: 'A company followed by 承建/施工/总承包: the builder of the sentence\'s project', example: '滨河物流园项目由恒达物流有限公司建设、中铁十局承建。' },
  investedOf: { id: 'involved-in.invested-of', description: 'A company, 投资的/建设的, then the project', example: '德国博伦斯集团投资的博伦斯减速器项目同步开工。' },
  subjectVerb: { id: 'involved-in.subject-verb', description: 'A company earlier in the sentence, then 投资建设/开发建设 right before the project', example: '恒达精机株式会社与区政府签订协议，投资建设恒达精密模具项目。' },
  coBuild: { id: 'involved-in.co-build', description: 'Companies that 共建/共同建设 the project that follows', example: '恒达科技有限公司与北方集团将共同建设滨河储能基地。' },
} satisfies Record<string, Rule>;

const REFERS_BACK = /^(?:该项目|项目|其|该基地|该园区)/;

function sentenceOf(ctx: ExtractContext, pos: number): Span {
  return ctx.sentenceSpanAt(pos);
}

/** The companies of a list starting with `first`: 恒达、北方集团 / 恒达与北方集团; the end of the list. */
function companyList(ctx: ExtractContext, first: Mention, orgs: SpanIndex<Mention>): { members: Mention[]; end: number } {
  const members = [first];
  let end = first.span.end;
  for (;;) {
    // 恒达、北方集团 / 恒达与北方集团 / 恒达将与北方集团
    const joiner = /^(?:将|已|拟)?(?:、|与|和|及|同)/.exec(ctx.text.slice(end, end + 2));
    const next = joiner ? orgs.startingAt(end + joiner[0].length)[0] : undefined;
    if (!next) break;
    members.push(next);
    end = next.span.end;
  }
  return { members, end };
}

/** The project a phrase at `pos` is about (see the file's head). */
function projectOf(ctx: ExtractContext, pos: number, projects: SpanIndex<Mention>): Mention | undefined {
  const after = projects.startingIn(pos, pos + 3)[0];
  if (after) return after;
  const sentence = sentenceOf(ctx, pos);
  const before = projects.startingIn(sentence.start, pos + 1).filter((p) => p.span.end <= pos);
  if (before.length > 0) return before[before.length - 1];
  if (REFERS_BACK.test(ctx.text.slice(sentence.start, sentence.start + 3)) || /^[，,]?由/.test(ctx.text.slice(sentence.start, sentence.start + 2))) {
    const last = projects.lastEndingBy(sentence.start);
    if (last && sentenceOf(ctx, last.span.start).end >= sentence.start - 1) return last;
  }
  return undefined;
}

export function findInvolvementPhrases(ctx: ExtractContext, out: FindingsBuilder): void {
  const text = ctx.text;
  const words = relationWords();
  const projects = ctx.byLabel('Project');
  const projectsAt = ctx.positions('Project');
  const companies = ctx.byLabel('Company');
  const orgs = ctx.positions('Company', 'Institution');
  const relate = (company: Mention, project: Mention, role: InvolvementRole, span: Span, ruleId: string) => {
    if (company.label !== 'Company') return;
    out.relate({ type: 'INVOLVED_IN', from: company, to: project, props: { role }, evidence: ctx.evidence(span, ruleId) });
  };
  for (const company of companies) {
    const { members, end } = companyList(ctx, company, orgs);
    const after = text.slice(end, end + 8).replace(/^(?:将|已|正在|计划|拟)/, '');
    const skipped = text.slice(end, end + 8).length - after.length;
    const by = text.charAt(company.span.start - 1) === '由';
    const verb = words.by.find((v) => after.startsWith(v.verb));
    // 由X投资建设 / 由X与Y共建的Z
    if (by && verb) {
      const verbEnd = end + skipped + verb.verb.length;
      const project = projectOf(ctx, verbEnd + (text.charAt(verbEnd) === '的' ? 1 : 0), projectsAt);
      if (project) for (const m of members) for (const role of verb.roles) relate(m, project, role, { start: Math.min(project.span.start, company.span.start), end: Math.max(project.span.end, verbEnd) }, PHRASE_RULES.by.id);
      continue;
    }
    // X承建 (also after 由…建设、)
    if (words.builderAfter.test(after)) {
      const project = projectOf(ctx, company.span.start, projectsAt);
      if (project) relate(company, project, 'builder', { start: Math.min(project.span.start, company.span.start), end: end + 2 }, PHRASE_RULES.builder.id);
      continue;
    }
    // X投资的Z / X建设的Z
    const ofVerb = words.of.exec(after);
    if (ofVerb) {
      const project = projectsAt.startingAt(end + skipped + ofVerb[0].length)[0];
      const roles = words.ofRoles.get(ofVerb[0].slice(0, -1)) ?? [];
      if (project) for (const role of roles) relate(company, project, role, { start: company.span.start, end: project.span.end }, PHRASE_RULES.investedOf.id);
      continue;
    }
    // X与Y将共同建设Z (the verb may come after more words in the clause: 双方将在海沧共同建设Z)
    const clauseEnd = text.slice(end).search(/[。；\n]/);
    const rest = text.slice(end, clauseEnd < 0 ? text.length : end + clauseEnd);
    const co = words.coBuild.exec(rest);
    if (co && members.length + (/^(?:将|已|拟)?[与和同]/.test(text.slice(end)) ? 1 : 0) > 1) {
      const at = end + co.index + co[0].length;
      const project = projectsAt.startingIn(at, at + 3)[0];
      if (project) for (const m of members) relate(m, project, 'developer', { start: company.span.start, end: project.span.end }, PHRASE_RULES.coBuild.id);
    }
  }
  // …，投资建设X项目: the company that is the sentence's subject.
  for (const project of projects) {
    const before = text.slice(Math.max(0, project.span.start - 6), project.span.start);
    const verb = words.beforeProject.exec(before);
    if (!verb) continue;
    const sentence = sentenceOf(ctx, project.span.start);
    const subject = ctx
      .positions('Company')
      .startingIn(sentence.start, project.span.start + 1)
      .find((c) => c.span.end <= project.span.start && !/[与和同]$/.test(text.slice(sentence.start, c.span.start)));
    if (subject) for (const role of words.beforeProjectRoles.get(verb[0]) ?? []) relate(subject, project, role, { start: subject.span.start, end: project.span.end }, PHRASE_RULES.subjectVerb.id);
  }
}

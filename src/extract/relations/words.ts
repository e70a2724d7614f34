// The relation vocabulary, compiled once from lexicons/triggers.jsonl (one table of verbs, each with
// the relation and roles it states and the phrases it is read in) and lexicons/events.jsonl
// (ceremonies, what officials do at them, visits).
import { alternation, lexicon, type Lexicon, type TriggerRecord, type TriggerUse } from '../../lexicon';
import type { InvolvementRole } from '../../types';

export interface RelationWords {
  /** Company … verb … project in one clause: the first role whose words occur between them. */
  between: Array<{ role: InvolvementRole; pattern: RegExp }>;
  /** 生物产业园二期投入使用，海丰医药集团强势入驻: a tenant's verb right after its name. */
  tenantAfter: RegExp;
  /** 由X<verb>: the verbs, longest first, with their roles. */
  by: Array<{ verb: string; roles: InvolvementRole[] }>;
  /** X承建 / X负责施工: the builder's verb right after its name. */
  builderAfter: RegExp;
  /** X投资的Y / X建设的Y. */
  of: RegExp;
  ofRoles: Map<string, InvolvementRole[]>;
  /** X与Y将共同建设Z. */
  coBuild: RegExp;
  /** …，投资建设X项目: a verb right before the project, whose subject is the sentence's company. */
  beforeProject: RegExp;
  beforeProjectRoles: Map<string, InvolvementRole[]>;
  /** 项目投资方为X / 项目总承包方X: a noun naming a role, right before the company (and 为/是). */
  roleNounBefore: RegExp;
  roleNounRoles: Map<string, InvolvementRole[]>;
  /** 与Y合作/共建/签署 after an organisation. */
  partner: RegExp;
  /** 签署/签订/签约: the district signs. */
  sign: RegExp;
  /** An official who attends or visits a ceremony of the sentence's projects. */
  attendCeremony: RegExp;
  /** A ceremony: 开工仪式, 签约活动, 仪式, 典礼. */
  ceremony: RegExp;
  /** What officials do at a batch ceremony: attend or officiate. */
  attendBatch: RegExp;
  /** A ceremony for several projects at once: 集中开工, 开工仪式, 签约暨…. */
  batchCeremony: RegExp;
  /** What makes a later paragraph part of the batch event's account: 主会场, 同步开工. */
  eventParagraph: RegExp;
  /** What an official taking part in an event does: attends, officiates, visits, leads or accompanies. */
  participate: RegExp;
  /** A visit or inspection: 调研, 考察, 来到, 察看. */
  visit: RegExp;
  /** What an official does at a site: 了解, 询问, 察看 (周立成详细了解企业研发情况). */
  inspect: RegExp;
}

function uses(lex: Lexicon, use: TriggerUse): TriggerRecord[] {
  return lex.entries('triggers').filter((t) => t.uses.includes(use));
}

function rolesByWord(entries: TriggerRecord[]): Map<string, InvolvementRole[]> {
  return new Map(entries.map((t) => [t.zh, t.roles ?? []]));
}

function compileWords(lex: Lexicon): RelationWords {
  const words = (use: TriggerUse) => uses(lex, use).map((t) => t.zh);
  const between = new Map<InvolvementRole, string[]>();
  for (const t of uses(lex, 'between')) {
    const role = t.roles?.[0];
    if (role) between.set(role, [...(between.get(role) ?? []), t.zh]);
  }
  const event = (...kinds: string[]) => lex.entries('events').filter((e) => kinds.includes(e.kind)).map((e) => e.zh);
  const stems = alternation(event('event'));
  const nouns = alternation(event('ceremony'));
  const aloneNouns = alternation(lex.entries('events').filter((e) => e.kind === 'ceremony' && e.alone).map((e) => e.zh));
  const batchPrefix = alternation(event('batch'));
  const batchJoiner = alternation(event('batch-joiner'));
  return {
    between: [...between].map(([role, ws]) => ({ role, pattern: new RegExp(alternation(ws)) })),
    tenantAfter: new RegExp(`^(?:[\\u4e00-\\u9fff]{0,2})(?:${alternation(words('tenant'))})`),
    by: uses(lex, 'by')
      .map((t) => ({ verb: t.zh, roles: t.roles ?? [] }))
      .sort((a, b) => b.verb.length - a.verb.length),
    builderAfter: new RegExp(`^(?:${alternation(words('builder-after'))})`),
    of: new RegExp(`^(?:${alternation(words('of'))})的`),
    ofRoles: rolesByWord(uses(lex, 'of')),
    coBuild: new RegExp(`(?:${alternation(words('co-build'))})`),
    beforeProject: new RegExp(`(?:${alternation(words('before-project'))})$`),
    beforeProjectRoles: rolesByWord(uses(lex, 'before-project')),
    roleNounBefore: new RegExp(`(${alternation(words('role-noun'))})(?:为|是|：|:)?$`),
    roleNounRoles: rolesByWord(uses(lex, 'role-noun')),
    partner: new RegExp(`^[与和同](?:[^，,。；;]{0,30}?)(?:${alternation(words('partner'))})`),
    sign: new RegExp(alternation(words('sign'))),
    attendCeremony: new RegExp(alternation(event('attend', 'visit'))),
    ceremony: new RegExp(`(${stems})(?:${nouns})?|${aloneNouns}`),
    attendBatch: new RegExp(alternation(event('attend', 'officiate'))),
    batchCeremony: new RegExp(`(?:${batchPrefix})(?:${stems})|(?:${stems})(?:${nouns}|${batchJoiner})`),
    eventParagraph: new RegExp(alternation(event('event-paragraph'))),
    participate: new RegExp(alternation(event('attend', 'officiate', 'visit', 'lead'))),
    visit: new RegExp(alternation(event('visit'))),
    inspect: new RegExp(alternation(event('inspect'))),
  };
}

export const relationWords = (): RelationWords => lexicon().compiled(compileWords);

// Extractors as components: each reads only what an earlier step produced, returns only the labels
// and relation types it declares, and changes nothing it did not make; the overlap filter is the
// one place where mentions are dropped.
import { describe, expect, it } from 'vitest';
import { COMPONENTS, extract, STEPS } from '../../src/extract';
import { ExtractContext } from '../../src/extract/context';
import { settleOverlaps } from '../../src/extract/overlaps';
import type { Mention } from '../../src/types';
import { docFromText } from '../helpers/documents';
import { seedDocuments } from '../helpers/seeds';

describe('the steps', () => {
  it('run in the declared order, each component reading only labels an earlier component produces', () => {
    const produced = new Set<string>();
    for (const step of STEPS) {
      if (step.kind === 'filter') continue;
      for (const label of step.reads) expect(produced, `${step.name} reads ${label}`).toContain(label);
      for (const label of step.produces.labels) produced.add(label);
    }
    expect(STEPS.map((s) => s.name)).toEqual(['places', 'organizations', 'projects', 'owners', 'overlaps', 'officials', 'relations']);
  });

  it('every rule id is unique and belongs to one component', () => {
    const ids = COMPONENTS.flatMap((c) => c.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('on the seeds, each component returns only what it declares and leaves what it read untouched', async () => {
    for (const doc of await seedDocuments()) {
      const ctx = new ExtractContext(doc);
      for (const step of STEPS) {
        if (step.kind === 'filter') {
          ctx.replaceMentions(step.run(ctx.mentions, ctx));
          continue;
        }
        const before = JSON.stringify(ctx.mentions);
        // Every label the component asks for is one it declares it reads.
        const asked = new Set<string>();
        const byLabel = ctx.byLabel.bind(ctx);
        ctx.byLabel = ((...labels: Parameters<typeof ctx.byLabel>) => {
          for (const l of labels) asked.add(l);
          return byLabel(...labels);
        }) as typeof ctx.byLabel;
        const found = step.run(ctx);
        ctx.byLabel = byLabel;
        for (const l of asked) expect(step.reads, `${step.name} reads ${l}`).toContain(l);
        expect(JSON.stringify(ctx.mentions), `${step.name} changed earlier mentions`).toBe(before);
        for (const m of found.mentions) expect(step.produces.labels, `${step.name} made a ${m.label}`).toContain(m.label);
        for (const r of found.relations) expect(step.produces.relations, `${step.name} made a ${r.type}`).toContain(r.type);
        ctx.addMentions(found.mentions);
        ctx.addRelations(found.relations);
      }
      // Running the steps by hand is what extract() does.
      expect(JSON.stringify({ m: ctx.mentions, r: ctx.relations })).toBe(JSON.stringify({ m: extract(doc).mentions, r: extract(doc).relations }));
    }
  });
});

describe('the overlap filter', () => {
  const place = (name: string, start: number, end: number): Mention => ({
    label: 'Province', name, span: { start, end }, ruleId: 'place.gazetteer-short', attrs: { level: 'province', code: '37', parentCode: '', status: 'current', ambiguous: false },
  });
  const org = (label: 'Company' | 'Institution', name: string, start: number): Mention => ({ label, name, span: { start, end: start + name.length }, ruleId: 'org.test', attrs: {} });
  const project = (name: string, start: number, ruleId = 'project.suffix'): Mention => ({ label: 'Project', name, span: { start, end: start + name.length }, ruleId, attrs: {} });
  const kept = (text: string, mentions: Mention[]) => settleOverlaps.run(mentions, new ExtractContext(docFromText(text))).map((m) => `${m.label}:${m.name}`);

  it.each<[string, string, Mention[], string[]]>([
    ['a project the facility rule made replaces its institution', '滨河医院基本建成。', [org('Institution', '滨河医院', 0), project('滨河医院', 0, 'project.facility')], ['Project:滨河医院']],
    ['the longest of overlapping projects wins', '华东装备绿色制造产业城项目加快建设。', [project('绿色制造产业城项目', 4), project('华东装备绿色制造产业城项目', 0)], ['Project:华东装备绿色制造产业城项目']],
    ['a project inside an organisation’s name is dropped', '北方科技园区管理有限公司成立。', [org('Company', '北方科技园区管理有限公司', 0), project('北方科技园区', 0)], ['Company:北方科技园区管理有限公司']],
    ['an organisation opening a project’s name stays as its owner', '齐鲁理工大学科技园开园。', [org('Institution', '齐鲁理工大学', 0), project('齐鲁理工大学科技园', 0)], ['Institution:齐鲁理工大学', 'Project:齐鲁理工大学科技园']],
    ['a school whose own building work is the project is not its owner', '南湖小学改扩建项目开工。', [org('Institution', '南湖小学', 0), project('南湖小学改扩建项目', 0)], ['Project:南湖小学改扩建项目']],
    ['an organisation inside a project, not at its start, is dropped', '年产5万吨恒达新材料有限公司项目。', [org('Company', '恒达新材料有限公司', 5), project('年产5万吨恒达新材料有限公司项目', 0)], ['Project:年产5万吨恒达新材料有限公司项目']],
    ['a place inside a name is part of the name', '山东数字产业园开园。', [place('山东', 0, 2), project('山东数字产业园', 0)], ['Project:山东数字产业园']],
    ['a place outside every name stays', '山东：数字产业园开园。', [place('山东', 0, 2), project('数字产业园', 3)], ['Province:山东', 'Project:数字产业园']],
  ])('%s', (_, text, mentions, expected) => {
    expect(kept(text, mentions)).toEqual(expected);
  });
});

// Relations between mentions, sentence by sentence: who builds, funds or runs a project, and who
// attended a ceremony. Expected facts are read off each text by hand.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/types';
import { projectKey } from '../../src/resolve/aliases';
import { extractText } from '../helpers/documents';

/** "company role → project" (the project without a trailing 项目: 滨河物流园 and 滨河物流园项目 are one). */
function facts(ex: Extraction, type: string): string[] {
  return [...new Set(ex.relations.filter((r) => r.type === type).map((r) => [r.from.name, r.props.role, '→', projectKey(r.to.name)].filter(Boolean).join(' ')))].sort();
}

describe('INVOLVED_IN from press-release phrases', () => {
  it.each([
    ['西湖区召开会议。滨河物流园项目总投资22亿元，由恒达物流有限公司投资建设，中建五局承建。', ['中建五局 builder → 滨河物流园', '恒达物流有限公司 developer → 滨河物流园']],
    ['西湖区召开会议。滨河物流园项目总投资22亿元，由恒达物流有限公司投资。', ['恒达物流有限公司 investor → 滨河物流园']],
    ['西湖区召开会议。德国博伦斯集团投资的博伦斯减速器项目同步开工。', ['博伦斯集团 investor → 博伦斯减速器']],
    ['西湖区召开会议。恒达科技有限公司将与北方集团共同建设滨河储能基地。', ['北方集团 developer → 滨河储能基地', '恒达科技有限公司 developer → 滨河储能基地']],
    ['西湖区召开会议。恒达精机株式会社与区政府签订协议，投资建设恒达精密模具项目。', ['恒达精机株式会社 developer → 恒达精密模具']],
    // the project of an earlier sentence, referred to as 该项目
    ['西湖区召开会议。重点推动滨河物流港项目建设。该项目总投资22亿元，由恒达物流集团有限公司投资建设。', ['恒达物流集团有限公司 developer → 滨河物流港']],
    ['西湖区召开会议。滨河大厦由恒达置业有限公司建设运营。', ['恒达置业有限公司 developer → 滨河大厦', '恒达置业有限公司 operator → 滨河大厦']],
    // a noun naming the role between the project and the company
    ['西湖区签约5个项目。其中滨河商业综合体项目投资方为恒达集团。', ['恒达集团 investor → 滨河商业综合体']],
    ['西湖区召开会议。滨河清洁取暖示范项目总承包方恒达电力工程有限公司副总经理李明出席。', ['恒达电力工程有限公司 builder → 滨河清洁取暖示范']],
    ['西湖区召开会议。滨河物流园项目的建设单位是恒达物流有限公司。', ['恒达物流有限公司 developer → 滨河物流园']],
  ])('%s', (text, expected) => {
    expect(facts(extractText(text), 'INVOLVED_IN')).toEqual(expected);
  });

  it('a company merely named near a project is not involved in it', () => {
    expect(facts(extractText('西湖区召开会议。恒达物流有限公司负责人表示，滨河物流园项目进展顺利。'), 'INVOLVED_IN')).toEqual([]);
  });
});

describe('ATTENDED at a batch ceremony', () => {
  const article = [
    '西湖区重点项目集中开工',
    '4月18日上午，西湖区2024年第二季度重点项目集中开工活动在三墩镇主会场举行。',
    '市委常委、西湖区委书记王明宣布项目开工。区委副书记、区长李华致辞。副区长张伟等在主会场出席活动。',
    '作为主会场项目，滨河物流园项目总投资32亿元，由恒达物流有限公司投资建设。',
    '在分会场，北方机器人产业园项目同步开工。',
    '李华指出，要推动项目早建成、早投产。东湖科创中心项目将于明年开工。',
  ].join('\n');

  it('links every official who attended to every project of the event paragraphs, and no other', () => {
    const attended = facts(extractText(article, '2024-04-19'), 'ATTENDED');
    const expected = ['王明', '李华', '张伟'].flatMap((o) => [`${o} → 北方机器人产业园`, `${o} → 滨河物流园`]).sort();
    expect(attended).toEqual(expected);
  });
});

describe('ATTENDED dates', () => {
  // Read off each text: the month and day before the official, the year from the article's date.
  it.each([
    ['9月10日，西湖区滨河物流园项目开工，区委书记王明出席开工仪式。', '2024-09-13', '2024-09-10'],
    // A December ceremony reported in January happened the year before.
    ['12月28日，西湖区滨河物流园项目开工，区委书记王明出席开工仪式。', '2025-01-03', '2024-12-28'],
    // No date in the sentence: none is made up.
    ['西湖区滨河物流园项目开工，区委书记王明出席开工仪式。', '2024-09-13', undefined],
  ])('%s (article %s)', (text, articleDate, expected) => {
    const dates = extractText(text, articleDate).relations.filter((r) => r.type === 'ATTENDED').map((r) => r.props.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set([expected]));
  });
});

describe('taking part in the article\'s event', () => {
  const attended = (text: string) => [...new Set(extractText(text).relations.filter((r) => r.type === 'ATTENDED').map((r) => `${r.from.name} → ${r.to.name} (${r.props.context ?? r.props.event})`))].sort();

  it.each([
    // a visit: every place the delegation goes to, in a later sentence too
    ['区委书记王明带队调研重点项目。调研组先后来到恒达新材料有限公司、滨河物流园项目。', ['王明 → 恒达新材料有限公司 (visit)', '王明 → 滨河物流园 (visit)']],
    // a company whose staff speak is still visited, its staff are no participants
    ['南湖区委书记王明带队调研。调研组来到恒达集团，恒达集团董事长李华介绍情况。', ['王明 → 恒达集团 (visit)']],
    // a ceremony: the projects the article lists as the ceremony's
    ['南湖区重点项目集中开工仪式举行，区委书记王明出席。本次集中开工的项目包括：滨河物流园项目、恒达新材料项目。', ['王明 → 恒达新材料项目 (ceremony)', '王明 → 滨河物流园 (ceremony)']],
    // 先后到 goes to the sites one after another
    ['8月28日，县长韦明开展重大项目调研工作。当天，韦明先后到滨河公墓项目、恒达物流仓储项目现场。', ['韦明 → 恒达物流仓储项目 (visit)', '韦明 → 滨河公墓项目 (visit)']],
    // a paragraph that opens with a site the official inspects is a stop of the visit
    ['区委副书记、区长王明带队前往南湖区调研工业企业。\n恒达动力制造有限公司致力于研发摩托车。王明详细了解企业研发情况。\n滨河水厂项目正在建设中。王明仔细察看项目施工情况。', ['王明 → 恒达动力制造有限公司 (visit)', '王明 → 滨河水厂 (visit)']],
    // officials who go along (一同检查) take part too
    ['县长胡立利带队检查重点项目。副县长刘立华，县发改局等单位负责人一同检查。\n胡立利一行来到滨河物流园项目建设现场。', ['刘立华 → 滨河物流园 (visit)', '胡立利 → 滨河物流园 (visit)']],
    // 拜访 is a visit
    ['区人大常委会副主任梅立率队赴泉州招商。梅立一行先后拜访了恒达电商产业园。', ['梅立 → 恒达电商产业园 (visit)']],
    // …also where it happens, and in a list of sites (在甲、乙，每到一处…)
    ['市委书记王东明深入园区调研。\n在滨河工业园、北湖园区，每到一处，王东明都详细询问园区发展情况。', ['王东明 → 北湖园区 (visit)', '王东明 → 滨河工业园 (visit)']],
    // …not a paragraph where no one taking part inspects
    ['区委副书记、区长王明带队前往南湖区调研工业企业。\n在恒达精工有限公司，企业负责人介绍了扩产计划。', []],
    // …not when nobody taking part inspects it
    ['区委副书记、区长王明带队前往南湖区调研工业企业。\n恒达动力制造有限公司致力于研发摩托车，年产值10亿元。', []],
    // a ceremony's guests touring a site afterwards
    ['南湖区重点项目集中开工仪式举行，区委书记王立明出席。随后，与会领导走进恒达肉鸡屠宰熟食项目进行现场观摩。', ['王立明 → 恒达肉鸡屠宰熟食项目 (visit)']],
    // the numbered items after the sentence that introduces the ceremony's projects
    ['南湖区重点项目集中开工仪式举行。该区第五批集中开工项目3个，具体是：\n（一）2个政府投资项目：1.南湖区文化馆项目；2.南湖区第一小学建设项目。\n（二）1个企业投资项目：1.恒达海洋牧场项目。\n出席开工仪式的区领导有区长王立明。', ['王立明 → 南湖区文化馆 (ceremony)', '王立明 → 南湖区第一小学 (ceremony)', '王立明 → 恒达海洋牧场项目 (ceremony)']],
    // the site between a word of going and the visit verb after it; the builder describing it is no site
    ['12月7日，南湖区委书记王立明带队到恒达建工第三分公司施工的滨河物流园二期项目调研指导工作。区长李志刚陪同调研。', ['李志刚 → 滨河物流园项目 (visit)', '王立明 → 滨河物流园项目 (visit)']],
    // …not a visit made by someone the article names without office
    ['南湖区委书记王立明带队到滨河物流园项目调研。恒达集团总经理李志刚介绍情况。5月28日，李志刚还赴恒达集团北方基地进行调研。', ['王立明 → 滨河物流园 (visit)']],
    // …not without a visit verb after it
    ['南湖区委书记王立明带队调研。王立明到滨河物流园项目，要求加快建设。', []],
    // a planned amount in the ceremony's sentence is no later event; a project planned for later is
    ['南湖区举行重点项目集中签约仪式，现场签约滨河科技城、恒达汽配产业园等2个项目，计划总投资20亿元。区委书记王立明出席。', ['王立明 → 恒达汽配产业园 (ceremony)', '王立明 → 滨河科技城 (ceremony)']],
    ['南湖区举行重点项目集中签约仪式，区委书记王立明出席。北湖物流园项目计划于明年开工。', []],
    // a meeting that discusses a project is no visit to it
    ['南湖区召开常务会议，区长王明主持。会议研究了滨河物流园项目。', []],
    // 深入贯彻 is "thoroughly", not "went deep into": a press conference is no visit
    ['南湖区召开新闻发布会，区长王明介绍了情况。南湖区深入贯彻落实会议精神，深入恒达集团、滨河物流园项目帮扶。', []],
  ])('%s', (text, expected) => {
    expect(attended(text)).toEqual(expected);
  });

  it.each([
    // the unit holding a signing signs with the companies owning the signed projects
    ['南湖区举行重点项目集中签约仪式。签约项目包括恒达新材料科技有限公司年产5万吨碳纤维项目。', ['南湖区 → 恒达新材料科技有限公司']],
    // no signing, no agreement
    ['南湖区召开会议。恒达新材料科技有限公司年产5万吨碳纤维项目开工。', []],
    // a town where the signing takes place is not the one that signs
    ['在南湖区三河街道滨河健康城项目区举行一季度重大项目集中签约暨开工仪式。签约项目包括恒达新材料科技有限公司年产5万吨碳纤维项目。', ['南湖区 → 恒达新材料科技有限公司']],
    // companies listed before 与 the place they sign with
    ['恒达投资集团、滨河建工集团等12家企业与嘉兴市南湖区签署了项目合作协议。', ['南湖区 → 恒达投资集团', '南湖区 → 滨河建工集团']],
    // the companies that open the names of the projects signed in a later paragraph
    ['南湖区召开大会。当日，南湖区还举办了项目签约仪式，恒达集团滨河宠物食品项目、北方新型材料科技有限公司智慧家居科技园项目等58个项目集中签约。', ['南湖区 → 北方新型材料科技有限公司', '南湖区 → 恒达集团']],
    // …and not when they only meet it
    ['恒达投资集团、滨河建工集团等12家企业与南湖区有关部门座谈。', []],
  ])('%s', (text, expected) => {
    expect([...new Set(extractText(text).relations.filter((r) => r.type === 'SIGNED_WITH').map((r) => `${r.from.name} → ${r.to.name}`))].sort()).toEqual(expected);
  });
});


// Places resolved from the article's own context. Codes are China's division codes (GB/T 2260).
import { describe, expect, it } from 'vitest';
import { isPlaceMention } from '../../src/types';
import { extractText, positions } from '../helpers/documents';

function districts(text: string): string[] {
  const ex = extractText(text);
  return [...new Set(ex.mentions.filter((m) => m.label === 'District').map((m) => `${m.name}:${m.attrs.code}`))].sort();
}

describe('places', () => {
  it.each([
    // the parent written before the name decides
    ['枣庄市市中区GDP完成257亿元。', ['市中区:370402']],
    // context: an article about 济南
    ['这一系列变化发生在济南的中心城区——市中区的经纬线内。济南各区齐头并进。', ['市中区:370103']],
    // a short form counts when the full name is in the article
    ['历下区委书记马玉星表示，让历下教育品牌更加响亮。', ['历下区:370102']],
    // a district of another province that is also an ordinary word (洛阳 老城区) is not a place here
    ['枣庄市市中区聚焦老城区更新。', ['市中区:370402']],
  ])('%s', (text, expected) => {
    expect(districts(text)).toEqual(expected);
  });

  it('functional zones are found by their organs and keep their parent city', () => {
    const ex = extractText('南部山区党工委书记、管委会主任文东河表示，南部山区是我市生态文明建设的主战场。济南市加快发展。');
    const zones = ex.mentions.filter(isPlaceMention).filter((m) => m.label === 'District' && m.attrs.level === 'zone');
    expect([...new Set(zones.map((z) => `${z.name}:${z.attrs.parentCode}`))]).toEqual(['南部山区:3701']);
    expect(zones.length).toBe(2);
  });

  it('a bare 高新区 is the zone of the article city', () => {
    const ex = extractText('济南高新区实现突破。2019年，高新区将对标全市工作体系。');
    const names = ex.mentions.filter((m) => m.label === 'District').map((m) => m.name);
    expect(names).toEqual(['济南高新区', '济南高新区']);
  });

  it('a name inside an organisation is not a place mention', () => {
    const ex = extractText('市中区与山东大学签署共建协议。');
    expect(ex.mentions.filter((m) => m.label === 'Province')).toEqual([]);
  });

  it('where a delegation sets out for does not decide whose the article is', () => {
    const ex = extractText('郏县召开会议。县委书记王明带队赴舞钢市、眉县考察。');
    expect(positions(ex)).toEqual(['王明: 县委书记@郏县']);
  });

  it.each([
    // a name before a type only zones have
    ['签约仪式在滨江港开发区举行。', ['District:滨江港开发区']],
    // a park the text gives its own organ is a zone
    ['南湖区召开会议，南湖科技园管委会主任王明出席。', ['District:南湖区', 'District:南湖科技园']],
    // a province by its name without 省
    ['王明一行来到浙江考察。', ['Province:浙江省']],
    // a province's short name in an outlet's name, or joined into a name by a middle dot
    ['湖南日报记者 王立。石门县召开会议。', ['District:石门县']],
    ['中新网山西新闻11月7日电 石门县召开会议。', ['District:石门县']],
    ['南华县与恒达公司签署云南·南华野生菌产业园建设项目合作协议。', ['District:南华县']],
    // a zone type without a name, words that are also short names of places
    ['要把开发区建设好。', []],
    ['要坚持和平发展的道路，推进城乡融合。', []],
    ['晋商文化源远流长，鲁菜闻名全国。', []],
  ])('places in %s', (text, expected) => {
    const ex = extractText(text);
    expect([...new Set(ex.mentions.filter(isPlaceMention).map((m) => `${m.label}:${m.name}`))].sort()).toEqual(expected);
  });

  it.each([
    // before its own organ or head
    ['西湖区召开会议，三墩镇党委书记李明出席。', ['三墩镇:place.town']],
    // before one of its villages or communities, the name closed on the left
    ['调研组来到三河镇柳树村察看项目。', ['三河镇:place.town-village']],
    ['他来到城南街道东湖社区看望群众。', ['城南街道:place.town-village']],
    // after a place word, before a visit verb or a pause
    ['11月6日，市委书记李明在辛庄镇调研走访企业。', ['辛庄镇:place.town-visited']],
    ['深入城关镇走访企业，了解情况。', ['城关镇:place.town-visited']],
    // listed together, each closed on the left
    ['在三河镇、柳林乡、城南街道等地调研。', ['三河镇:place.town-listed', '城南街道:place.town-listed', '柳林乡:place.town-listed']],
    ['城厢镇与朱家场镇签订协议。', ['城厢镇:place.town-listed', '朱家场镇:place.town-listed']],
    // right after its county
    ['仪式在大邑县三河街道滨河健康城项目区举行。', ['三河街道:place.town-after-county']],
    ['南湖区各乡镇参加。南湖区重点镇建设。南湖区中心镇建设。', []],
    // a seat town carrying the county's short name
    ['梁山县召开会议。开发区管委会主任李立朋、梁山街道党工委书记王立平出席。', ['梁山街道:place.town']],
    // not towns: common words, a name not closed on the left, scenic towns
    ['全县乡镇村干部参加会议。', []],
    ['到基层乡镇，倾听群众心声。', []],
    ['打造丹霞小镇，发展旅游。', []],
    ['在城乡融合示范村调研。', []],
    ['推进新型城镇化，在全镇开展整治。', []],
    ['清扫街道，美化环境。', []],
    ['送科技下乡调研活动。', []],
    ['在工业重镇调研。', []],
    ['推进城镇、乡村建设。', []],
    ['不是常委会委员的各乡镇人大主席列席会议。', []],
  ])('towns in %s', (text, expected) => {
    const towns = extractText(text).mentions.filter((m) => m.label === 'Town').map((m) => `${m.name}:${m.ruleId}`);
    expect([...new Set(towns)].sort()).toEqual(expected);
  });

  it('a county\'s short name inside a town\'s is part of the town: the secretary holds the town\'s post', () => {
    const ex = extractText('梁山县召开会议。梁山街道党工委书记王立平出席。');
    expect(positions(ex)).toEqual(['王立平: 党工委书记@梁山街道']);
    expect(ex.mentions.filter((m) => m.label === 'District').map((m) => m.name)).toEqual(['梁山县']);
  });

  it.each([
    // 我县 and no county named in full: the one county whose short name the text writes
    ['我县召开会议，县委书记王明出席。德清高铁新城项目开工。', ['王明: 县委书记@德清县']],
    // a short name that is also an ordinary word (新建, 新建区) is none
    ['我县召开会议，县委书记王明出席。会议要求做好新建项目。', []],
    // two counties' short names: nothing decides
    ['我县召开会议，县委书记王明出席。德清和安吉的企业参加。', []],
    // zones named in full do not stand for the county whose short name the title writes
    ['区委书记李晓明深入企业调研，加快辽中经济发展。\n1月11日，区委书记李晓明深入近海经济区的9家企业走访调研。', ['李晓明: 区委书记@辽中区']],
    // a county's short name that is an ordinary word (资源 of 资源县) is none
    ['3月26日，县委副书记、县长刘明深入现场调度兴国物流园项目。要科学调配资源，加强合作。', ['刘明: 县委副书记@兴国县', '刘明: 县长@兴国县']],
    // …unless only one is in the province the text names (凤凰县 is in Hunan)
    ['我县与四川省同步举行集中开工仪式，县委书记王明出席。凤凰生态公园项目开工，一批项目落户蓬安。', ['王明: 县委书记@蓬安县']],
    // a delegation's own district does not fit a county's post; the county it visits does
    ['南湖区党政代表团来德清县考察。县委书记王明陪同，我县有关部门负责人参加。', ['王明: 县委书记@德清县']],
  ])('the article\'s own county: %s', (text, expected) => {
    expect(positions(extractText(text))).toEqual(expected);
  });

  it('我县 is the publisher\'s: the projects a visiting delegation sees are in it, not in the visitors\' district', () => {
    const text = '南湖区党政代表团来我县考察调研\n3月25日，南湖区委书记王明率南湖区党政代表团来我县考察。代表团先后参观了滨河物流园、德清县规划展览馆及莫干“双链融合”项目，详细了解了我县近年来的发展情况。南湖区将加强合作。';
    const located = extractText(text).relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.from.name} → ${r.to.name}`);
    expect([...new Set(located)].sort()).toEqual(['德清县规划展览馆及莫干“双链融合”项目 → 德清县', '滨河物流园 → 德清县']);
  });

  it.each([
    // a unit abolished in 2009 is a place in a 2008 article, and no place in a 2015 one
    ['南汇区召开会议，区长王明出席。', '2008-05-01', ['District:南汇区:310119']],
    ['南汇区召开会议，区长王明出席。', '2015-05-01', []],
    // a former name is the unit (by its code and today's name) while it was in use
    ['襄樊市召开会议，市长王明出席。', '2008-05-01', ['City:襄阳市:4206']],
    ['襄樊市召开会议，市长王明出席。', '2015-05-01', []],
  ])('%s (article of %s)', (text, date, expected) => {
    const ex = extractText(text, date);
    expect(ex.mentions.filter(isPlaceMention).map((m) => `${m.label}:${m.name}:${m.attrs.code}`)).toEqual(expected);
  });
});

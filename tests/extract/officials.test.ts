// Officials and their posts, sentence by sentence. Expected posts are read off each sentence by hand.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract';
import { docFromText, extractText, names, positions } from '../helpers/documents';

describe('officials: titles before names', () => {
  it.each([
    ['发布会上，莱芜区委副书记、区长秦蕾介绍了情况。', ['秦蕾: 区委副书记@莱芜区', '秦蕾: 区长@莱芜区']],
    // chained form: a city post, then two posts of a zone
    ['济南市召开会议。市委常委，济南高新区党工委书记、管委会主任王宏志——咬定目标', ['王宏志: 市委常委@济南市', '王宏志: 党工委书记@济南高新区', '王宏志: 管委会主任@济南高新区']],
    ['历下区委书记马玉星——担当作为抓落实', ['马玉星: 区委书记@历下区']],
    ['平阴县委书记朱云生——真抓实干', ['朱云生: 县委书记@平阴县']],
    // a name before a verb: 王志强表示 is a three-character name
    ['杭州市西湖区区长王志强表示，要加快发展。', ['王志强: 区长@西湖区']],
    // a title shared by a list of names
    ['历城区召开大会，副区长王明、李华出席。', ['李华: 副区长@历城区', '王明: 副区长@历城区']],
    // compound surname
    ['长清区委书记欧阳明远出席会议。', ['欧阳明远: 区委书记@长清区']],
    // 兼 joins two posts; a zone nearby takes no 区委 post when the article's county fits it; a zone's
    // executive deputy director after the zone's name
    ['梁山县召开会议。县委常委、统战部部长兼县委办公室主任王洪明陪同调研。', ['王洪明: 县委办公室主任@梁山县', '王洪明: 县委常委@梁山县', '王洪明: 统战部部长@梁山县']],
    ['辽中区召开会议。沈阳近海经济区常务副主任翟明，区委常委王洪明陪同调研。', ['王洪明: 区委常委@辽中区', '翟明: 管委会常务副主任@沈阳近海经济区']],
    // 列席 after a post is no name
    ['南湖区召开会议，新泾镇人大主席列席会议。', []],
    // 选举甲为主席，乙、丙为副主席，丁为秘书长: lists of names before 为, the CPPCC's secretary-general
    ['大会选举李文江为政协第十届玉屏侗族自治县委员会主席，张立昭、姚立水为政协第十届玉屏侗族自治县委员会副主席，郑立勇为政协第十届玉屏侗族自治县委员会秘书长。', ['姚立水: 政协副主席@玉屏侗族自治县', '张立昭: 政协副主席@玉屏侗族自治县', '李文江: 政协主席@玉屏侗族自治县', '郑立勇: 政协秘书长@玉屏侗族自治县']],
    // 代 is a surname; 班子 and 代表 are no names
    ['玉屏侗族自治县召开会议。县委副书记代立华出席。县人民政府班子成员参加。区长代表区政府致辞。', ['代立华: 县委副书记@玉屏侗族自治县']],
    // the government's secretary-general with 人民政府 written out
    ['滨海新区召开会议。任命曹金明为滨海新区人民政府秘书长。', ['曹金明: 区政府秘书长@滨海新区']],
    // 人大主任 is the short form of 人大常委会主任; a speech's name after the name (致开幕词)
    ['甘谷县召开会议。县人大主任杨立帆出席。', ['杨立帆: 县人大常委会主任@甘谷县']],
    ['平谷区召开会议。区委副书记、区长狄立涛致开幕词。', ['狄立涛: 区委副书记@平谷区', '狄立涛: 区长@平谷区']],
    // an acting county head: 代县长 holds no 代县 (a county of Shanxi)
    ['梨树县召开会议，县委副书记、代县长毕成杰出席。', ['毕成杰: 县委副书记@梨树县', '毕成杰: 代县长@梨树县']],
    // a verb after a title is no name, though its first character is a surname (强)
    ['平阴县召开会议，县委副书记、县长刘加出席。刘加县长强调，要抓好项目。', ['刘加: 县委副书记@平阴县', '刘加: 县长@平阴县']],
  ])('%s', (sentence, expected) => {
    expect(positions(extractText(sentence))).toEqual([...expected].sort());
  });

  it('a provincial title without a place belongs to the province of the article', () => {
    const ex = extractText('济南市莱芜区重卡项目开工，省委书记刘家义出席开工仪式。');
    expect(positions(ex)).toEqual(['刘家义: 省委书记@山东省']);
  });

  it('the speaker of a committee report heads that committee', () => {
    const ex = extractText('2月17日，中国共产党济南市钢城区第一次代表大会开幕，邓颂代表中国共产党济南市钢城区委员会向大会作报告。', '2022-02-18');
    expect(positions(ex)).toEqual(['邓颂: 区委书记@钢城区']);
  });

  it('set phrases about national leaders are not local posts', () => {
    const ex = extractText('莱芜区深入贯彻落实习近平总书记重要讲话精神。');
    expect(names(ex, 'Official')).toEqual([]);
  });
});

describe('officials: phrasings of published reports', () => {
  // Each expected post is read off its sentence by hand; the names and places are invented.
  it.each([
    // a leader list names officials without posts
    ['南湖区召开会议。区领导王明、李华、赵刚参加。', ['李华', '王明', '赵刚'], []],
    ['出席仪式的领导有王明、李华。', ['李华', '王明'], []],
    ['南湖区召开会议。区四套班子领导王明、李华出席。', ['李华', '王明'], []],
    // a bare rank after a congress post is that congress's
    ['嘉兴市南湖区人大常委会主任王明，副主任李华、赵刚出席会议。', ['李华', '王明', '赵刚'], ['李华: 区人大常委会副主任@南湖区', '王明: 区人大常委会主任@南湖区', '赵刚: 区人大常委会副主任@南湖区']],
    // names in an appointment motion
    ['南湖区人大常委会召开会议，表决通过了王明等6名同志的任职议案。', ['王明'], []],
    // resignations and appointment lists, with the city written before the district
    ['会议接受李华辞去嘉兴市南湖区副区长职务的请求。', ['李华'], ['李华: 副区长@南湖区']],
    ['会议选举王明为嘉兴市南湖区区长，李华为副区长。', ['李华', '王明'], ['李华: 副区长@南湖区', '王明: 区长@南湖区']],
    ['王明、李华和赵刚当选为嘉兴市南湖区副区长。', ['李华', '王明', '赵刚'], ['李华: 副区长@南湖区', '王明: 副区长@南湖区', '赵刚: 副区长@南湖区']],
    ['王明当选为政协嘉兴市南湖区第十一届委员会主席。', ['王明'], ['王明: 政协主席@南湖区']],
    // department heads written in full, a commission by its short name, a provincial department
    ['嘉兴市南湖区财政局局长王明出席。', ['王明'], ['王明: 财政局局长@南湖区']],
    ['嘉兴市召开会议，市发改委主任王明介绍情况。', ['王明'], ['王明: 市发改委主任@嘉兴市']],
    ['浙江省商务厅厅长王明出席。', ['王明'], ['王明: 商务厅厅长@浙江省']],
    // the organ's own post after its party group
    ['嘉兴市南湖区人大常委会党组书记、主任王明出席。', ['王明'], ['王明: 区人大常委会主任@南湖区', '王明: 区人大常委会党组书记@南湖区']],
    ['嘉兴市公安局党委书记、局长王明出席。', ['王明'], ['王明: 公安局党委书记@嘉兴市', '王明: 公安局局长@嘉兴市']],
    // … but a government's own posts after its party group stay as written
    ['嘉兴市南湖区政府党组成员、副区长王明出席。', ['王明'], ['王明: 副区长@南湖区', '王明: 区政府党组成员@南湖区']],
    // the government between the unit and the post
    ['嘉兴市南湖区人民政府副区长王明出席。', ['王明'], ['王明: 副区长@南湖区']],
    ['嘉兴市南湖区区长助理王明出席。', ['王明'], ['王明: 区长助理@南湖区']],
    // the government before the next post of a bracketed list, for any level's head
    ['南湖区召开会议。王明（达拉特旗委副书记、人民政府旗长）出席。', ['王明'], ['王明: 旗委副书记@达拉特旗', '王明: 旗长@达拉特旗']],
    ['嘉兴市南湖区委常委、宣传部长王明出席。', ['王明'], ['王明: 区委常委@南湖区', '王明: 宣传部部长@南湖区']],
    // a name of another tradition after a title
    ['嘉兴市南湖区副区长买买提·艾力出席。', ['买买提·艾力'], ['买买提·艾力: 副区长@南湖区']],
    // a title after a name as a form of address: 书记 names no organ, a head the unit in scope
    ['王明书记一行来嘉兴市南湖区调研。', ['王明'], []],
    ['在李华区长的陪同下，考察团参观了嘉兴市南湖区。', ['李华'], ['李华: 区长@南湖区']],
    // bureaus whose names hold 农村 and 乡村 are no village's; a zone of an industrial concentration
    ['南湖区召开会议。区农业农村局局长王立明、区乡村振兴局副局长李志刚陪同调研。', ['李志刚', '王立明'], ['李志刚: 区乡村振兴局副局长@南湖区', '王立明: 区农业农村局局长@南湖区']],
    ['南湖工业集中区管委会主任王立明参加活动。', ['王立明'], ['王立明: 管委会主任@南湖工业集中区']],
    // a word no list knows after the name: the three-character reading, or the one written elsewhere
    ['吉林省委书记王立明连续检查工作。', ['王立明'], ['王立明: 省委书记@吉林省']],
    ['嘉兴市南湖区区长吴平驱车前往现场。吴平说，要抓好防汛。', ['吴平'], ['吴平: 区长@南湖区']],
    // a nomination, and the same person's next post in the sentence
    ['王立明任吉林市委副书记，提名为市长候选人；提名李志刚为九台区区长候选人。', ['李志刚', '王立明'], ['李志刚: 区长@九台区', '王立明: 市委副书记@吉林市', '王立明: 市长@吉林市']],
    // a leader list after 还有
    ['在主席台就座的县领导还有王立明、李志刚、赵国强。', ['李志刚', '王立明', '赵国强'], []],
    // a name of no known surname elected to a post; 首任 between the place and the title
    ['尕立当选昌都市首任市长。', ['尕立'], ['尕立: 市长@昌都市']],
  ])('%s', (sentence, officials, expected) => {
    const ex = extractText(sentence);
    expect(names(ex, 'Official')).toEqual(officials);
    expect(positions(ex)).toEqual(expected);
  });

  it.each([
    // the end of a longer title is no title after a name
    ['嘉兴市南湖区区委常委、常务副区长王明出席。', ['王明']],
    // a verb of holding office before 书记
    ['王明曾任书记。', []],
    // a company's leaders are no leader list, and a rank after a company post is no congress's
    ['南湖区召开会议。恒达公司领导王明出席。', []],
    ['恒达集团董事长王明，副主任李华出席。', []],
    // praise for a group is no appointment motion
    ['王明等6名同志获得表彰。', []],
    // the party's own committees have secretaries, not directors
    ['嘉兴市召开会议，党委主任王明介绍情况。', []],
    // what opens a clause before 当选 is a name only when it can be one
    ['大会当选昌都市市长。', []],
    ['他们当选为昌都市先进集体。', []],
  ])('no other official in %s', (sentence, officials) => {
    expect(names(extractText(sentence), 'Official')).toEqual(officials);
  });
});

describe('people who are not officials', () => {
  it('company staff are Persons with their role', () => {
    const ex = extractText('山东某某新能源科技有限公司建设电池项目。“订单稳定。”该公司办公室主任李会说。');
    expect(names(ex, 'Official')).toEqual([]);
    expect(ex.mentions.filter((m) => m.label === 'Person').map((m) => [m.name, m.attrs.role])).toEqual([['李会', '办公室主任']]);
  });

  it('an association\'s staff hold no office, and a role listed before names is every one\'s', () => {
    const ex = extractText('贵池区召开会议。在商会召开座谈会，与商会秘书长鲍锦明、副会长刘启明、胡锦华等进行交流。区政府秘书长曹金明参加。');
    expect(positions(ex)).toEqual(['曹金明: 区政府秘书长@贵池区']);
    expect(ex.mentions.filter((m) => m.label === 'Person').map((m) => [m.name, m.attrs.role])).toEqual([['鲍锦明', '秘书长'], ['刘启明', '副会长'], ['胡锦华', '副会长']]);
  });

  it.each([
    // names listed before 等…领导 are leaders; guests are not
    ['扎鲁特旗召开会议。邵立军、包立兰、吴立海等副处级以上领导参加开工仪式。', ['包立兰', '吴立海', '邵立军']],
    ['扎鲁特旗召开会议。最后，王立、李华等领导嘉宾为项目培土奠基。', []],
  ])('leaders listed before 等…领导: %s', (text, expected) => {
    expect(names(extractText(text), 'Official')).toEqual(expected);
  });

  it('the head of a chamber of commerce is a Person with the role', () => {
    const ex = extractText('考察团在南湖商会执行会长刘华明陪同下考察了企业。');
    expect(ex.mentions.filter((m) => m.label === 'Person').map((m) => [m.name, m.attrs.role])).toEqual([['刘华明', '执行会长']]);
  });
});

describe('appointments and removals date a post', () => {
  // Article date 2020-09-13 (docFromText's default); the sentence's own date wins.
  it.each([
    ['3月1日，王明当选为历城区区长。', '王明', '区长', { start: '2020-03-01' }],
    ['会议决定任命张伟为历下区委副书记、区长。', '张伟', '区长', { start: '2020-09-13' }],
    ['3月1日，会议决定免去李华的历城区副区长职务。', '李华', '副区长', { end: '2020-03-01' }],
    ['5月8日，赵刚调任长清区委书记。', '赵刚', '区委书记', { start: '2020-05-08' }],
  ])('%s', (sentence, name, title, dates) => {
    const ex = extractText(sentence);
    const post = ex.relations.find((r) => r.type === 'HOLDS_POSITION' && r.from.name === name && r.props.title === title);
    expect(post, `${name} ${title}`).toBeDefined();
    expect({ start: post!.props.start, end: post!.props.end }).toEqual({ start: undefined, end: undefined, ...dates });
  });

  it('a post observed without an appointment has no start or end', () => {
    const ex = extractText('历城区区长王明出席会议。');
    const post = ex.relations.find((r) => r.type === 'HOLDS_POSITION')!;
    expect([post.props.start, post.props.end]).toEqual([undefined, undefined]);
  });

  it('no appointment date is built on an inferred year, but one written in full counts', () => {
    // With no date given, the article's year is inferred (2019) from the text: a lower bound.
    const partial = extract(docFromText('3月1日，王明当选为历城区区长。2019年经济增长。', ''));
    expect(partial.doc.report.dateSource).toBe('date.inferred-latest-year');
    expect(partial.relations.find((r) => r.type === 'HOLDS_POSITION')!.props.start).toBeUndefined();
    const full = extract(docFromText('2019年3月1日，王明当选为历城区区长。', ''));
    expect(full.relations.find((r) => r.type === 'HOLDS_POSITION')!.props.start).toBe('2019-03-01');
  });
});

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

describe('people who are not officials', () => {
  it('company staff are Persons with their role', () => {
    const ex = extractText('山东某某新能源科技有限公司建设电池项目。“订单稳定。”该公司办公室主任李会说。');
    expect(names(ex, 'Official')).toEqual([]);
    expect(ex.mentions.filter((m) => m.label === 'Person').map((m) => [m.name, m.attrs.role])).toEqual([['李会', '办公室主任']]);
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

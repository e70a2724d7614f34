// Officials and their posts, sentence by sentence. Expected posts are read off each sentence by hand.
import { describe, expect, it } from 'vitest';
import { extractText, names, positions } from '../helpers/documents';

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

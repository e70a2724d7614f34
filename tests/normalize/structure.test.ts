// What normalize reads off the cleaned text: bylines, sentences and damaged spans.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize';
import { findDamage } from '../../src/normalize/damage';
import { raw } from './helpers';

const BODY = '钢城区将加快建设现代化高品质美丽钢城。';

describe('bylines', () => {
  it.each([
    ['记者 姜凯 元玉飞 通讯员 谢娟', ['记者 姜凯', '记者 元玉飞', '通讯员 谢娟']],
    ['（记者 刘振江 通讯员 褚洪波）', ['记者 刘振江', '通讯员 褚洪波']],
    [`${BODY}(记者 张三 通讯员 李四)`, ['记者 张三', '通讯员 李四']],
    ['本报讯（记者张三）近日，某区召开会议。', ['记者 张三']],
    ['编辑:时金', ['编辑 时金']],
    ['责任编辑：王五', ['责任编辑 王五']],
    ['作者：欧阳小明', ['作者 欧阳小明']],
    ['摄影 赵六', ['摄影 赵六']],
    ['文/张三 图/李四', ['作者 张三', '摄影 李四']],
    ['本报记者 王小明 报道', ['记者 王小明']],
    ['来源：大众日报 作者：李四', ['作者 李四']],
    // labels of real pages: media-centre reporters, trainees, a separator and an affiliation before
    // the name, the author in brackets after a dateline, a photographer at the end of a caption
    ['全媒体记者 王明 通讯员 李华', ['记者 王明', '通讯员 李华']],
    ['融媒体记者 王明', ['记者 王明']],
    ['实习编辑 李华', ['编辑 李华']],
    ['采写 | 区新闻中心 孙立', ['作者 孙立']],
    ['人民网嘉兴1月5日电（李华）近日，南湖区召开会议。', ['作者 李华']],
    ['图为项目现场。记者赵刚摄', ['摄影 赵刚']],
    ['图片 王明', ['摄影 王明']],
    // a decorative bar before the label
    ['丨记者:陆华红', ['记者 陆华红']],
    ['｜责编：李华', ['责任编辑 李华']],
    ['□ 通讯员 胡明', ['通讯员 胡明']],
    // the author's name first in the dateline's brackets, labelled bylines after it
    ['本网讯（林立鑫 见习记者 魏立飞）4月1日，市政协副主席来访。', ['记者 魏立飞', '作者 林立鑫']],
    // the page's buttons after the last field
    ['来源：东南网 责任编辑：王立杰 我来说两句 |', ['责任编辑 王立杰']],
    // the next byline label right after a name
    ['本报讯 (记者田立通讯员贺立琴) 13日，县人大常委会召开会议。', ['记者 田立', '通讯员 贺立琴']],
    // a slash after the label, two-character names spaced to the width of three
    ['编辑/杜 立  审核/武 鹏  监制/卢 燕', ['编辑 杜立', '审核 武鹏', '监制 卢燕']],
    // the author's name alone in brackets on one of the last lines
    [`${BODY}\n（李立璇）`, ['作者 李立璇']],
    // …but not a source whose value holds a byline word
    ['来源：大众日报记者站', []],
    // not bylines
    ['会议由区长（王明）主持。', []],
    ['记者赵刚摄影作品展开幕。', []],
    ['记者见到前来游玩的市民络绎不绝。', []],
    ['作者：中国产业经济信息网', []],
    ['编辑部召开会议，部署下一步工作。', []],
    ['（记者会现场）', []],
    // a name in brackets on a line of its own far from the end is no signature
    [`（李立璇）\n${BODY}\n${BODY}\n${BODY}\n${BODY}`, []],
  ])('%s', (line, expected) => {
    const doc = normalize(raw(`标题\n${line}`));
    expect(doc.bylines.map((b) => `${b.role} ${b.name}`)).toEqual(expected);
    for (const b of doc.bylines) expect(doc.text.slice(b.span.start, b.span.end).replace(/\s/g, '')).toBe(b.name);
  });
});

describe('sentences', () => {
  it.each([
    ['他说：“我们有信心。”然后走了。', ['他说：“我们有信心。”', '然后走了。']],
    ['标题\n正文一句。正文二句！', ['标题', '正文一句。', '正文二句！']],
    ['真的吗？是的。', ['真的吗？', '是的。']],
    ['钢城区发展站上了新的起点。 钢城区供图', ['钢城区发展站上了新的起点。', '钢城区供图']],
    ['什么？！不会吧……', ['什么？！', '不会吧……']],
    ['刊登在济南日?上。', ['刊登在济南日?上。']],
    ['Hello! World?', ['Hello!', 'World?']],
    ['', []],
  ])('%s', (text, expected) => {
    const doc = normalize(raw(text));
    expect(doc.sentences.map((s) => s.text)).toEqual(expected);
    doc.sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    });
  });
});

describe('damaged spans', () => {
  it.each([
    ['信息来源济南日?', ['?']],
    ['刊登在济南日??上', ['??']],
    ['市中\uFFFD\uFFFD区', ['\uFFFD\uFFFD']],
    ['勇?\uE319姑?，莱芜区', ['?\uE319姑?']],
    ['迈进??茖W合理设置社区', ['??茖W']],
    ['燃?夤艿肋M入95个村', ['?夤艿肋M']],
    ['UTF-8 read as Latin-1: å¸\u0082ä¸\u00ad', ['å¸\u0082ä¸\u00ad']],
    // questions, rare name characters and a lone letter in prose are not damage
    ['你去吗?', []],
    ['王喆表示，绩效达到A级。', []],
    ['Is it? Yes.', []],
  ])('%s', (text, expected) => {
    expect(findDamage(text).map((d) => text.slice(d.start, d.end))).toEqual(expected);
  });

  it.each([
    // UTF-8 bytes decoded as GBK, and GBK bytes decoded as Big5: mojibake with no marker
    ['UTF-8 read as GBK', iconv.decode(Buffer.from('信息来源：济南日报。市中区加快发展数字经济', 'utf8'), 'gbk')],
    ['GBK read as Big5', iconv.decode(iconv.encode('信息来源：济南日报。市中区加快发展数字经济', 'gbk'), 'big5')],
  ])('%s is marked', (_, garbled) => {
    const doc = normalize(raw(garbled));
    const covered = doc.damaged.reduce((n, d) => n + d.end - d.start, 0);
    expect(covered / doc.text.length).toBeGreaterThan(0.5);
  });

  it('maps damage back to the original and quotes it', () => {
    const doc = normalize(raw('“2020年中國(guó)百?gòu)?qiáng)區(qū)”名單'));
    expect(doc.text).toBe('“2020年中国百??区”名单');
    expect(doc.damaged).toEqual([{ start: 9, end: 11 }]);
    expect(doc.report.damaged).toEqual([{ start: 14, end: 20, quote: '?gòu)?', reason: '? in place of a character' }]);
  });
});

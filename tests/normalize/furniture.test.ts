// Site furniture: every rule removes its own example and leaves prose that merely resembles it.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize';
import { FURNITURE_RULES, LIST_HEADING } from '../../src/normalize/furniture';
import { raw } from './helpers';

const BODY = '钢城区将加快建设现代化高品质美丽钢城。';
const normalized = (text: string) => normalize(raw(text));

describe('furniture rules', () => {
  it.each([...FURNITURE_RULES, LIST_HEADING].map((r) => [r.id, r.example]))('%s removes its example %j', (id, example) => {
    const doc = normalized(`${BODY}\n${example}\n${BODY}`);
    expect(doc.text).toBe(`${BODY}\n${BODY}`);
    const furniture = doc.report.repairs.find((r) => r.kind === 'site-furniture');
    expect(furniture?.examples.some((e) => e.startsWith(`${id}:`))).toBe(true);
  });

  it.each([
    // prose about the things the rules remove stays
    '加强版权保护，版权产业增加值增长10%。',
    '通过微信公众号发布政策解读，累计推送文章200余篇，服务群众10万余人次。',
    '12345市民服务热线累计办理6.6万件，群众综合满意率达到99.4%。',
    '钢城区发展站上了新的起点。 钢城区供图',
    '聚焦“一钢独大”问题 构建现代产业体系',
  ])('keeps %s', (line) => {
    expect(normalized(`${BODY}\n${line}`).text).toBe(`${BODY}\n${line}`);
  });

  it('removes an image name inside a line', () => {
    expect(normalized('钢城区发展站上了新的起点。 pic3.jpg').text).toBe('钢城区发展站上了新的起点。');
  });

  it('removes a trailing list heading and the link titles after it', () => {
    const text = `${BODY}\n延伸阅读\n热点视频\n村里来了服务队 ——记某某乡村振兴服务队\n热点新闻\n版权所有：某某网京ICP备00000000号`;
    expect(normalized(text).text).toBe(BODY);
  });

  it('removes only the heading when prose follows it', () => {
    const text = `${BODY}\n延伸阅读\n某某区确定五年发展目标\n${BODY}`;
    expect(normalized(text).text).toBe(`${BODY}\n某某区确定五年发展目标\n${BODY}`);
  });

  it('keeps a byline that follows a trailing list', () => {
    expect(normalized(`${BODY}\n友情链接\n某某网\n编辑：时金`).text).toBe(`${BODY}\n编辑：时金`);
  });

  it.each([
    ['a masthead over a byline is the source', `标题\n齐鲁晚报·齐鲁壹点\n记者 张三 李四\n${BODY}`, '齐鲁晚报·齐鲁壹点', `标题\n记者 张三 李四\n${BODY}`],
    ['a paper name alone over a byline', `标题\n大众日报\n记者 张三\n${BODY}`, '大众日报', `标题\n记者 张三\n${BODY}`],
    ['a name with a dot but no byline is not a masthead', `标题\n齐鲁晚报·齐鲁壹点\n${BODY}`, undefined, `标题\n齐鲁晚报·齐鲁壹点\n${BODY}`],
  ])('%s', (_, text, source, expected) => {
    const doc = normalized(text);
    expect(doc.source).toBe(source);
    expect(doc.text).toBe(expected);
  });
});

describe('metadata lines', () => {
  it.each([
    // line → date, precision, dateSource, source; the line itself is removed
    ['来源:济南网 时间:2020-09-13', '2020-09-13', 'day', 'date.time-label', '济南网'],
    ['发布日期:2021-01-11', '2021-01-11', 'day', 'date.publication-label', undefined],
    ['发布时间：2021年1月11日 08:30', '2021-01-11', 'day', 'date.publication-label', undefined],
    ['2021-01-11 10:20 来源：大众日报', '2021-01-11', 'day', 'date.dateline', '大众日报'],
    ['信息来源：济南市人民政府 浏览次数：1024', null, 'unknown', 'none', '济南市人民政府'],
    ['时间：2021年3月', '2021-03', 'month', 'date.time-label', undefined],
    ['转自：济南网', null, 'unknown', 'none', '济南网'],
  ])('%s', (line, value, precision, dateSource, source) => {
    const doc = normalized(`标题\n${line}\n${BODY}`);
    expect(doc.text).toBe(`标题\n${BODY}`);
    expect(doc.date).toEqual({ value, precision });
    expect(doc.report.dateSource).toBe(dateSource);
    expect(doc.source).toBe(source);
  });

  it.each([
    // a labelled field with something else in it is prose
    '时间：9月10日上午 地点：市政府',
    '来源：这是一段很长的并不是来源的文字，它讲的是别的事情。',
  ])('keeps %s', (line) => {
    expect(normalized(`标题\n${line}`).text).toBe(`标题\n${line.replace(/:/g, '：')}`);
  });
});

describe('which date wins', () => {
  it.each([
    ['given metadata over the text', { date: '2020-01-02' }, `标题\n发布日期：2021-01-11\n${BODY}`, '2020-01-02', 'meta'],
    ['发布日期 over a crawl header', {}, `2023年03月29日 星期三\n标题\n发布日期：2021-01-11\n${BODY}`, '2021-01-11', 'date.publication-label'],
    ['发布日期 over a 时间 field', {}, `标题\n来源：某网 时间：2020-09-13\n${BODY}\n发布时间：2020-09-14`, '2020-09-14', 'date.publication-label'],
    ['a bare date by the byline', {}, `标题\n记者 张三\n2021-03-04\n${BODY}`, '2021-03-04', 'date.byline-area'],
    ['never the crawl header', {}, `2023年03月29日 星期三\n标题\n${BODY}`, null, 'none'],
    ['a 时间 field deep in the article is not a publication date', {}, `标题\n${'正文一句。\n'.repeat(10)}时间：2020-01-01`, null, 'none'],
    ['an invalid given date falls back to the text', { date: 'soon' }, `标题\n发布日期：2021-01-11\n${BODY}`, '2021-01-11', 'date.publication-label'],
  ])('%s', (_, meta, text, value, dateSource) => {
    const doc = normalize(raw(text, meta));
    expect(doc.date.value).toBe(value);
    expect(doc.report.dateSource).toBe(dateSource);
  });

  it('warns about a given date that is no date', () => {
    expect(normalize(raw(BODY, { date: 'soon' })).report.warnings).toContain('given date "soon" is not a date; looked in the text instead');
  });

  it('a source given as metadata wins over the page', () => {
    expect(normalize(raw(`标题\n来源：某网\n${BODY}`, { source: '济南日报' })).source).toBe('济南日报');
  });

  it('a title given as metadata is normalized like the text', () => {
    expect(normalize(raw(BODY, { title: '萊蕪區(qū)加快建設(shè)省會城市副中心' })).title).toBe('莱芜区加快建设省会城市副中心');
  });
});

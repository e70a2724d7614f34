// HTML and Markdown → text: the article without the page around it, paragraphs as lines.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html';
import { MARKDOWN_RULES, markdownToText } from '../../src/ingest/markdown';

const PARAGRAPHS = [
  '2月17日，某区第一次代表大会开幕，代表区委员会向大会作报告。报告提出，未来五年将全方位推动高质量发展，加快建设现代化高品质美丽城区。',
  '经过五年拼搏实干，城区发展已经站上新起点。未来五年，将坚持稳中求进工作总基调，坚持统筹发展和安全，以推动高质量发展为主题。',
  '在实施工业强区战略方面，发展高附加值和终端产品，推动钢铁产业工艺、技术和装备升级，加快型钢、优特钢等高端品种研发。',
];

function page(body: string, head = '<title>某区推进工作思路落细落实_某某市人民政府</title>'): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<script>var menu = "导航脚本";</script><style>p { color: red }</style></head>
<body><nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li><li><a href="/gov">政务公开</a></li></ul></nav>
${body}
<iframe src="/ad.html">广告框</iframe><script>document.write("广告脚本")</script>
<footer><p>版权所有 某某市人民政府 鲁ICP备00000000号</p><p>网站标识码 0000000000</p></footer></body></html>`;
}

describe('htmlToText', () => {
  const article = `<article><h1>某区推进工作思路落细落实</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>`;

  it('keeps the headline and the paragraphs, one a line, and nothing of the page around them', () => {
    const result = htmlToText(page(article));
    expect(result.text).toBe(['某区推进工作思路落细落实', ...PARAGRAPHS].join('\n'));
    expect(result.title).toBe('某区推进工作思路落细落实');
  });

  it('takes the title from <title> without the site name when there is no headline', () => {
    const result = htmlToText(page(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`));
    expect(result.title).toBe('某区推进工作思路落细落实');
    expect(result.text).toBe(PARAGRAPHS.join('\n'));
  });

  it('takes the headline from the page, not a site logo in the page header', () => {
    const result = htmlToText(page(`<header><h1 class="logo">某某市人民政府</h1></header><div class="content"><h1>某区推进工作思路落细落实</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`));
    expect(result.title).toBe('某区推进工作思路落细落实');
    expect(result.text).toBe(['某区推进工作思路落细落实', ...PARAGRAPHS].join('\n'));
  });

  it('reads the date and source a government CMS puts in <meta>', () => {
    const head = '<title>标题</title><meta name="PubDate" content="2021-01-11 10:20"><meta name="ContentSource" content="济南日报">';
    expect(htmlToText(page(article, head))).toMatchObject({ date: '2021-01-11 10:20', source: '济南日报' });
  });

  it('turns <br> into line breaks', () => {
    expect(htmlToText('<body><p>第一行<br>第二行</p></body>').text).toBe('第一行\n第二行');
  });

  it('falls back to the body text when there is no article to find', () => {
    expect(htmlToText('<html><body><nav>首页</nav><div>短短一句话。</div><footer>页脚</footer></body></html>').text).toBe('短短一句话。');
  });

  it.each([10_000, 30_000])('survives %i nested tags, quickly', (depth) => {
    const html = `<html><body>${'<div>'.repeat(depth)}<p>深处的正文。</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    expect(htmlToText(html).text).toBe('深处的正文。');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('survives 10,000 unclosed tags', () => {
    expect(htmlToText(`<body>${'<span><b>'.repeat(5000)}未闭合的正文`).text).toBe('未闭合的正文');
  });
});

describe('markdownToText', () => {
  it.each(MARKDOWN_RULES.filter((r) => r.example.includes(' → ')).map((r) => [r.id, ...r.example.split(' → ')]))(
    '%s: %s → %s',
    (_, input, expected) => {
      expect(markdownToText(input!)).toBe(expected);
    },
  );

  it('keeps the words and lines of an article', () => {
    const md = '# 某区推进工作\n\n![现场](pic3.jpg)\n\n**2月17日**，某区召开[大会](http://example.com)。\n\n- 一是加快发展\n- 二是优化环境\n\n---\n';
    expect(markdownToText(md)).toBe('某区推进工作\n\n\n\n2月17日，某区召开大会。\n\n一是加快发展\n二是优化环境\n\n\n');
  });
});

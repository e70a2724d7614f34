// The character passes one by one: pinyin annotations, traditional → simplified, width and
// punctuation, whitespace. Each table row is input → expected normalized text.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize';
import { isTonedPinyin } from '../../src/normalize/pinyin';
import { alignConversion, detectScript, isSimplifiedOnly, isTraditionalOnly } from '../../src/normalize/script';
import { raw } from './helpers';

const normalized = (text: string) => normalize(raw(text)).text;

describe('pinyin annotations', () => {
  it.each([
    ['萊蕪區(qū)加快', '莱芜区加快'],
    ['召開會(huì)議', '召开会议'],
    ['科學(xué)', '科学'],
    ['綠(lǜ)色', '绿色'],
    // full-width brackets, two syllables
    ['中國（zhōng guó）', '中国'],
    // the opening bracket lost: the syllables go, the ? stays as damage
    ['勇?lián)姑', '勇?姑'],
    // not pinyin: no tone mark, capitals, a word
    ['異質結(HJT)電池', '异质结（HJT）电池'],
    ['社區(村)綜合', '社区（村）综合'],
    ['第(a)项', '第（a）项'],
    ['(xue)', '(xue)'],
    // a bracket that does not close is no annotation (only its width changes)
    ['區(qū', '区（qū'],
  ])('%s → %s', (input, expected) => {
    expect(normalized(input)).toBe(expected);
  });

  it.each([
    ['qū', true],
    ['zhuǎn', true],
    ['ér', true],
    ['zhōng guó', true],
    ['xue', false],
    ['HJT', false],
    ['qūū', false],
    ['bǎà', false],
  ])('%s is toned pinyin: %s', (syllables, expected) => {
    expect(isTonedPinyin(syllables)).toBe(expected);
  });

  it('records the annotations it removed, with their characters', () => {
    const repair = normalize(raw('萊蕪區(qū)加快建設(shè)')).report.repairs.find((r) => r.kind === 'pinyin-annotation');
    expect(repair).toEqual({ kind: 'pinyin-annotation', count: 2, examples: ['"區(qū)"', '"設(shè)"'] });
  });
});

describe('traditional → simplified', () => {
  it.each([
    // simplified text is never touched: 著 is a simplified character too
    ['综合能级显著提升', '综合能级显著提升', 'simplified'],
    ['著名的钢城区', '著名的钢城区', 'simplified'],
    ['顯著提升', '显著提升', 'traditional'],
    ['萬科·悅峯', '万科·悦峰', 'traditional'],
    // a traditional name in a simplified sentence: only its characters change
    ['鄧頌在报告中指出，综合能级显著提升', '邓颂在报告中指出，综合能级显著提升', 'mixed'],
    // phrases convert as phrases in traditional text
    ['環境乾淨整潔', '环境干净整洁', 'traditional'],
  ])('%s → %s (%s)', (input, expected, script) => {
    const doc = normalize(raw(input));
    expect(doc.text).toBe(expected);
    expect(doc.report.script).toBe(script);
  });

  it.each([
    ['鄧', true, false],
    ['邓', false, true],
    ['著', false, false],
    ['的', false, false],
    ['A', false, false],
  ])('%s: traditional-only %s, simplified-only %s', (ch, traditional, simplified) => {
    expect(isTraditionalOnly(ch)).toBe(traditional);
    expect(isSimplifiedOnly(ch)).toBe(simplified);
  });

  it.each([
    ['', 'simplified'],
    ['ASCII only', 'simplified'],
    ['市中區聚焦發展', 'traditional'],
    ['市中区聚焦发展', 'simplified'],
    ['市中区聚焦发展，鄧頌指出', 'mixed'],
  ])('script of %j is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });

  it('keeps OpenCC output only when it is character for character', () => {
    expect(alignConversion('顯著', '显著')).toBe('显著');
    // a phrase that changed length: converted one character at a time instead
    expect(alignConversion('發展', '发展了')).toBe('发展');
    // same length, but not ideograph for ideograph
    expect(alignConversion('萬科', '万-')).toBe('万科');
  });
});

describe('width and punctuation', () => {
  it.each([
    ['会议指出:加快发展', '会议指出：加快发展'],
    ['增长6.1%,规上工业', '增长6.1%，规上工业'],
    ['一是;二是', '一是；二是'],
    ['好!', '好！'],
    ['你去吗?', '你去吗？'],
    ['说:“好”', '说：“好”'],
    ['异质结(HJT),15GW', '异质结（HJT），15GW'],
    ['ＧＤＰ突破５００亿元', 'GDP突破500亿元'],
    // not in Chinese text
    ['1,000 people, 10:30', '1,000 people, 10:30'],
    ['Hello, world!', 'Hello, world!'],
    // a ? for a lost character is not a question mark
    ['刊登在济南日?上,', '刊登在济南日?上，'],
    // a comma a mirror site left before another mark
    ['深入鄉鎮,、園區調研,。', '深入乡镇、园区调研。'],
    ['10月27日,,市委書記王明', '10月27日，市委书记王明'],
    ['市领导王明,、李华出席', '市领导王明、李华出席'],
  ])('%s → %s', (input, expected) => {
    expect(normalized(input)).toBe(expected);
  });
});

describe('whitespace and lines', () => {
  it.each([
    ['甲\r\n乙\r丙', '甲\n乙\n丙'],
    ['  首行缩进', '首行缩进'],
    ['\u3000\u3000全角缩进\u3000', '全角缩进'],
    ['甲\u00a0\u00a0 乙\t丙', '甲 乙 丙'],
    ['甲\n\n\n\n乙\n', '甲\n乙'],
    ['\n\n\n甲', '甲'],
    ['零宽\u200b字符\ufeff', '零宽字符'],
    ['控制\u0007字符', '控制字符'],
    ['   \n\t\n', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalized(input)).toBe(expected);
  });
});

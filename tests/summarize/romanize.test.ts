// Person names romanized the conventional way: surname first, given name joined, compound
// surnames whole, a polyphonic surname read as a surname. Expected values written from knowledge
// of Chinese names, not from the program.
import { describe, expect, it } from 'vitest';
import { romanizePlaceWord } from '../../src/summarize/en/romanize';
import { romanizePersonName } from '../../src/summarize';

describe('romanizePersonName', () => {
  it.each([
    // ordinary names
    ['秦蕾', 'Qin Lei'],
    ['王安石', 'Wang Anshi'],
    ['华罗庚', 'Hua Luogeng'],
    ['翟志刚', 'Zhai Zhigang'],
    ['费翔', 'Fei Xiang'],
    ['那英', 'Na Ying'],
    ['吕灿华', 'Lü Canhua'],
    ['覃斌', 'Qin Bin'],
    ['缪可', 'Miao Ke'],
    // a given-name syllable starting with a vowel takes an apostrophe
    ['张嘉恩', "Zhang Jia'en"],
    ['上官婉儿', "Shangguan Wan'er"],
    // polyphonic characters in the given name, read in context
    ['张朝阳', 'Zhang Chaoyang'],
    ['王重阳', 'Wang Chongyang'],
    ['李长江', 'Li Changjiang'],
    // compound surnames
    ['欧阳明远', 'Ouyang Mingyuan'],
    ['欧阳修', 'Ouyang Xiu'],
    ['司马光', 'Sima Guang'],
    ['诸葛亮', 'Zhuge Liang'],
    ['东方朔', 'Dongfang Shuo'],
    ['皇甫谧', 'Huangfu Mi'],
    ['尉迟恭', 'Yuchi Gong'],
    ['长孙无忌', 'Zhangsun Wuji'],
    ['令狐冲', 'Linghu Chong'],
    ['夏侯惇', 'Xiahou Dun'],
    ['慕容复', 'Murong Fu'],
    ['端木蕻良', 'Duanmu Hongliang'],
    ['公孙胜', 'Gongsun Sheng'],
    ['万俟卨', 'Moqi Xie'],
    // polyphonic surnames read as surnames
    ['单雄信', 'Shan Xiongxin'],
    ['曾国藩', 'Zeng Guofan'],
    ['解缙', 'Xie Jin'],
    ['仇英', 'Qiu Ying'],
    ['区志强', 'Ou Zhiqiang'],
    ['朴树', 'Piao Shu'],
    ['查良镛', 'Zha Liangyong'],
    ['盖聂', 'Ge Nie'],
    ['任正非', 'Ren Zhengfei'],
    ['乐嘉', 'Yue Jia'],
    ['种师道', 'Chong Shidao'],
    ['秘丹', 'Bi Dan'],
    ['尉缭', 'Wei Liao'],
  ])('%s → %s', (name, expected) => {
    expect(romanizePersonName(name)).toBe(expected);
  });
});

describe('romanizePlaceWord', () => {
  it.each([
    ['莱芜', 'Laiwu'],
    ['济南', 'Jinan'],
    ['泰安', "Tai'an"],
    ['西安', "Xi'an"],
    ['石家庄', 'Shijiazhuang'],
    ['长清', 'Changqing'],
    ['新旧动能转换', 'Xinjiu Dongneng Zhuanhuan'],
  ])('%s → %s', (base, expected) => {
    expect(romanizePlaceWord(base)).toBe(expected);
  });
});

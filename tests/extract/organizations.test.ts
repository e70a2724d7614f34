// Companies and institutions on the phrasings of published reports; names are invented and each
// expectation is read off its sentence by hand.
import { describe, expect, it } from 'vitest';
import { extractText, names } from '../helpers/documents';

describe('institutions', () => {
  it.each([
    // a verb of benefit before the name, a class of hospital after it
    ['该报告有利于南湖区人民医院创建三甲医院。', ['南湖区人民医院']],
    ['南湖区工商联与南湖商会签署协议。', ['南湖商会']],
    // the CPPCC's full name holds 商会 but names no chamber of commerce
    ['会议通过了《中国人民政治协商会议南湖区委员会章程》。', []],
    // a kind of hospital is no name
    ['南湖区新建一所综合医院。', []],
    // libraries, museums and art halls
    ['县长高立先后到滨河书法艺术馆、南湖区图书馆等地调研。', ['南湖区图书馆', '滨河书法艺术馆']],
  ])('%s', (sentence, expected) => {
    expect(names(extractText(sentence), 'Institution')).toEqual(expected);
  });
});

describe('companies', () => {
  it('a core name that is a place\'s (南湖区 of 南湖区建设投资公司) makes no mention of the company', () => {
    const ex = extractText('南湖区建设投资公司介绍了工程情况。南湖区第二批项目开工。');
    expect(ex.mentions.filter((m) => m.label === 'Company').map((m) => m.span.start)).toEqual([0]);
  });

  it.each([
    // （集团） inside a legal name does not end it
    ['恒达中国（集团）有限公司与北方工业大学签约。', ['恒达中国（集团）有限公司']],
    // 中国 is part of a Chinese company's registered name; a foreign country before a name is its origin
    ['项目由中国建筑第八工程局有限公司承建。', ['中国建筑第八工程局有限公司']],
    ['德国恒达集团投资建设。', ['恒达集团']],
    // the owner named after 业主为
    ['项目业主为南湖城投公司。', ['南湖城投公司']],
    // a company's short name and its industry words opening a project's name
    ['签约项目包括江苏恒利科技电子产品生产项目。', ['江苏恒利科技']],
    // a numbered or named branch of a named company is a company; an overseas branch is no name
    ['项目由恒达建工四建公司第三分公司承建。', ['恒达建工四建公司第三分公司']],
    ['恒达建工集团有限公司南京分公司负责施工。', ['恒达建工集团有限公司南京分公司']],
    ['恒达集团在南湖区设立海外分公司。', ['恒达集团']],
    // a list closed by 在内等…家企业
    ['包括恒达投资集团、滨河建工集团、知行鸟在内等共41家企业与南湖区签署了协议。', ['恒达投资集团', '滨河建工集团', '知行鸟']],
    // verbs of hope and need before a name
    ['也希望恒达集团在南湖投资。急需北方集团支持。', ['北方集团', '恒达集团']],
    // 通过 ends a name on the left
    ['各项目单位负责人通过恒达移动公司视频连线。', ['恒达移动公司']],
    // a company's own project keeps the company; a core name that is a place's names no company
    ['在霍州市恒嬷嬷食品科技有限公司项目施工现场，李明察看规划。', ['霍州市恒嬷嬷食品科技有限公司']],
    // industry words alone name a kind of company
    ['西湖区签约滨河商业综合体项目及能源集团储能电站项目。', []],
    // 等项目与各公司: the items are projects, not companies
    ['王明就滨河旅游观光、特色种植采摘基地等项目与各公司负责人交流。', []],
  ])('%s', (sentence, expected) => {
    expect(names(extractText(sentence), 'Company')).toEqual(expected);
  });
});

// Titles of party and state office, generated from levels × organs × ranks, and the titles of
// people who are not officials (company staff). Each title knows the level of unit it belongs to,
// so "区长" with no place named means the article's own district.

/** 'any': a department post written without its level (市委常委、组织部部长): it takes the previous post's place. */
export type TitleLevel = 'province' | 'city' | 'county' | 'town' | 'zone' | 'any';

export interface TitleEntry {
  /** The title as written, without the place: 区委副书记, 管委会主任. */
  title: string;
  level: TitleLevel;
  /** The character a place name before the title may share with it: 莱芜区 + 区委副书记 → 莱芜区委副书记. */
  sharedSuffix?: string;
  organ: 'party' | 'government' | 'congress' | 'cppcc' | 'discipline' | 'zone' | 'department';
}

// Level characters as they start a title: 省委书记, 市长, 区委常委, 县长, 镇党委书记.
const LEVELS: Array<{ ch: string; level: TitleLevel }> = [
  { ch: '省', level: 'province' },
  { ch: '市', level: 'city' },
  { ch: '州', level: 'city' },
  { ch: '区', level: 'county' },
  { ch: '县', level: 'county' },
  { ch: '旗', level: 'county' },
  { ch: '镇', level: 'town' },
  { ch: '乡', level: 'town' },
];

// Party committee ranks: 区委书记, 区委副书记, 区委常委 … (X委 = X-level party committee).
const PARTY_RANKS = ['书记', '副书记', '常委', '常务副书记', '秘书长'];
// Party committee departments: 市委组织部部长, 区委宣传部部长, 县委政法委书记.
const PARTY_DEPARTMENTS = ['组织部部长', '宣传部部长', '统战部部长', '政法委书记', '组织部副部长', '宣传部副部长'];
// Government heads: 区长, 副区长, 常务副区长, 代区长.
const GOVERNMENT_RANKS = (ch: string) => [`${ch}长`, `副${ch}长`, `常务副${ch}长`, `代${ch}长`, `代理${ch}长`];

function generate(): TitleEntry[] {
  const out: TitleEntry[] = [];
  for (const { ch, level } of LEVELS) {
    const party = ch === '镇' || ch === '乡' ? `${ch}党委` : `${ch}委`;
    for (const rank of PARTY_RANKS) out.push({ title: party + rank, level, sharedSuffix: ch, organ: 'party' });
    for (const dept of PARTY_DEPARTMENTS) out.push({ title: party + dept, level, sharedSuffix: ch, organ: 'party' });
    for (const rank of GOVERNMENT_RANKS(ch)) out.push({ title: rank, level, sharedSuffix: ch, organ: 'government' });
    // 市政府秘书长, 区政府办公室主任
    for (const post of ['政府秘书长', '政府副秘书长', '政府办公室主任']) out.push({ title: ch + post, level, sharedSuffix: ch, organ: 'government' });
    // 市人大常委会主任, 区政协主席, 县纪委书记, 区监委主任
    out.push({ title: `${ch}人大常委会主任`, level, sharedSuffix: ch, organ: 'congress' });
    out.push({ title: `${ch}人大常委会副主任`, level, sharedSuffix: ch, organ: 'congress' });
    out.push({ title: `${ch}政协主席`, level, sharedSuffix: ch, organ: 'cppcc' });
    out.push({ title: `${ch}政协副主席`, level, sharedSuffix: ch, organ: 'cppcc' });
    out.push({ title: `${ch}纪委书记`, level, sharedSuffix: ch, organ: 'discipline' });
    out.push({ title: `${ch}监委主任`, level, sharedSuffix: ch, organ: 'discipline' });
  }
  // Titles written after a place without a level character: 莱芜区人大常委会主任, 济南高新区管委会主任.
  const unleveled: Array<[string, TitleEntry['organ']]> = [
    ['人大常委会主任', 'congress'], ['人大常委会副主任', 'congress'], ['政协主席', 'cppcc'], ['政协副主席', 'cppcc'],
    ['纪委书记', 'discipline'], ['监委主任', 'discipline'],
  ];
  for (const [title, organ] of unleveled) out.push({ title, level: 'county', organ });
  // Party departments written after a committee post: 市委常委、组织部部长 (the 市委's).
  for (const dept of PARTY_DEPARTMENTS) out.push({ title: dept, level: 'any', organ: 'department' });
  // Functional zones and street offices: 党工委书记, 管委会主任 (济南高新区党工委书记、管委会主任).
  for (const title of ['党工委书记', '党工委副书记', '工委书记', '管委会主任', '管委会副主任', '管委会常务副主任']) {
    out.push({ title, level: 'zone', organ: 'zone' });
  }
  // A subdistrict's heads after its name: 容桂街道 + 党工委书记 / 办事处主任.
  for (const title of ['办事处主任', '办事处副主任']) out.push({ title, level: 'town', organ: 'zone' });
  return out;
}

export const OFFICE_TITLES: TitleEntry[] = generate();

/**
 * Titles of people who are named with a role but hold no public office (company and
 * institution staff): 该公司办公室主任吴平说 → Person 吴平, role 办公室主任.
 */
export const STAFF_TITLES = [
  '董事长', '副董事长', '总经理', '副总经理', '总裁', '副总裁', '总工程师', '工程师', '经理', '副经理',
  '办公室主任', '负责人', '项目经理', '厂长', '车间主任', '技术员', '创始人', '首席执行官', '主任医师', '教授',
  '党支部书记', '村党支部书记', '村委会主任', '院长', '校长',
];

/** Organs named in "X代表<organ>向大会作报告": the speaker heads that organ. */
export const REPORTING_ORGANS: Array<{ organ: RegExp; title: (levelChar: string) => string; example: string }> = [
  // 孙立代表中国共产党嘉兴市南湖区委员会向大会作报告 → 区委书记
  { organ: /^(?:中国共产党)?(.*?)(区|县|市|省)(?:委员会|委)$/, title: (ch) => `${ch}委书记`, example: '代表中国共产党嘉兴市南湖区委员会向大会作报告' },
  // 张三代表区人民政府向大会作政府工作报告 → 区长
  { organ: /^(.*?)(区|县|市|省)(?:人民政府|政府)$/, title: (ch) => `${ch}长`, example: '代表区人民政府向大会作政府工作报告' },
  // 代表区人大常委会作工作报告 → 人大常委会主任
  { organ: /^(.*?)(区|县|市|省)人大常委会$/, title: (ch) => `${ch}人大常委会主任`, example: '代表区人大常委会作工作报告' },
];

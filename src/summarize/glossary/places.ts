// English for the type words that end Chinese place names, as data: 莱芜区 → Laiwu District,
// 济南高新区 → Jinan High-tech Zone. Each list is tried longest suffix first.

export interface PlaceType {
  /** The type word as it ends the name. */
  suffix: string;
  /** English type word placed after the romanized name; '' for none (济南市 → Jinan). */
  en: string;
  /** What the place is, for a summary's first line. */
  kind: { zh: string; en: string };
}

export const PROVINCE_TYPES: PlaceType[] = [
  { suffix: '维吾尔自治区', en: 'Uygur Autonomous Region', kind: { zh: '自治区', en: 'an autonomous region' } },
  { suffix: '壮族自治区', en: 'Zhuang Autonomous Region', kind: { zh: '自治区', en: 'an autonomous region' } },
  { suffix: '回族自治区', en: 'Hui Autonomous Region', kind: { zh: '自治区', en: 'an autonomous region' } },
  { suffix: '特别行政区', en: 'Special Administrative Region', kind: { zh: '特别行政区', en: 'a special administrative region' } },
  { suffix: '自治区', en: 'Autonomous Region', kind: { zh: '自治区', en: 'an autonomous region' } },
  { suffix: '省', en: 'Province', kind: { zh: '省', en: 'a province' } },
  { suffix: '市', en: '', kind: { zh: '直辖市', en: 'a municipality' } },
];

export const CITY_TYPES: PlaceType[] = [
  { suffix: '自治州', en: 'Autonomous Prefecture', kind: { zh: '自治州', en: 'an autonomous prefecture' } },
  { suffix: '地区', en: 'Prefecture', kind: { zh: '地区', en: 'a prefecture' } },
  { suffix: '盟', en: 'League', kind: { zh: '盟', en: 'a league' } },
  { suffix: '市', en: '', kind: { zh: '地级市', en: 'a prefecture-level city' } },
];

/** County-level units and the units below them. */
export const DISTRICT_TYPES: PlaceType[] = [
  { suffix: '自治县', en: 'Autonomous County', kind: { zh: '自治县', en: 'an autonomous county' } },
  { suffix: '自治旗', en: 'Autonomous Banner', kind: { zh: '自治旗', en: 'an autonomous banner' } },
  { suffix: '林区', en: 'Forestry District', kind: { zh: '林区', en: 'a forestry district' } },
  { suffix: '特区', en: 'Special District', kind: { zh: '特区', en: 'a special district' } },
  { suffix: '街道', en: 'Subdistrict', kind: { zh: '街道', en: 'a subdistrict' } },
  { suffix: '区', en: 'District', kind: { zh: '市辖区', en: 'a district' } },
  { suffix: '县', en: 'County', kind: { zh: '县', en: 'a county' } },
  { suffix: '市', en: 'City', kind: { zh: '县级市', en: 'a county-level city' } },
  { suffix: '旗', en: 'Banner', kind: { zh: '旗', en: 'a banner' } },
  { suffix: '镇', en: 'Town', kind: { zh: '镇', en: 'a town' } },
  { suffix: '乡', en: 'Township', kind: { zh: '乡', en: 'a township' } },
];

const ZONE: PlaceType['kind'] = { zh: '功能区', en: 'a functional zone' };

/** Functional zones, run by a working committee and an administrative committee. */
export const ZONE_TYPES: PlaceType[] = [
  { suffix: '高新技术产业开发区', en: 'High-tech Industrial Development Zone', kind: ZONE },
  { suffix: '经济技术开发区', en: 'Economic and Technological Development Zone', kind: ZONE },
  { suffix: '经济开发区', en: 'Economic Development Zone', kind: ZONE },
  { suffix: '综合保税区', en: 'Comprehensive Bonded Zone', kind: ZONE },
  { suffix: '产业园区', en: 'Industrial Park', kind: ZONE },
  { suffix: '工业园区', en: 'Industrial Park', kind: ZONE },
  { suffix: '高新区', en: 'High-tech Zone', kind: ZONE },
  { suffix: '经开区', en: 'Economic and Technological Development Zone', kind: ZONE },
  { suffix: '保税区', en: 'Bonded Zone', kind: ZONE },
  { suffix: '先行区', en: 'Pilot Zone', kind: ZONE },
  { suffix: '开发区', en: 'Development Zone', kind: ZONE },
  { suffix: '试验区', en: 'Experimental Zone', kind: ZONE },
  { suffix: '示范区', en: 'Demonstration Zone', kind: ZONE },
  { suffix: '功能区', en: 'Functional Area', kind: ZONE },
  { suffix: '新区', en: 'New Area', kind: ZONE },
  { suffix: '山区', en: 'Mountain Area', kind: ZONE },
  { suffix: '园区', en: 'Park', kind: ZONE },
  { suffix: '港区', en: 'Port Area', kind: ZONE },
];

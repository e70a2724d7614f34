// Functional zones: areas run by a party working committee (党工委) and an administrative
// committee (管委会) rather than by an ordinary district government. They have no division code.

/** Suffixes a zone name ends with, longest first: 济南高新区, 新旧动能转换先行区, 南部山区. */
export const ZONE_SUFFIXES = [
  '高新技术产业开发区', '高新技术产业园区', '经济技术开发区', '经济开发区', '综合保税区', '保税区', '高新区', '经开区',
  '先行区', '新区', '开发区', '试验区', '示范区', '山区', '功能区', '产业园区', '工业园区', '园区', '港区',
];

/** Standard zone types that follow a city's short name as a proper name: 济南高新区, 烟台经开区. */
export const CITY_ZONE_TYPES = ['高新技术产业开发区', '高新技术产业园区', '经济技术开发区', '经济开发区', '高新区', '经开区', '综合保税区', '保税区', '新区'];

/** Zone types written as variants of one another; identity uses the first form. */
export const ZONE_SYNONYMS: Array<[canonical: string, variant: string]> = [
  ['高新区', '高新技术产业开发区'],
  ['经开区', '经济技术开发区'],
];

/** Organs that only zones have: a place directly before one of these is a zone (南部山区管委会). */
export const ZONE_ORGANS = ['党工委', '管委会', '工委'];

/** Words that end a zone name's left edge when scanning back from its suffix. */
export const ZONE_LEFT_STOPS = [
  '我市', '全市', '各区县', '及', '和', '与', '、', '在', '的', '是', '为', '将', '推动', '打造', '建设', '加快', '调任', '出任', '担任', '升任', '任',
];

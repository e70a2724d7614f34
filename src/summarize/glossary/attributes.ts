// Words for project attributes, as data: phases are written 一期, 二期 … and read "phase 1", "phase 2".
export const CHINESE_NUMERALS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

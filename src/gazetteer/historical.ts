// Administrative units that no longer exist but still appear in archives. General knowledge of
// China's divisions (State Council approvals), not tied to any article: each entry names the
// unit, its last code, the year it was abolished and the code of what replaced it.
export interface HistoricalUnit {
  code: string;
  name: string;
  level: 'city' | 'county';
  parentCode: string;
  abolished: number;
  /** Code of the unit that took over its territory (or its successor under a new name). */
  successorCode: string;
  note: string;
}

export const HISTORICAL_UNITS: HistoricalUnit[] = [
  { code: '3712', name: '莱芜市', level: 'city', parentCode: '37', abolished: 2019, successorCode: '3701', note: '2019年撤销地级莱芜市，所辖区划归济南市管辖' },
  { code: '371202', name: '莱城区', level: 'county', parentCode: '3712', abolished: 2019, successorCode: '370116', note: '2019年更名为济南市莱芜区' },
  { code: '371203', name: '钢城区', level: 'county', parentCode: '3712', abolished: 2019, successorCode: '370117', note: '2019年划归济南市管辖' },
  { code: '370125', name: '济阳县', level: 'county', parentCode: '3701', abolished: 2018, successorCode: '370115', note: '2018年撤县设区，设立济南市济阳区' },
  { code: '370181', name: '章丘市', level: 'county', parentCode: '3701', abolished: 2016, successorCode: '370114', note: '2016年撤市设区，设立济南市章丘区' },
  { code: '370123', name: '长清县', level: 'county', parentCode: '3701', abolished: 2001, successorCode: '370113', note: '2001年撤县设区，设立济南市长清区' },
  { code: '3414', name: '巢湖市', level: 'city', parentCode: '34', abolished: 2011, successorCode: '3401', note: '2011年撤销地级巢湖市' },
  { code: '5224', name: '毕节地区', level: 'city', parentCode: '52', abolished: 2011, successorCode: '5205', note: '2011年撤地设市' },
  { code: '110103', name: '崇文区', level: 'county', parentCode: '11', abolished: 2010, successorCode: '110101', note: '2010年并入东城区' },
  { code: '110104', name: '宣武区', level: 'county', parentCode: '11', abolished: 2010, successorCode: '110102', note: '2010年并入西城区' },
  { code: '310103', name: '卢湾区', level: 'county', parentCode: '31', abolished: 2011, successorCode: '310101', note: '2011年并入黄浦区' },
  { code: '310108', name: '闸北区', level: 'county', parentCode: '31', abolished: 2015, successorCode: '310106', note: '2015年并入静安区' },
];

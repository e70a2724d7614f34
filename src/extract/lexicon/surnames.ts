// Chinese surnames (general knowledge: the common single-character surnames of the Hundred
// Family Surnames and modern frequency lists, plus compound surnames). A person name is a
// surname followed by one or two given-name characters; nothing here names a particular person.

// Compound surnames are tried first: 欧阳修 → 欧阳 + 修, not 欧 + 阳修.
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒',
  '令狐', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '澹台', '公冶',
  '太史', '申屠', '钟离', '闻人', '赫连', '第五', '拓跋', '濮阳', '淳于', '单于', '仲孙', '司空',
];

export const SINGLE_SURNAMES = [...new Set(Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁' +
  '任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武' +
  '戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮' +
  '柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古' +
  '吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫' +
  '寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻' +
  '位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦' +
  '戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但' +
  '尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由尹元姜殷郗晁' +
  // rarer ones that still turn up in officials' names
  '郄乜仉逄宓蒯笪訾郇贲竺佴钭邴璩桓庹綦隗酆禚厍',
))];

const SINGLE = new Set(SINGLE_SURNAMES);

/** Length of the surname at the start of `name` (2 for 欧阳, 1 for 秦), or 0 if none is known. */
export function surnameLength(name: string): number {
  if (name.length >= 3 && COMPOUND_SURNAMES.includes(name.slice(0, 2))) return 2;
  return SINGLE.has(name.charAt(0)) ? 1 : 0;
}

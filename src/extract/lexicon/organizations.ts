// Word lists for companies, institutions and projects: the suffixes their names end with, and the
// words that mark where a name's left edge is (verbs and function words that precede names).

/** Legal and group suffixes of company names, longest first. */
export const COMPANY_SUFFIXES = [
  '集团股份有限公司', '集团有限责任公司', '集团有限公司', '股份有限公司', '有限责任公司', '有限公司', '株式会社', '集团', '公司',
];

/**
 * Countries written before a foreign company's name: 德国博伦斯集团 is 博伦斯集团 (the country is
 * kept as an alias). Also read by the merge candidates (德国博格叉车 ~ 博格智能叉车).
 */
export const LEADING_COUNTRY = /^(?:中国|德国|美国|日本|韩国|法国|英国|意大利|荷兰|瑞士|瑞典|丹麦|芬兰|挪威|奥地利|比利时|西班牙|加拿大|澳大利亚|新加坡|以色列|俄罗斯|印度|泰国|越南|马来西亚)(?=[\u4e00-\u9fff]{2})/;

/**
 * The state builders' bureaus, named by number: 中建二局, 中铁十四局, 中交一公局, 中交二航局集团.
 * General knowledge of China's construction groups, not any article's.
 */
export const BUILDER_BUREAU = /中(?:建|铁|铁建|交|冶|电建|能建|化|核|水电)(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:公|航)?局(?:集团(?:有限公司)?)?/g;

/** Industry words that end a company's short name when a stem precedes them: 东岳证券, 东岳证券, 海川银行. */
export const COMPANY_INDUSTRY_SUFFIXES = ['证券', '银行', '地产', '保险', '信托', '控股', '药业', '置业', '基金'];

/** Institutions: universities, institutes, hospitals, associations. */
export const INSTITUTION_SUFFIXES = [
  '附属医院', '人民医院', '中医医院', '妇幼保健院', '医院', '卫生院', '疾控中心', '疾病预防控制中心', '卫生服务中心',
  '大学', '学院', '研究院', '研究所', '研究中心', '科学院', '总院', '协会', '学会', '商会', '基金会', '党校', '实验室',
  '中学', '小学', '幼儿园',
];

/**
 * A numbered school after its place: 长清一中, 历城二中 (place + number + 中). The stem must be a
 * place name, so 集中 or 其中 never match.
 */
export const NUMBERED_SCHOOL = /^([一二三四五六七八九十]{1,3})中(?![心央国华学])/;

/**
 * Words that say an institution's name stands for a building being built, extended or opened, so
 * the mention is a Project: 滨河医院基本建成, 新建东岭卫生院, 南湖小学改扩建项目, 文化馆正式开馆.
 */
export const CONSTRUCTION_WORDS = /建成|新建|扩建|改建|异地新建|开工|封顶|竣工|投入使用|投用|开馆|开业|主体完工|项目建设/;

/** Words right before a name that make it something being built: 共建X研究院, 共同建设X. */
export const BUILDING_VERB_BEFORE = /(?:共建|共同建设|合作共建|合作建设|筹建|建设|新建)$/;

/** A list the name belongs to that the text calls projects: 仁和医院、康养中心等项目建设. */
export const LISTED_AS_PROJECTS = /^[^，。；]*?等[\u4e00-\u9fff\d]{0,8}项目/;

/** What projects are called: 项目, 工程, 产业园 … (longest first). */
export const PROJECT_SUFFIXES = [
  '项目', '工程', '产业城', '产业园', '科技园', '创新园', '示范园', '物流园区', '物流园', '园区', '基地', '中心', '智谷', '小镇', '综合体', '大厦',
];

/**
 * Words that end a name's left edge, scanning back from its suffix: a name starts after the last
 * of them. 引进山东恒通城市建设发展有限公司 → 山东恒通城市建设发展有限公司.
 * Words that also occur inside names (建设, 发展, 科技; single characters such as 为 in 瑞阳) are
 * deliberately absent.
 */
export const LEFT_STOPS = [
  '引进', '邀请', '组织建设', '组织', '推动', '支持', '携手', '由', '对', '是', '在', '将', '把',
  '确保', '共建', '共同建设', '合作共建', '来到', '走进', '前往', '深入', '选址', '位于', '调研', '考察', '参观',
  '被', '了', '的', '等', '如', '包括', '其中', '新签约', '签约', '落户', '入驻', '获评', '成为', '依托', '加强', '服务',
  '全力', '积极', '累计', '完成', '实现', '推进', '加快', '引入', '招引', '洽谈', '对接', '走访', '启动', '实施', '开工',
  '新建', '建成', '打造', '培育', '保障', '突破', '开展', '加速', '筹办', '抓好', '谋划', '规划建设', '高标准', '高水平',
  '同步', '支撑', '启用', '配合', '做好', '咬定', '争创', '宣布', '致辞', '暨', '到', '书记', '区长', '县长', '市长', '主任', '主席', '企业', '领先企业', '龙头企业', '作为', '以及', '还有', '和', '与', '及', '从',
  '今年', '去年', '目前', '近日', '年底', '月底', '省级', '市级', '区级', '国家级', '省重大项目', '重大项目', '重点项目',
  '助力', '带动', '围绕', '聚焦', '依靠', '借助', '发挥', '用好', '做强', '做大', '扶持', '鼓励', '吸引', '落地',
  '成立', '组建', '全省首家', '首家', '享受到', '拓展', '着力', '预计', '新增', '计划', '正在', '已经', '已', '均',
];

/**
 * Verbs that come right before 项目 in phrases about projects in general: 抓项目, 引项目, 建项目.
 * A suffix preceded by one of them ends a verb phrase, not a name.
 */
export const VERBS_BEFORE_PROJECT = [
  '抓', '建', '引', '上', '找', '跑', '谈', '聚', '盯', '包', '抓大', '上大', '引进', '推进', '服务', '深入', '争取', '确保',
  '坚持', '打好', '完善', '突出', '优化', '抢抓', '保障', '储备', '签约', '开工', '落地', '谋划', '招引', '建设',
];

/** Extra left stops for projects only (they occur inside company names, so not in LEFT_STOPS). */
export const PROJECT_LEFT_STOPS = ['以', '至', '载体', '新上', '建设', '出席', '坚持', '打好', '完善', '突出', '优化', '抢抓', '践行', '融入', '紧盯', '认真', '确保', '争取', '形成'];

/**
 * Words that make a project name generic when nothing else is left: 重点项目, 技改项目 and
 * 55个老旧小区改造项目 are kinds of projects, not named ones.
 */
export const GENERIC_PROJECT_WORDS = [
  '重点', '重大', '产业', '技改', '改造', '改扩建', '扩建', '新建', '民生', '民心', '头号', '建设', '招商', '人才', '一号',
  '在建', '大', '好', '新', '优质', '亿元以上', '千万元以上', '过亿元', '实施类', '空缺', '高端', '省级', '市级', '区级',
  '医疗', '安置', '城建', '工业', '服务业', '基础设施', '基础', '设施', '公共', '服务', '龙头', '配套', '储备', '签约',
  '开工', '投产', '各类', '一批', '类', '等', '个', '的', '和', '及', '与', '老旧小区', '棚户区', '棚改旧改', '城市', '乡村',
  '振兴', '生态', '环境', '治理', '生活污水', '污水', '精品亮点', '亮点', '精品', '十大', '重点城建', '城中村', '旅游',
  '农业', '示范', '试点', '特色', '综合', '全区', '全市', '区域', '片区', '体系', '研发', '创新', '科技', '文化',
  '资产收益扶贫', '扶贫', '战略性新兴', '新兴', '产业化', '教育', '卫生', '养老', '就业', '培训', '户户通', '四好农村路',
  '国家', '国家级', '现代', '数字', '智慧', '物流', '商贸', '金融', '医养', '康养', '健康', '临时', '省', '市', '区',
  '产业链', '田园综合体', '田园', '前期', '后续', '龙头', '惠民', '民生实事', '项目', '这些', '每一个', '节后', '为', '一批',
  '知名', '商业', '品牌', '重磅', '省会', '文体', '科创', '快速路', '最美', '消防', '通道', '物流园区', '园区', '工业园区', '综合体', '特色小镇', '小镇', '世界一流', '一流', '高科技', '成长型',
  // roles of a project at an event, and words of rank or kind
  '主会场', '分会场', '季度', '年度', '高质量', '首个', '首批', '全球', '生产', '化工', '会议',
  // industries: an industry and 项目 is a kind of project, not a named one (生物医药项目)
  '生物医药', '新能源汽车', '新能源', '新材料', '智能制造', '数字经济', '电子信息', '高端装备', '装备制造', '现代农业',
  '人工智能', '集成电路', '半导体', '先进制造', '零部件', '汽车', '能源', '储能', '新旧动能转换', '动能转换', '协作', '帮扶',
];

/**
 * Centres that are government units or services, not projects: 生态环境监控中心, 政务服务中心.
 * A name ending in one of these is not taken as a project (a facility being built still is, by
 * CONSTRUCTION_WORDS).
 */
export const SERVICE_CENTRES = [
  '监控中心', '监测中心', '指挥中心', '调度中心', '服务中心', '管理中心', '交易中心', '受理中心', '结算中心', '分中心', '融媒体中心',
  '会议中心', '会诊中心', '分拨中心', '研发中心',
];

/**
 * Infrastructure named by its route or place: 京沪高铁, 沪昆高速, 翠屏路隧道. The type word must be
 * followed by punctuation or by a word about the work (加快推进, 相继通车), so 高速发展 is no road.
 */
export const INFRASTRUCTURE_TYPES = ['高速公路', '高速铁路', '高铁', '高速', '城际铁路', '铁路', '隧道', '大桥', '机场', '快速路', '地铁', '轻轨'];
export const INFRASTRUCTURE_FOLLOWERS = /^(?:[、，,。；;]|加快|建成|通车|开工|推进|完成|建设|延伸|向|相继|全线|正式|项目|工程|沿线|[一二三四五六七八九十]期|[^\s，。；、]{1,4}站)/;

/** Company-context words after a list of short names: 鲁钢、恒达等16家企业. */
export const COMPANY_LIST_TAIL = /^等(?:\d+|[一二三四五六七八九十百几数多]+)?(?:家|个)?(?:[\u4e00-\u9fff\d]{0,8})?(?:企业|公司)/;

/** A list of names ending in 等…项目 names projects: 华科智谷、远景生物等44个项目. */
export const PROJECT_LIST_TAIL =
  /^等(?:\d+|[一二三四五六七八九十百几数多]+)?(?:个|项|处|条|座|所)?(?:[\u4e00-\u9fff]{0,6}?)(?:项目|工程|综合体|园区|基地|载体|游园|场馆)/;

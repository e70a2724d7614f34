// Project names on the phrasings of published reports. Each expected name is read off its sentence
// by hand; names and places are invented.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/types';
import { extractText, names } from '../helpers/documents';

const projects = (ex: Extraction) => names(ex, 'Project');

describe('projects', () => {
  it.each([
    // a count of their kind closes a list: every item is a project, the kind is no name
    ['南湖区滨河产业园、恒达智谷、北湖科创中心3个先进制造业项目集中开工。', ['北湖科创中心', '恒达智谷', '滨河产业园']],
    // verbs of decisions start no name; the county before it is its place
    ['会议原则同意南湖区农村公路安防工程立项。', ['农村公路安防工程']],
    // quoted words a name needs
    ['南湖区召开会议，南湖“双链融合”项目开工。', ['南湖“双链融合”项目']],
    // a middle dot joins two parts of one name; 及 joins the parts of one project
    ['南湖区召开会议，恒达智谷·南湖大健康食品产业园开园。', ['恒达智谷·南湖大健康食品产业园']],
    ['南湖区召开会议，恒达精密模具制造及模具配件生产项目签约。', ['恒达精密模具制造及模具配件生产项目']],
    // a type word inside a name that ends in 项目 later
    ['南湖区召开会议，滨河生态公园提档升级建设项目开工。', ['滨河生态公园提档升级建设项目']],
    // a park without its own organ is still a project
    ['嘉兴市召开会议，市领导到南湖科技园调研。', ['南湖科技园']],
    // two names sharing one suffix
    ['南湖区召开会议，滨河幼儿园和南湖二小建设项目开工。', ['滨河幼儿园', '南湖二小建设项目']],
    // 和 after something that is no name joins no two projects
    ['南湖区召开会议，考察团考察了基本县情和滨河物流园项目。', ['滨河物流园']],
    // the year of a yearly programme is no part of the name
    ['会议研究了2024年度农村公路安防工程。', ['农村公路安防工程']],
    // 高标准 opens no name before 农田: high-standard farmland is a kind of work with a name
    ['南湖区2022年高标准农田（第二批）建设项目开工。', ['高标准农田（第二批）建设项目']],
    // a quoted word between the place and the rest of the name
    ['6月8日，南湖区“煤改电”清洁取暖示范项目开工奠基。', ['“煤改电”清洁取暖示范项目']],
    // a company's own industry in a list is a project; a list whose last name ends in 希望 keeps it
    ['南湖区召开会议。恒达技研、北方集团宠物大健康产业、快快网等28个优质项目正加速洽谈推进。', ['北方集团宠物大健康产业', '快快网', '恒达技研']],
    ['南湖区加快推进蔷薇谷、恒达农业、南方希望等龙头项目进程。', ['南方希望', '恒达农业', '蔷薇谷']],
    // short items joined by 、 inside one name that a company or a place opens
    ['南湖区召开会议。福建恒达集团有限公司开关、低压电器、塑胶管材生产加工项目签约。', ['福建恒达集团有限公司开关、低压电器、塑胶管材生产加工项目']],
    ['南湖区三河乡白马、柳林片区农业产业发展基地建设项目开工。', ['三河乡白马、柳林片区农业产业发展基地']],
    // …not a list of sites, nor projects listed one by one
    ['考察团还到南湖区三河镇柳树村、滨河香菇基地考察。', ['滨河香菇基地']],
    ['南湖区滨河物流园项目、北湖科创中心项目开工。', ['北湖科创中心', '滨河物流园']],
    // a number and its unit with a space between
    ['南湖区召开会议，对200 mm晶圆切割生产线项目进行了检查。', ['200 mm晶圆切割生产线项目']],
    // a count before the name makes the rest a kind
    ['三河镇举行签约仪式，共签约5个工厂化水产养殖项目。', []],
    // a company before a preposition opens no name after it
    ['南湖区考察团与恒通集团就滨江茶饮项目合作进行了交流。', ['滨江茶饮项目']],
    // a route from one place to another keeps its 至; a 至 opening the words is "to" a place
    ['马山县召开会议，韦明先后到南湖至北湖（林庄至东岭段）公路项目等重点项目现场。', ['南湖至北湖（林庄至东岭段）公路项目']],
    ['钢城区召开会议。推进综合客运枢纽、至莱芜区快速路工程。', []],
    // a place that opens a company's name opens the project's too
    ['集中开工项目共有3个，分别是：固始县恒达新型建材有限公司年产干粉砂浆30万吨建设项目、固始县滨河生态公园大坝建设项目。', ['固始县恒达新型建材有限公司年产干粉砂浆30万吨建设项目', '滨河生态公园大坝建设项目']],
    // a capacity in brackets inside a long name
    ['南湖区召开会议。恒达新能源科技有限公司秸秆利用（年产3万吨颗粒燃料）三河乡基地建设项目开工。', ['恒达新能源科技有限公司秸秆利用（年产3万吨颗粒燃料）三河乡基地']],
    // a service centre in a list the text calls projects is one of them; 创业园 is a facility
    ['南湖区召开会议。推进滨江路综合为老中心、东岭路小学改造等社区民生项目。', ['东岭路小学改造', '滨江路综合为老中心']],
    ['南湖区召开会议。推进滨江路养老服务中心、东岭路小学改造等社区民生项目。', ['东岭路小学改造']],
    ['考察团参观考察了恒达软件股份有限公司产品展示厅、泉州市丰泽区滨河电商创业园。', ['滨河电商创业园']],
    // a service centre's construction project is a project (the centre itself is an office)
    ['南湖区召开会议。集中开工的项目包括南湖区社会治理指挥中心项目。', ['社会治理指挥中心']],
    // 项目建设现场 names the project whose site it is; 学习 is a verb
    ['城固县召开会议。胡立利一行来到恒希年产30万吨饲料加工项目建设现场。', ['恒希年产30万吨饲料加工项目']],
    ['南湖区考察团赴外地考察学习工业项目建设。', []],
    // the brackets a phase stood in go with it
    ['南湖区召开会议。南湖区国际健康城（一期）项目开工。', ['国际健康城项目']],
    // two whole names, each opening with the place, are two projects
    ['南湖区召开会议。南湖区动物医院、南湖区滨河产业园供水工程开工。', ['南湖区动物医院', '滨河产业园供水工程']],
    // a capacity per year with a slash; a verb of resuming work opens no name; a long route name
    ['扎鲁特旗召开会议。恒达化学工业有限公司30万吨/年煤制乙二醇项目开工。', ['恒达化学工业有限公司30万吨/年煤制乙二醇项目']],
    ['南湖区召开会议。开复工南湖至北湖国家高速公路东岭至西岭联络线三河至柳林段工程。', ['南湖至北湖国家高速公路东岭至西岭联络线三河至柳林段工程']],
    // a photo caption: the bracket and 为 are the caption's
    ['南湖区召开会议。（为恒达汽配有限公司废旧车辆回收利用项目培土奠基）', ['恒达汽配有限公司废旧车辆回收利用项目']],
    // 及 after a whole project name joins two projects
    ['南湖区签约滨河商业综合体项目及恒达中央厨房项目。', ['恒达中央厨房项目', '滨河商业综合体项目']],
    // 工程机械 is an industry: 工程 there ends no name
    ['南湖区召开会议。恒达重工工程机械产业整体搬迁项目是重点项目。', ['恒达重工工程机械产业整体搬迁项目']],
    // 工程 inside a company's name ends no project
    ['南湖区召开会议，恒达电力工程有限公司负责人出席。', []],
    // items before 等项目 that end in 建设
    ['南湖区集中签约滨河热电厂搬迁改造及综合能源建设、南湖汽车城产城融合示范区建设等项目40个。', ['南湖汽车城产城融合示范区建设', '滨河热电厂搬迁改造及综合能源建设']],
    // a list that counts more projects than it has items: an item of two named parts joined by 及 is two
    ['南湖区现场签约滨河科技城及智能制造产业园、北湖运河梦都、恒达汽车配件等4个重特大项目。', ['北湖运河梦都', '恒达汽车配件', '智能制造产业园', '滨河科技城']],
    // …and one when the count does not say so
    ['南湖区现场签约滨河科技城及智能制造产业园、北湖运河梦都等2个项目。', ['北湖运河梦都', '滨河科技城及智能制造产业园']],
    // items of a list are never joined to their neighbours
    ['南湖区现场签约南湖恒达运河梦都、琦丰汽车配件等2个项目。', ['南湖恒达运河梦都', '琦丰汽车配件']],
  ])('%s', (sentence, expected) => {
    expect(projects(extractText(sentence))).toEqual([...expected].sort());
  });

  it.each([
    // counts, pointers, dates: which projects, not what project
    '南湖区共签约5个新能源项目。',
    '南湖区召开会议。整个项目建成后年产值10亿元。',
    '南湖区召开会议，这五个项目进展顺利，2024年第二季度重点项目全部开工。',
    // a verb and its object
    '南湖区召开会议，要抓项目、抓大项目。',
    // the place whose projects are counted; sizes and the district's own works are no names
    '上海市青浦区26个重大项目集中开工。',
    '南湖区实现了百亿元项目零的突破，推动区内重大工程建设加快发展。',
    // 事项目录 holds 项目 but names none
    '南湖区印发《关于公布重大行政决策事项目录的通知》。',
    // a quoted slogan before 工程 names a campaign
    '南湖区召开会议，“三横两纵”工程加快推进。',
    // a park with its own organ is a zone
    '南湖区召开会议，南湖科技园管委会主任王明出席。',
    // a count in brackets, a verb opening an activity, a place before a bare 项目 and generic words
    '南湖区召开会议，要求按照“六个一”（一个项目、一名领导）推进。',
    '南湖区召开会议，要抓好城市建设、发展清洁能源项目。',
    '南湖市重大项目集中开工活动举行。',
    // 和 between something that is no name and a project
    '南湖区召开会议，代表团审议了各项工作报告情况和民生实事项目情况。',
    // 向项目: a preposition and "the project"
    '南湖区召开会议，县长王明代表县政府向项目的开工表示祝贺。',
    // phrases about projects in general, and facilities every county has
    '南湖区召开会议，项目建设是经济发展的生命线，要牢固树立项目为王理念。',
    '南湖区共有在建项目56个，谋划储备了一批重大项目。',
    '南湖区召开会议，城市道路建设既是民心工程又是民生工程。',
    '南湖区召开会议，要加快推进标准化厂房项目建设。',
    '南湖区政务服务中心、新时代文明实践中心、党群服务中心和区融媒体中心开展活动。',
    // 工程 inside an institution's name
    '南湖区召开会议，南湖工程勘察设计院院长王明发言。',
    // prepositions and verbs before 项目/工程, pronouns, words after them that make no name
    '南湖区召开会议，对于重点项目，要加快建设速度，提高工程质量。',
    '南湖区召开会议，书记王明出席仪式并为项目培土奠基。',
    '南湖区召开会议，并就项目合作的相关事宜与客商进行交流。',
    '南湖区召开会议。此次我们项目投资总额约50亿元。',
    '南湖区召开会议，要进一步增强项目意识。',
    // a building a meeting is held in, and a meeting about projects
    '5月29日，南湖区在北湖市人民大厦组织召开项目对接恳谈会。',
    '南湖区第二届人民代表大会第一次会议完成各项议程后，在文化艺术中心胜利闭幕。',
    // kinds of projects after 既有/也有, verbs before generic words, industries in a list, a programme
    '南湖区召开会议。项目既有产业项目，也有民生项目。',
    '南湖区召开会议。要牢牢扭住重大项目，发展离不开项目。',
    '王明与恒达集团签订合作备忘录，就食用菌产品推广、生物科技产业等项目开展合作。',
    '海南自由贸易试验区建设项目（第五批）集中开工。',
    // an event's batch, a count after 开竣工
    '南湖区举行全区“四比六促”活动第三批项目集中开竣工仪式。此次集中开竣工共11个项目。',
    // an unnamed zone's key projects; a report on how things stand joined to a park by 、
    '区长李立到经济开发区重点项目现场调研。',
    '听取了南湖经济开发区总体情况、化工园区建设情况汇报。',
    // an honour list of the province's top hundred
    '黑龙江省百大项目和市级重点项目集中开工。',
    // a person and a verb with its object, joined by 和
    '南湖区召开会议。县政协主席李华和包抓项目的县级领导出席开工仪式。',
    // a verb of holding an event, landmark words, departments listed before 等部门…项目
    '南湖区举办第二批重点项目集中开工投产仪式。',
    '区委和区政府将全力支持南湖区这些标志性工业项目的建设。',
    '王明要求区建设管理委员会等部门做好项目验收工作。',
    // people listed before 等…为项目 are no projects
    '南湖区召开会议。最后，王明、李华等领导嘉宾为项目培土奠基。',
  ])('no project in %s', (sentence) => {
    expect(projects(extractText(sentence))).toEqual([]);
  });

  it('a phase is no part of the name or of the written form kept as an alias', () => {
    const ex = extractText('南湖区召开会议。南湖区国际健康城（一期）项目开工。');
    const project = ex.mentions.find((m) => m.label === 'Project');
    expect(project?.attrs.phase).toBe('一期');
    expect(project?.attrs.aliases).toContain('南湖区国际健康城项目');
  });

  it('a facility\'s construction takes the facility\'s name, the written form is an alias', () => {
    const [project] = extractText('嘉兴市南湖区恒达物流园区建设项目开工。').mentions.filter((m) => m.label === 'Project');
    expect(project?.name).toBe('恒达物流园区');
    expect(project?.label === 'Project' && project.attrs.aliases).toContain('嘉兴市南湖区恒达物流园区建设项目');
  });
});

describe('project owners', () => {
  const involved = (ex: Extraction) => ex.relations.filter((r) => r.type === 'INVOLVED_IN').map((r) => `${r.from.name} ${r.props.role} → ${r.to.name}`);

  it.each([
    // a company written right before a name opens it and develops it
    ['南湖区召开会议，恒达材料有限公司国家级新型纤维研发基地示范项目开工。', ['恒达材料有限公司 developer → 恒达材料有限公司国家级新型纤维研发基地示范项目']],
    // a province, a brand and its industry word opening a name are the investor's short name
    ['签约项目包括江苏恒利科技电子产品生产项目。', ['江苏恒利科技 developer → 江苏恒利科技电子产品生产项目']],
    // words no brand is: 国际
    ['签约项目包括江苏国际物流园项目。', []],
  ])('%s', (sentence, expected) => {
    expect(involved(extractText(sentence))).toEqual(expected);
  });
});

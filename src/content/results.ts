// Results reported in progress2018 (the NDRC account of Tianjin-Changchun cooperation,
// as reported by China Jilin Net on 2018-04-12), one record per reported result.
//
// Dates: `date` only when the report says when it happened (2016-11, 2017-02 …); an undated
// event has none. `reported` is when the report came out (2018-04), so the exports can say
// "reported 2018-04" instead of passing the report's date off as the event's.
//
// Figures are the report's numbers as written:
// - `qualifier: 'more-than'` with the report's own word, `hedge` 余 or 多 (200余次, 500多亿元);
//   `written` where digits would change it (一百多次).
// - Money stays in the report's unit in Chinese, 亿元; in English it is written as a journalist
//   would, in billions of yuan (`enValue`: 97.2 亿元 = 9.72 billion yuan).
// - '90%以上' (90 % or more) is neither 余 nor 多: it is `at-least` with the unit '%'.
import type { Result, Source, Text } from './schema';

const report = (section: string, ...evidence: string[]): Source[] => [{ doc: 'progress2018', section, evidence }];

const YI: Text = { zh: '亿元', en: 'billion yuan' };
const R = '2018-04';

export const results: Result[] = [
  // ---- §一 visits, meetings, agreements ----
  {
    id: 'changchun-delegation-2016',
    date: '2016-11',
    reported: R,
    title: { zh: '长春党政代表团赴天津考察', en: 'Changchun delegation visits Tianjin' },
    text: {
      zh: '吉林省委常委、长春市委书记王君正带领长春党政代表团到天津学习考察，与天津市委书记李鸿忠座谈，明确了两市对口合作的方向。',
      en: 'Wang Junzheng, Changchun party secretary and member of the Standing Committee of the CPC Jilin Provincial Committee, led a party and government delegation to Tianjin to study and visit; talks with Tianjin party secretary Li Hongzhong set the direction of the cooperation.',
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§一(一)', '2016年11月', '王君正', '李鸿忠'),
  },
  {
    id: 'tianjin-leaders-visit-changchun',
    reported: R,
    title: { zh: '天津市领导带队赴长春对接', en: 'Tianjin leaders visit Changchun' },
    text: {
      zh: '天津常务副市长王路、副市长赵海山等分别带队到长春考察，与长春主要领导会谈，确定了两市合作的基本框架和重大项目（报道未给出具体日期）。',
      en: 'Tianjin executive vice-mayor Wang Lu, vice-mayor Zhao Haishan and others each led teams to Changchun; talks with Changchun leaders settled the basic framework of the cooperation and its major projects (the report gives no dates).',
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§一(一)', '王路', '赵海山', '基本框架和重大项目'),
  },
  {
    id: 'joint-meeting-2017-02',
    date: '2017-02',
    reported: R,
    title: { zh: '对口合作联席会议（长春）', en: 'Joint meeting in Changchun' },
    text: {
      zh: '两市在长春召开对口合作联席会议，研究部署合作阶段性问题。',
      en: 'The two cities held a joint meeting on the cooperation in Changchun to study the issues of that stage and plan the work.',
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§一(二)', '2017年2月和6月', '长春和天津', '联席会议'),
  },
  {
    id: 'joint-meeting-2017-06',
    date: '2017-06',
    reported: R,
    title: { zh: '对口合作联席会议（天津）', en: 'Joint meeting in Tianjin' },
    text: {
      zh: '两市在天津召开对口合作联席会议，研究部署合作阶段性问题。',
      en: 'The two cities held a joint meeting on the cooperation in Tianjin to study the issues of that stage and plan the work.',
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§一(二)', '2017年2月和6月', '长春和天津', '联席会议'),
  },
  {
    id: 'framework-agreement',
    reported: R,
    title: { zh: '对口合作框架协议达成一致', en: 'Framework agreement ready to sign' },
    text: {
      zh: '两市共同起草的《天津市与长春市对口合作框架协议》已达成一致、等待签署；两市还制定了对口合作实施方案以及各自内部的实施意见和工作方案。',
      en: 'The framework agreement on Tianjin-Changchun cooperation, drafted jointly, had been agreed and was awaiting signature; the cities had also drawn up the implementation plan and their own internal implementing opinions and work plans.',
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§一(三)', '对口合作框架协议', '已达成一致备签'),
  },
  // ---- §二 platforms and industry ----
  {
    id: 'huabohui-changchun-session',
    reported: R,
    title: { zh: '“华博会”长春专场推介会', en: 'Changchun session at a Tianjin fair' },
    text: {
      zh: '2017年以来，长春借助在天津举办的“华博会”办了长春专场推介会，签约12个项目，总投资97.2亿元（报道未给出推介会日期）。',
      en: 'Since 2017 Changchun has used the overseas-Chinese business fair held in Tianjin for a Changchun promotion session: 12 projects signed with a total investment of 9.72 billion yuan. The report gives no date for the session.',
    },
    figures: [
      { value: 12, qualifier: 'exact', unit: { zh: '个', en: 'projects' }, label: { zh: '签约项目', en: 'Projects signed' } },
      { value: 97.2, enValue: 9.72, qualifier: 'exact', unit: YI, label: { zh: '总投资', en: 'Total investment' } },
    ],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§二(一)', '2017年以来', '华博会', '签约项目12个', '97.2亿元'),
  },
  {
    id: 'jinqiahui-delegation',
    reported: R,
    title: { zh: '长春代表团参加“津洽会”', en: 'Changchun delegation at the Tianjin trade fair' },
    text: {
      zh: '长春代表团在“津洽会”期间与天津商务、旅游、文化等部门深入交流，确定了一批合作意向，正在逐步落实。',
      en: "At the Tianjin investment and trade fair the Changchun delegation held in-depth talks with Tianjin's commerce, tourism and culture departments and settled a number of intentions to cooperate, which were being followed up.",
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§二(一)', '津洽会', '合作意向'),
  },
  {
    id: 'agriculture-promotion-tianjin',
    reported: R,
    title: { zh: '长春在天津举办农业推介会', en: 'Changchun farm promotion in Tianjin' },
    text: {
      zh: '长春在天津办农业推介会，签约农业合作项目24个，总金额98.5亿元（报道未给出日期）。',
      en: 'Changchun held a farming promotion event in Tianjin at which 24 agricultural cooperation projects worth 9.85 billion yuan were signed. The report gives no date.',
    },
    figures: [
      { value: 24, qualifier: 'exact', unit: { zh: '个', en: 'projects' }, label: { zh: '签约农业合作项目', en: 'Farm projects signed' } },
      { value: 98.5, enValue: 9.85, qualifier: 'exact', unit: YI, label: { zh: '总金额', en: 'Total amount' } },
    ],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§二(一)', '农业推介会', '24个', '98.5亿元'),
  },
  {
    id: 'park-companies-registered',
    reported: R,
    title: { zh: '企业在共建园区注册运营', en: 'First companies in the shared parks' },
    text: {
      zh: '两市共同商议共建津长产业合作园和津长双创示范基地；报道称依托这两个园区，部分企业已实现注册运营，其中天津企业家投资的吉林省区块链技术集团和吉林省现代远程教育公共服务运营管理有限公司已完成注册。',
      en: 'The cities discussed building the industrial cooperation park and the innovation and entrepreneurship base together; the report says some companies had registered and begun operating through them, and that two firms invested in by Tianjin entrepreneurs, a Jilin blockchain technology group and a Jilin distance-education public-service company, had completed registration.',
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: ['jinchang-industrial-park', 'jinchang-innovation-base'],
    sources: report('§二(二)', '共同商议共建', '注册运营', '已完成注册'),
  },
  {
    id: 'blockchain-data-centre',
    reported: R,
    title: { zh: '吉林首个区域链数据计算中心', en: "Jilin's first blockchain data centre" },
    text: {
      zh: '报道列于两个共建园区成果之下：吉林首个区域链数据计算中心预计于2018年4月投入运营（“区域链”为报道原文写法）。',
      en: "Listed among the results of the two shared parks: Jilin's first blockchain data computing centre was expected to start operating in April 2018 (the report's wording literally reads 'regional chain', presumably meaning blockchain).",
    },
    figures: [],
    headline: false,
    pairs: [],
    projects: ['jinchang-industrial-park', 'jinchang-innovation-base'],
    sources: report('§二(二)', '区域链数据计算中心', '2018年4月份'),
  },
  {
    id: 'health-innovation-park',
    reported: R,
    title: { zh: '大健康双创产业园项目启动', en: 'Health-industry start-up park launched' },
    text: {
      zh: '天津意翔高益投资10亿元的大健康双创产业园项目正式启动，报道将其列于两个共建园区的成果之下。',
      en: 'A health-industry innovation and start-up park, an investment of 1 billion yuan by the Tianjin firm Yixiang Gaoyi, was formally launched; the report lists it among the results of the two shared parks.',
    },
    figures: [{ value: 10, enValue: 1, qualifier: 'exact', unit: YI, label: { zh: '投资', en: 'Investment' } }],
    headline: false,
    pairs: [],
    projects: ['jinchang-industrial-park', 'jinchang-innovation-base'],
    sources: report('§二(二)', '意翔高益', '10亿元'),
  },
  {
    id: 'innovation-service-centre',
    reported: R,
    title: { zh: '津长双创服务中心启动建设', en: 'Joint start-up service centre under way' },
    text: {
      zh: '与天津中心商务区合作建设的津长双创服务中心已启动建设，其构建的“双创通”已进入运行调试阶段。报道写作“天津中心商务区”，本图把它视为净月高新区结对的滨海新区中心商务区。',
      en: "Work began on the Tianjin-Changchun start-up service centre, built with Tianjin's central business district, and the “Shuangchuangtong” it built was in trial operation. The report says Tianjin's central business district; the map takes this to be the Binhai CBD paired with Jingyue.",
    },
    figures: [],
    headline: false,
    pairs: ['jingyue-nankai'],
    projects: ['jinchang-innovation-base'],
    sources: report('§二(二)', '天津中心商务区', '双创通', '运行调试'),
  },
  {
    id: 'entrepreneurs-visit-2017',
    date: '2017-09',
    reported: R,
    title: { zh: '天津民营企业家长春行', en: 'Tianjin private entrepreneurs visit Changchun' },
    text: {
      zh: '天津市政协副主席、工商联主席黎昌晋带领14个区的工商联负责人及商会、企业代表共81人到长春，开展民营企业家经济合作交流系列活动。',
      en: "Li Changjin, vice-chair of the Tianjin CPPCC and head of the city's federation of industry and commerce, led 81 people, heads of the federation in 14 districts and representatives of chambers and companies, to Changchun for a series of business cooperation events.",
    },
    figures: [
      { value: 81, qualifier: 'exact', unit: { zh: '人', en: 'people' }, label: { zh: '代表团人数', en: 'Delegation' } },
      { value: 14, qualifier: 'exact', unit: { zh: '个区', en: 'districts' }, label: { zh: '参加的区工商联', en: 'District federations taking part' } },
    ],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§二(三)', '2017年9月', '黎昌晋', '14个区', '81人'),
  },
  {
    id: 'tianjin-chamber-changchun',
    reported: R,
    title: { zh: '长春市天津商会成立', en: 'Tianjin chamber of commerce in Changchun' },
    text: {
      zh: '渤海银行长春分行等8家单位发起成立长春市天津商会；渤海银行长春分行已正式营业。',
      en: 'Eight founding members, among them the Changchun branch of Bohai Bank, set up a Tianjin chamber of commerce in Changchun; the Bohai Bank branch had opened for business.',
    },
    figures: [{ value: 8, qualifier: 'exact', unit: { zh: '家', en: 'founding members' }, label: { zh: '发起单位', en: 'Founders' } }],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§二(三)', '渤海银行长春分行等8家', '长春市天津商会', '正式营业'),
  },
  // ---- §三 departments and districts ----
  {
    id: 'headline-totals',
    reported: R,
    title: { zh: '对口合作累计成果', en: 'Cooperation in numbers' },
    text: {
      zh: '合作开展以来，两市有关部门、县（市）区和开发区累计开展对接活动200余次，九成以上市直部门参与对接，签署合作框架协议30余份，签约项目150余个，总签约额500多亿元。',
      en: 'Since the cooperation began, departments, districts, counties and development zones of the two cities had held over 200 matchmaking activities; 90 % or more of the municipal departments had taken part; over 30 framework agreements and over 150 projects had been signed, for a total of more than 50 billion yuan.',
    },
    figures: [
      { value: 200, qualifier: 'more-than', hedge: '余', unit: { zh: '次', en: 'activities' }, label: { zh: '对接活动', en: 'Matchmaking activities' } },
      { value: 90, qualifier: 'at-least', unit: { zh: '%', en: '%' }, label: { zh: '开展对接的市直部门', en: 'Municipal departments taking part' } },
      { value: 30, qualifier: 'more-than', hedge: '余', unit: { zh: '份', en: 'agreements' }, label: { zh: '合作框架协议', en: 'Framework agreements signed' } },
      { value: 150, qualifier: 'more-than', hedge: '余', unit: { zh: '个', en: 'projects' }, label: { zh: '签约项目', en: 'Projects signed' } },
      { value: 500, enValue: 50, qualifier: 'more-than', hedge: '多', unit: YI, label: { zh: '总签约额', en: 'Total value signed' } },
    ],
    headline: true,
    pairs: [],
    projects: [],
    sources: report('§三', '200余次', '90%以上', '30余份', '150余个', '500多亿元'),
  },
  {
    id: 'district-visits',
    reported: R,
    title: { zh: '天津10个区与长春对口区县交流访问', en: '10 Tianjin districts in exchanges with their partners' },
    text: {
      zh: '天津有10个区主动与长春的对口区县交流访问，取得了合作成果（报道没有列出是哪些区，也没有说访问在哪里进行）。',
      en: 'Ten Tianjin districts took the initiative to exchange visits with their partner districts and counties in Changchun and reached results (the report does not say which districts, or where the visits took place).',
    },
    figures: [{ value: 10, qualifier: 'exact', unit: { zh: '个区', en: 'districts' }, label: { zh: '开展交流访问的天津区', en: 'Tianjin districts in exchanges' } }],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§三', '天津10个区', '交流访问'),
  },
  {
    id: 'jinmen-street',
    reported: R,
    title: { zh: '“津门风情街”即将开街', en: 'The "Jinmen" street about to open' },
    text: {
      zh: '天津和平区与长春朝阳区合作共建的“津门风情街”即将开街。',
      en: 'The "Jinmen" themed street (Jinmen is an old name for Tianjin), built by Heping District of Tianjin and Chaoyang District of Changchun together, was about to open.',
    },
    figures: [],
    headline: true,
    pairs: ['chaoyang-heping'],
    projects: [],
    sources: report('§三', '和平区', '朝阳区', '津门风情街', '即将开街'),
  },
  {
    id: 'binhai-new-area-cooperation',
    reported: R,
    title: { zh: '滨海新区与长春的新区合作', en: 'Binhai and the Changchun side: new-area cooperation' },
    text: {
      zh: '滨海新区与长春方面多次深入接触，共同办了两次推介会，制订了两市新区对口合作框架协议和津长产业园合作方案，就新区体制机制和平台载体建设达成初步共识，形成“5+3”政策保障措施。',
      en: "Binhai New Area and the Changchun side met repeatedly, held two promotion events together, drew up a framework agreement for the two cities' new areas and a plan for the Tianjin-Changchun industrial park, reached a first consensus on the new areas' institutions and on building platforms, and arrived at a \"5+3\" set of supporting policy measures.",
    },
    figures: [{ value: 2, qualifier: 'exact', unit: { zh: '次', en: 'events' }, label: { zh: '共同举办的推介会', en: 'Joint promotion events' } }],
    headline: false,
    pairs: ['new-area-binhai'],
    projects: ['jinchang-industrial-park'],
    sources: report('§三', '两次推介会', '津长产业园合作方案', '“5+3”'),
  },
  {
    id: 'jingyue-cadres',
    reported: R,
    title: { zh: '净月高新区干部赴滨海新区中心商务区', en: 'Jingyue officials at the Binhai CBD' },
    text: {
      zh: '净月高新区选派8名干部到滨海新区中心商务区交流学习。',
      en: 'The Jingyue zone sent 8 officials to the Binhai CBD on exchange, to learn.',
    },
    figures: [{ value: 8, qualifier: 'exact', unit: { zh: '名', en: 'officials' }, label: { zh: '选派干部', en: 'Officials sent' } }],
    headline: true,
    pairs: ['jingyue-nankai'],
    projects: [],
    sources: report('§三', '净月高新区选派8名干部', '交流学习'),
  },
  // ---- §四 publicity ----
  {
    id: 'media-coverage-2017',
    date: '2017',
    reported: R,
    title: { zh: '媒体宣传', en: 'Media coverage' },
    text: {
      zh: '中央主要媒体的重点栏目以多种形式报道了对口合作的进展；2017年，长春的报纸、广播和电视刊播长春与天津对口合作的消息一百多次。',
      en: "Leading national media covered the cooperation's progress in their main programmes and columns in several forms; in 2017 Changchun newspapers, radio and television carried items on the Changchun-Tianjin cooperation more than a hundred times.",
    },
    figures: [{ value: 100, qualifier: 'more-than', hedge: '多', written: '一百多次', unit: { zh: '次', en: 'items' }, label: { zh: '长春媒体刊播', en: 'Items in Changchun media' } }],
    headline: false,
    pairs: [],
    projects: [],
    sources: report('§四', '2017年', '一百多次'),
  },
];

// Dated events and targets the documents give, in the order they are shown (see
// src/content/national/timeline-order.ts: a date given only to the month or year sorts after the
// days of that month or year, so a year's target comes after what happened in it).
import type { Source } from '../schema';
import type { TimelineEvent } from './schema';

const report = (section: string, ...evidence: string[]): Source[] => [{ doc: 'progress2018', section, evidence }];
const news = (doc: Source['doc'], ...evidence: string[]): Source[] => [{ doc, section: '§全文', evidence }];
const TC = { places: ['changchun', 'tianjin'], pairings: ['changchun-tianjin'] };
// News reports are dated by what they say happened; the page's own date is in documents.ts.
const HG = { places: ['heilongjiang', 'guangdong', 'harbin', 'shenzhen'], pairings: ['heilongjiang-guangdong', 'harbin-shenzhen'] };

export const timeline: TimelineEvent[] = [
  {
    id: 'delegation-2016-11', date: '2016-11', kind: 'event', ...TC,
    title: { zh: '长春党政代表团赴天津', en: 'Changchun delegation to Tianjin' },
    text: {
      zh: '长春市委书记王君正率党政代表团到天津学习考察，与天津市委书记李鸿忠座谈，明确了两市对口合作的方向。',
      en: "Changchun party secretary Wang Junzheng led a delegation to Tianjin; talks with Tianjin party secretary Li Hongzhong set the direction of the two cities' cooperation.",
    },
    sources: report('§一(一)', '2016年11月', '王君正', '李鸿忠'),
  },
  {
    id: 'joint-meeting-2017-02', date: '2017-02', kind: 'event', ...TC,
    title: { zh: '联席会议（长春）', en: 'Joint meeting in Changchun' },
    text: {
      zh: '两市在长春召开对口合作联席会议，研究部署当时阶段的合作事项。',
      en: 'The two cities held a joint meeting on their cooperation in Changchun to work through the questions of that stage.',
    },
    sources: report('§一(二)', '2017年2月和6月', '长春和天津', '联席会议'),
  },
  {
    id: 'workplan-2017-03', date: '2017-03-07', kind: 'document',
    places: ['liaoning', 'jiangsu', 'jilin', 'zhejiang', 'heilongjiang', 'guangdong', 'shenyang', 'beijing', 'dalian', 'shanghai', 'changchun', 'tianjin', 'harbin', 'shenzhen', 'neimenggu'],
    pairings: ['liaoning-jiangsu', 'jilin-zhejiang', 'heilongjiang-guangdong', 'shenyang-beijing', 'dalian-shanghai', 'changchun-tianjin', 'harbin-shenzhen'],
    title: { zh: '国务院办公厅印发对口合作工作方案', en: 'State Council General Office work plan sets up the pairings' },
    text: {
      zh: '国办发〔2017〕22号（2017年3月7日印发，3月17日由新华社播发）确立东北三省与东部三省、东北四市与东部四市的七组对口合作关系，并支持内蒙古主动对接东部省市。',
      en: 'Guobanfa [2017] No. 22 (issued on 7 March 2017, announced by Xinhua on 17 March) sets up seven pairings, three between provinces and four between cities of the north-east and the east, and supports Inner Mongolia in seeking eastern partners.',
    },
    sources: [
      { doc: 'workplan2017', section: '§二', evidence: ['明确以下对口合作关系', '长春市与天津市', '支持内蒙古自治区'] },
    ],
  },
  {
    id: 'joint-meeting-2017-06', date: '2017-06', kind: 'event', ...TC,
    title: { zh: '联席会议（天津）', en: 'Joint meeting in Tianjin' },
    text: {
      zh: '两市在天津召开对口合作联席会议（报道说2017年2月和6月两市分别在长春和天津开会）。',
      en: 'The two cities held a joint meeting in Tianjin (the report says they met in Changchun and in Tianjin, in February and June 2017).',
    },
    sources: report('§一(二)', '2017年2月和6月', '长春和天津', '联席会议'),
  },
  {
    id: 'entrepreneurs-2017-09', date: '2017-09', kind: 'event', ...TC,
    title: { zh: '天津民营企业家长春行', en: 'Tianjin private entrepreneurs visit Changchun' },
    text: {
      zh: '天津市政协副主席、工商联主席黎昌晋率领14个区工商联负责同志和商会、企业代表共81人赴长春开展经济合作交流。报道在同一段还写到渤海银行长春分行等8家单位发起设立长春市天津商会，但没有给出日期或先后。',
      en: "Li Changjin, vice-chair of the Tianjin CPPCC and head of its federation of industry and commerce, led 81 people, heads of the federations of 14 districts and representatives of chambers and companies, to Changchun. The same paragraph of the report says eight founders, among them Bohai Bank's Changchun branch, set up a Tianjin chamber of commerce in Changchun, but gives no date or order.",
    },
    sources: report('§二(三)', '2017年9月', '黎昌晋', '14个区工商联', '81人', '长春市天津商会'),
  },
  {
    id: 'plan2018-issued', date: '2018-03-17', kind: 'document', ...TC,
    title: { zh: '印发天津市与长春市对口合作实施方案', en: 'Tianjin–Changchun plan issued' },
    text: {
      zh: '国家发展改革委印发两市对口合作实施方案（发改振兴〔2018〕437号），其中有18项重点任务和15组区县、功能区结对。',
      en: "The NDRC issued the two cities' implementation plan (Fagai Zhenxing [2018] No. 437), with 18 key tasks and 15 pairings of districts and zones.",
    },
    sources: [{ doc: 'plan2018', section: '§通知', evidence: ['发改振兴〔2018〕437号', '2018年3月17日'] }],
  },
  {
    id: 'plan2018hg-issued', date: '2018-03-17', kind: 'document', ...HG,
    title: { zh: '印发黑龙江省与广东省对口合作实施方案', en: 'Heilongjiang–Guangdong plan issued' },
    text: {
      zh: '同日，国家发展改革委印发黑龙江与广东的对口合作实施方案，包括哈尔滨与深圳结对和18项重点任务。',
      en: "On the same day the NDRC issued the Heilongjiang–Guangdong plan, which includes the Harbin–Shenzhen pairing and 18 key tasks.",
    },
    sources: [
      { doc: 'plan2018hg', section: '§通知', evidence: ['2018年3月17日'] },
      { doc: 'plan2018hg', section: '§三', evidence: ['哈爾濱市與深圳市對口合作'] },
    ],
  },
  {
    id: 'progress-report-2018-04', date: '2018-04-11', kind: 'document', ...TC,
    title: { zh: '国家发展改革委介绍津长合作成效', en: 'NDRC reports on Tianjin–Changchun results' },
    text: {
      zh: '国家发展改革委发文介绍天津与长春对口合作的成效和做法，是东北与东部对口合作系列介绍的第六篇；中国吉林网次日报道。',
      en: 'The NDRC published an account of what Tianjin and Changchun had achieved, the sixth in its series on the north-east–east pairings; China Jilin Net reported it the next day.',
    },
    sources: report('§导语', '4月11日', '第六篇', '中国吉林网4月12日讯'),
  },
  {
    id: 'milestone-2018', date: '2018', kind: 'milestone', ...TC,
    title: { zh: '津长目标：重大突破', en: 'Tianjin–Changchun target: a breakthrough' },
    text: {
      zh: '方案要求2018年完善合作机制，全面建设合作园区，滚动谋划、落位、开工、投产一批项目，取得重大突破。',
      en: 'For 2018 the plan asks for a better mechanism, full-scale building of the shared parks, a rolling series of projects planned, sited, started and producing, and a breakthrough.',
    },
    sources: [{ doc: 'plan2018', section: '§五(四)', evidence: ['2018年', '对口合作园区全面建设', '取得重大突破'] }],
  },
  {
    id: 'hg-milestone-2018-2019', date: '2018', end: '2019', kind: 'milestone', ...HG,
    title: { zh: '黑粤目标：形成一批成果', en: 'Heilongjiang–Guangdong target: first results' },
    text: {
      zh: '黑粤方案要求2018—2019年完善高层对接和推进机制，落实年度计划，全面实施重点项目和干部人才交流培训，形成一批合作成果。',
      en: 'For 2018–2019 the Heilongjiang–Guangdong plan asks for working top-level and day-to-day mechanisms, yearly plans carried out, key projects and exchanges of officials and training fully under way, and a first set of results.',
    },
    sources: [{ doc: 'plan2018hg', section: '§五(六)', evidence: ['2018—2019年', '形成一批合作成果'] }],
  },
  {
    id: 'milestone-2019', date: '2019', kind: 'milestone', ...TC,
    title: { zh: '津长目标：合作园区初步建成', en: 'Tianjin–Changchun target: parks initially built' },
    text: {
      zh: '2019年形成合作新局面，合作园区初步建成，一批标志性跨区域合作重点项目亮点纷呈，取得重大成果。',
      en: 'For 2019: a new stage of cooperation, the shared parks initially built, a set of landmark cross-regional projects standing out, and major achievements.',
    },
    sources: [{ doc: 'plan2018', section: '§五(四)', evidence: ['2019年', '合作园区初步建成', '亮点纷呈'] }],
  },
  {
    id: 'milestone-2020', date: '2020', kind: 'milestone', ...TC,
    title: { zh: '津长目标：总结经验、常态化', en: 'Tianjin–Changchun target: lessons, routine' },
    text: {
      zh: '2020年梳理总结并提升两市合作经验，使对口合作持续化、常态化。',
      en: 'For 2020: take stock of what the cities have learned, improve on it, and make the cooperation lasting and routine.',
    },
    sources: [{ doc: 'plan2018', section: '§五(四)', evidence: ['2020年', '持续化、常态化'] }],
  },
  {
    id: 'hg-milestone-2020', date: '2020', kind: 'milestone', ...HG,
    title: { zh: '黑粤目标：重要实质性成果', en: 'Heilongjiang–Guangdong target: substantial results' },
    text: {
      zh: '2020年总结合作机制成效，优化机制和重点领域，两省对口合作取得重要实质性成果。',
      en: 'For 2020: review how well the mechanism worked, refine it and the key fields, and reach important, substantial results.',
    },
    sources: [{ doc: 'plan2018hg', section: '§五(六)', evidence: ['2020年', '重要實質性成果'] }],
  },
  // ---- later news reports (媒体报道): what they say, never what the plan says ----
  {
    id: 'news-jiutai-2016-11', date: '2016-11-29', kind: 'news', places: ['changchun', 'tianjin'], pairings: ['changchun-tianjin'],
    title: { zh: '九台区在天津招商签约', en: 'Jiutai signs investment deals in Tianjin' },
    text: {
      zh: '据北方网报道，长春市九台区在天津举办招商引资推介会暨项目签约仪式，22家企业与九台区政府现场签约，总金额197亿元。这早于2018年方案把九台区与北辰区结对，报道也没有提到北辰区。',
      en: "According to Enorth, Changchun's Jiutai District held an investment promotion and signing event in Tianjin at which 22 companies signed with the district government, for a total of 19.7 billion yuan. This came before the 2018 plan paired Jiutai with Beichen, and the report does not mention Beichen.",
    },
    sources: news('news-2016-11-jiutai', '11月29日', '九臺區', '22家企業', '197億元'),
  },
  {
    id: 'news-xinmao-2018-03', date: '2018-03-15', kind: 'news', ...TC,
    title: { zh: '鑫茂集团承接津长产业合作园', en: 'Xinmao Group to build the industrial park' },
    text: {
      zh: '据长春市发改委报道，3月15日至18日，长春常务副市长王路两次到天津鑫茂集团洽谈；鑫茂集团接受建设、招商、运营、管理津长产业合作园暨中国航天鑫茂军民融合产业基地的任务。王路表示希望在长春新区打造这一园区。',
      en: "According to the Changchun DRC, executive vice-mayor Wang Lu twice visited Tianjin's Xinmao Group between 15 and 18 March; Xinmao took on building, marketing, running and managing the Tianjin–Changchun Industrial Cooperation Park together with a CASC–Xinmao civil-military integration base. Wang Lu said he hoped to build the park in Changchun New Area.",
    },
    sources: news('news-2018-03-xinmao', '3月15日至18日', '王路', '鑫茂集团', '长春新区'),
  },
  {
    id: 'news-symposium-2018-12', date: '2018-12-20', kind: 'news', ...TC,
    title: { zh: '津长对口合作工作座谈会', en: 'Tianjin–Changchun symposium in Changchun' },
    text: {
      zh: '据一篇转载的报道，津长对口合作工作座谈会在长春召开，王君正讲话，天津市副市长金湘军出席；报道称津长产业合作园、津长双创示范基地初见成效，鑫茂智汇谷等19个合作项目进展明显。',
      en: 'According to a reposted report, a Tianjin–Changchun pairing symposium was held in Changchun, addressed by Wang Junzheng and attended by Tianjin vice-mayor Jin Xiangjun; the report says the industrial park and the innovation base were showing first results and 19 joint projects, among them Xinmao Zhihuigu, had made clear progress.',
    },
    sources: news('news-2018-12-symposium', '20日', '津长对口合作工作座谈会', '金湘军', '19个合作项目'),
  },
  {
    id: 'news-delegation-2019-02', date: '2019-02-25', kind: 'news', ...TC,
    title: { zh: '长春代表团赴津：2019年8项重点事项', en: 'Changchun delegation in Tianjin: eight items for 2019' },
    text: {
      zh: '据一篇转载的报道，2月25日至27日长春代表团赴天津、杭州，与天津就津长产业合作园、双创基地、复制天津自贸区经验、金融、汽车整车进口、干部培训等8个重点合作事项达成进一步共识；长春新区、净月高新区参加对接。',
      en: 'According to a reposted report, a Changchun delegation visited Tianjin and Hangzhou on 25–27 February and reached further agreement with Tianjin on eight priority items, among them the industrial park, the innovation base, copying the Tianjin free trade zone, finance, imports of whole vehicles and training of officials; Changchun New Area and Jingyue took part.',
    },
    sources: news('news-2019-03-delegation', '2月25日至27日', '8个重点合作事项', '净月高新区'),
  },
  {
    id: 'news-heping-chaoyang-2019-04', date: '2019-04-28', kind: 'news', places: ['changchun', 'tianjin'], pairings: ['changchun-tianjin'],
    title: { zh: '和平—朝阳“合作·交流·发展”论坛', en: 'Heping–Chaoyang forum in Changchun' },
    text: {
      zh: '据长春日报报道，4月28日至30日天津和平—长春朝阳“合作·交流·发展”论坛在长春举行，两区签订“津门风情街天津老字号商品展销活动”框架协议，并就基层党建、政务服务等交流。',
      en: "According to the Changchun Daily, Heping (Tianjin) and Chaoyang (Changchun) held a 'Cooperation, Exchange, Development' forum in Changchun on 28–30 April, signed a framework agreement on sales events for Tianjin's time-honoured brands on the 'Jinmen' street, and compared notes on Party building and government services.",
    },
    sources: news('news-2019-04-heping-chaoyang', '28日至30日', '天津和平—长春朝阳', '框架协议'),
  },
  {
    id: 'news-tianjin-delegation-2019-05', date: '2019-05-28', kind: 'news', places: ['jilin', 'changchun', 'tianjin'], pairings: ['changchun-tianjin'],
    title: { zh: '天津市党政代表团来吉林考察对口合作', en: 'Tianjin delegation visits Jilin' },
    text: {
      zh: '据吉林日报报道，5月28日至29日天津市党政代表团来吉林考察对口合作，29日两省市在长春召开合作交流座谈会，李鸿忠、巴音朝鲁出席并讲话，张国清、景俊海介绍情况。',
      en: 'According to the Jilin Daily, a Tianjin party and government delegation visited Jilin on 28–29 May to review the pairing; on the 29th the two sides held a cooperation symposium in Changchun, addressed by Li Hongzhong and Bayanqolu, with Zhang Guoqing and Jing Junhai reporting.',
    },
    sources: news('news-2019-05-tianjin-delegation', '28日至29日', '李鴻忠', '巴音朝魯', '張國清', '景俊海'),
  },
  {
    id: 'news-meeting-2020-10', date: '2020-10-27', kind: 'news', ...TC,
    title: { zh: '王凯、张志军会见金湘军', en: 'Changchun leaders meet Jin Xiangjun' },
    text: {
      zh: '据长春日报报道，长春市委书记王凯、市长张志军会见天津市副市长金湘军，双方围绕“十四五”期间深化津长合作交流；报道称两市15对县（市）区、功能区分别建立了“一对一”合作机制。',
      en: "According to the Changchun Daily, Changchun party secretary Wang Kai and mayor Zhang Zhijun met Tianjin vice-mayor Jin Xiangjun to discuss deepening the cooperation in the 14th Five-Year Plan period (2021–2025); the report says the 15 pairs of districts, counties and zones had each set up a 'one-to-one' mechanism.",
    },
    sources: news('news-2020-10-meeting', '27日晚', '王凱', '張志軍', '金湘軍', '十四五', '15對'),
  },
  {
    id: 'news-framework-2023-11', date: '2023-11-06', kind: 'news', places: ['jilin', 'changchun', 'tianjin'], pairings: ['changchun-tianjin'],
    title: { zh: '两市政府签署全面深化对口合作框架协议', en: 'The two city governments sign a framework agreement' },
    text: {
      zh: '据一个镜像页（部分机器英译，未注明原发媒体、未写年份，年份据内容推断为2023年），11月6日至7日吉林省党政代表团到天津考察，两省市举行合作交流座谈会，签署了天津市人民政府与长春市人民政府全面深化对口合作框架协议。',
      en: 'According to a mirrored page (partly machine-translated, naming no original outlet and giving no year, which we infer from its content to be 2023), a Jilin party and government delegation visited Tianjin on 6–7 November; at a cooperation symposium the Tianjin and Changchun municipal governments signed a framework agreement on comprehensively deepening their pairing.',
    },
    sources: news('news-2023-11-framework', 'November 6-7', 'Framework Agreement', 'Changchun Municipal'),
  },
];

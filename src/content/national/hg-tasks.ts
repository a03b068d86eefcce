// The key tasks of plan2018hg §四 (Heilongjiang–Guangdong): 18 numbered tasks in 4 groups,
// §四(一) to §四(四). The plan is transcribed in traditional characters; titles here are its
// headings in simplified characters, word for word; summaries are our own short wording, and keep
// the plan's hedges (研究 = to study, 争取国家支持 = to seek the state's support). Numbering is the plan's,
// so the list reads side by side with the 18 tasks of plan2018 §三 (src/content/focus-areas.ts).
import type { Source } from '../schema';
import type { HgTask, HgTaskGroup } from './schema';

/** Evidence is written as the transcription writes it: in traditional characters. */
const cite = (section: string, ...evidence: string[]): Source[] => [{ doc: 'plan2018hg', section, evidence }];

export const hgTaskGroups: HgTaskGroup[] = [
  { id: 1, title: { zh: '加强改革经验交流，推进两省体制机制创新', en: 'Strengthen the exchange of reform experience and advance institutional innovation in both provinces' }, sources: cite('§四(一)', '加強改革經驗交流') },
  { id: 2, title: { zh: '开展产业务实合作，加快结构调整步伐', en: 'Carry out practical industrial cooperation and speed up restructuring' }, sources: cite('§四(二)', '開展產業務實合作') },
  { id: 3, title: { zh: '共促科技成果转化，提升创业创新水平', en: 'Jointly promote the application of research and raise the level of entrepreneurship and innovation' }, sources: cite('§四(三)', '共促科技成果轉化') },
  { id: 4, title: { zh: '搭建合作平台载体，探索共赢发展新路', en: 'Build platforms for cooperation and explore new paths to shared gains' }, sources: cite('§四(四)', '搭建合作平臺載體') },
];

export const hgTasks: HgTask[] = [
  {
    id: 1, group: 1, title: { zh: '行政管理体制改革', en: 'Administrative reform' },
    summary: {
      zh: '交流政府职能转变、事业单位改革和降低制度性交易成本的做法；在哈尔滨新区和部分开发区试行企业投资项目承诺制审批和市场准入负面清单，把广东成熟的改革经验搬到黑龙江。',
      en: "The provinces compare notes on reshaping government, reforming public institutions and lowering institutional transaction costs; Harbin New Area and some development zones pilot commitment-based approval of investment projects and a negative list for market entry, and Guangdong's proven reforms are copied in Heilongjiang.",
    },
    sources: cite('§四(一)1', '降低制度性交易成本', '哈爾濱新區', '承諾制審批'),
  },
  {
    id: 2, group: 1, title: { zh: '国有企业改革', en: 'State-owned enterprise reform' },
    summary: {
      zh: '交流国企改革经验，鼓励共建国有资本投资运营公司，支持广东企业参与黑龙江国企的改造重组和混合所有制改革。',
      en: "Swapping experience of state-enterprise reform, jointly setting up state capital investment and operating companies, and opening Heilongjiang's state firms to restructuring and mixed ownership with Guangdong companies.",
    },
    sources: cite('§四(一)2', '國有資本投資運營公司', '混合所有制'),
  },
  {
    id: 3, group: 1, title: { zh: '民营经济发展', en: 'Private sector growth' },
    summary: {
      zh: '改善黑龙江民营企业的发展环境；挑选收益可预期的项目以政府和社会资本合作方式吸引广东资本，支持广东社会资本在黑龙江依法设立中小银行、金融租赁和融资担保公司。',
      en: "Improving the setting for private firms in Heilongjiang; picking projects with predictable returns to draw Guangdong capital through public-private partnerships, and letting Guangdong investors lawfully set up small banks, leasing and credit-guarantee companies there.",
    },
    sources: cite('§四(一)3', '政府和社會資本合作', '中小型銀行', '融資擔保公司'),
  },
  {
    id: 4, group: 1, title: { zh: '对内对外开放', en: 'Opening up at home and abroad' },
    summary: {
      zh: '共同参与“一带一路”和中蒙俄经济走廊建设：广东帮助黑龙江企业开拓东盟市场，黑龙江帮助广东企业扩大对俄出口；联合港澳招商，每年举办项目对接，推进两省通关一体化。',
      en: "Joining in the Belt and Road and the China–Mongolia–Russia corridor: Guangdong helps Heilongjiang firms into ASEAN markets, Heilongjiang helps Guangdong firms sell more to Russia; joint investment promotion with Hong Kong and Macao, a yearly project fair, and integrated customs clearance between the provinces.",
    },
    sources: cite('§四(一)4', '中蒙俄經濟走廊', '東盟', '對俄', '通關一體化'),
  },
  {
    id: 5, group: 1, title: { zh: '发展理念共享', en: 'Sharing ideas of development' },
    summary: {
      zh: '黑龙江的城市、园区和企业赴广东考察转型、创新和开放的经验；广东组织标杆企业、园区、金融和科研机构赴黑龙江交流。',
      en: "Heilongjiang's cities, parks and firms go to Guangdong to study restructuring, innovation and openness; Guangdong sends leading firms, parks, financial and research bodies north.",
    },
    sources: cite('§四(一)5', '發展理念共享', '標桿企業'),
  },
  {
    id: 6, group: 2, title: { zh: '装备制造业等优势产业', en: 'Equipment manufacturing and other strengths' },
    summary: {
      zh: '把黑龙江的电力、数控机床、农机、轨道交通、航空航天等装备制造能力与广东的市场和珠江西岸装备制造产业带对接，引导广东企业在黑龙江设立研发制造基地。',
      en: "Matching Heilongjiang's capacity in power, machine-tool, farm, rail, aerospace and other equipment with Guangdong's markets and with the advanced equipment manufacturing belt on the west bank of the Pearl River, and drawing Guangdong manufacturers to set up R&D and production bases in Heilongjiang.",
    },
    sources: cite('§四(二)6', '珠江西岸先進裝備制造產業帶', '研發制造基地'),
  },
  {
    id: 7, group: 2, title: { zh: '新兴产业', en: 'Emerging industries' },
    summary: {
      zh: '把黑龙江的机器人、清洁能源装备、生物医药和石墨等新材料产业与广东的战略性新兴产业对接，借助广东互联网平台发展“互联网+”和电子商务。',
      en: "Linking Heilongjiang's robots, clean-energy equipment, biomedicine and new materials such as graphite with Guangdong's strategic emerging industries, and using Guangdong's internet platforms for e-commerce and 'Internet Plus'.",
    },
    sources: cite('§四(二)7', '機器人', '石墨', '互聯網+'),
  },
  {
    id: 8, group: 2, title: { zh: '农业和绿色食品产业', en: 'Farming and green food' },
    summary: {
      zh: '建立长期产销对接和粮食安全合作：广东农业龙头企业在黑龙江建加工基地，广东省以租仓储备、异地储备等方式在黑龙江建储备基地，支持“龙粮入粤”，在广州、深圳、哈尔滨等地定期举办产销对接活动。',
      en: "Long-term supply links and grain-security cooperation: leading Guangdong agribusinesses build processing bases in Heilongjiang and Guangdong province sets up grain reserve bases there, 'Heilongjiang grain to Guangdong' is supported, and regular produce fairs are held in Guangzhou, Shenzhen, Harbin and elsewhere.",
    },
    sources: cite('§四(二)8', '農業產業化龍頭企業', '加工基地', '廣東省采取租倉儲備', '龍糧入粵'),
  },
  {
    id: 9, group: 2, title: { zh: '金融和物流业', en: 'Finance and logistics' },
    summary: {
      zh: '鼓励广东的证券、保险、基金公司和深圳证券交易所在黑龙江开展业务，引导黑龙江企业到深交所融资；共同发展创投和股权投资基金，改善黑龙江航空物流。',
      en: 'Bringing Guangdong securities, insurance and fund companies and the Shenzhen Stock Exchange to Heilongjiang and its firms to list in Shenzhen; joint venture and equity funds; better air logistics in Heilongjiang.',
    },
    sources: cite('§四(二)9', '深圳證券交易所', '航空物流'),
  },
  {
    id: 10, group: 2, title: { zh: '文化、旅游和健康产业', en: 'Culture, tourism and health' },
    summary: {
      zh: '研究互设城市主题日，开展媒体和出版合作；争取国家支持加密两省重点城市间航线、开行旅游专列，打造“南来北往”“寒来暑往”旅游季；吸引广东养老和医疗机构到黑龙江。',
      en: "Studying city theme days; media cooperation; seeking the state's support for more flights, tourist trains and 'south to north, winter and summer' travel seasons; drawing Guangdong care homes and hospitals to Heilongjiang.",
    },
    sources: cite('§四(二)10', '研究互設城市主題日', '爭取國家支持加密', '旅游專列', '南來北往'),
  },
  {
    id: 11, group: 3, title: { zh: '科技研发与转化', en: 'Research and its application' },
    summary: {
      zh: '建立科技创新合作机制，举办科技对接、成果展示交易和投融资活动，交流科技成果处置、收益和股权激励的做法。',
      en: 'A joint mechanism for science and innovation, with matchmaking, fairs for research results and investment events, and shared practice on rights to and rewards from research results.',
    },
    sources: cite('§四(三)11', '科技創新合作機制', '股權激勵'),
  },
  {
    id: 12, group: 3, title: { zh: '高校院所交流合作', en: 'Universities and research institutes' },
    summary: {
      zh: '高校和科研院所共建学科、联合培养学生、定期组织师资交流，研究开展课程互选、学分互认和资源互通；职业院校和技工院校结对共建。',
      en: 'Universities and institutes build disciplines together, train students jointly and exchange teachers, and study shared courses, mutual recognition of credits and shared resources; vocational and technical schools pair up.',
    },
    sources: cite('§四(三)12', '研究開展課程互選', '學分互認', '技工院校'),
  },
  {
    id: 13, group: 3, title: { zh: '创业创新合作', en: 'Innovation and start-ups' },
    summary: {
      zh: '共享“双创”资源、举办双创论坛；支持哈大齐工业走廊创建国家自主创新示范区；广东协助黑龙江每个地市建一个科技孵化器。',
      en: "Sharing start-up resources and holding a joint forum; backing the Harbin–Daqing–Qiqihar industrial corridor's bid to become a National Independent Innovation Demonstration Zone; Guangdong helps every prefecture of Heilongjiang set up a technology incubator.",
    },
    sources: cite('§四(三)13', '雙創', '國家自主創新示范區', '科技孵化器'),
  },
  {
    id: 14, group: 3, title: { zh: '加强人力资源交流合作', en: 'Human resources exchange and cooperation' },
    summary: {
      zh: '两省研究搭建人才信息共享交流平台，吸引广东人才参与黑龙江创业创新，建立劳务输出对接机制。',
      en: 'The provinces study a shared platform for talent information, drawing Guangdong professionals into Heilongjiang ventures, and a scheme linking Heilongjiang workers with jobs elsewhere.',
    },
    sources: cite('§四(三)14', '加強人力資源交流合作', '研究搭建人才信息共享', '勞務輸出'),
  },
  {
    id: 15, group: 4, title: { zh: '功能区对接', en: 'Linking functional zones' },
    summary: {
      zh: '国家级新区、自主创新示范区、综合保税区、开发区等平台交流对接，在黑龙江推广中国（广东）自由贸易试验区的经验。',
      en: 'New areas, innovation demonstration zones, bonded zones and development zones of both provinces exchange experience; practice of the Guangdong pilot free trade zone is copied in Heilongjiang.',
    },
    sources: cite('§四(四)15', '國家級新區', '綜合保稅區', '中國(廣東)自由貿易試驗區'),
  },
  {
    id: 16, group: 4, title: { zh: '合作园区共建', en: 'Building parks together' },
    summary: {
      zh: '支持深圳市在黑龙江共建对口合作示范园区，鼓励广东重点园区在黑龙江设分园区，推动广东重点城市在黑龙江有条件的地区发展“飞地经济”。',
      en: 'Shenzhen is supported in building a model cooperation park in Heilongjiang; Guangdong’s key parks are encouraged to open branch parks there, and Guangdong’s key cities to develop enclave economies in suitable parts of Heilongjiang.',
    },
    sources: cite('§四(四)16', '深圳市', '分園區', '廣東省重點城市', '飛地經濟'),
  },
  {
    id: 17, group: 4, title: { zh: '重点城市合作', en: 'Cooperation between cities' },
    summary: {
      zh: '两省城市自主协商开展合作，交流老工业基地改造、资源型城市转型、棚户区改造、城市更新和城市管理等经验。',
      en: 'Cities of both provinces agree their own cooperation and share experience of renewing old industrial bases, resource towns and shanty areas, urban renewal and city management.',
    },
    sources: cite('§四(四)17', '自主協商', '棚戶區改造', '城市更新'),
  },
  {
    id: 18, group: 4, title: { zh: '多层次合作体系建设', en: 'Cooperation at many levels' },
    summary: {
      zh: '研究建立产业联盟和产教联盟，发挥商会和行业协会的作用，联合招商，探索举办对口合作论坛，共建跨区域公共资源交易平台，开展低碳发展合作。',
      en: 'Studying industry and industry–education alliances; chambers of commerce and trade associations, joint investment promotion, a cooperation forum, a cross-regional public resources exchange, and low-carbon cooperation.',
    },
    sources: cite('§四(四)18', '研究建立兩省對口合作產業聯盟', '產教聯盟', '對口合作論壇', '公共資源交易平臺'),
  },
];

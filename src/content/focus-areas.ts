// The key tasks of plan2018 §三: 18 numbered tasks in 5 groups, §三(一) to §三(五).
// `title.zh` is the plan's own heading, word for word (the transcription's stray 的 after task 1
// dropped); `title.en` translates it. `label` is our short wording for menus and chips, never
// shown as the plan's title. The numbering is the plan's. Each task's summary, in our own words,
// is in focus-summaries.ts: only the data download shows it, so it is not part of the first paint.
import type { FocusArea, FocusGroup, Source } from './schema';

const cite = (section: string, ...evidence: string[]): Source[] => [{ doc: 'plan2018', section, evidence }];

export const focusGroups: FocusGroup[] = [
  {
    id: 1,
    title: { zh: '对标先进经验做法，推进体制机制创新', en: 'Benchmark against advanced practice and advance institutional innovation' },
    label: { zh: '体制机制创新', en: 'Institutional reform' },
    sources: cite('§三(一)', '对标先进经验做法'),
  },
  {
    id: 2,
    title: { zh: '开展产业务实合作，加快结构调整步伐', en: 'Carry out practical industrial cooperation and speed up restructuring' },
    label: { zh: '产业合作', en: 'Industry' },
    sources: cite('§三(二)', '开展产业务实合作'),
  },
  {
    id: 3,
    title: { zh: '共促科技成果转化，提升创业创新水平', en: 'Jointly promote the application of research and raise the level of entrepreneurship and innovation' },
    label: { zh: '成果转化和创业创新', en: 'Research and start-ups' },
    sources: cite('§三(三)', '共促科技成果转化'),
  },
  {
    id: 4,
    title: { zh: '搭建合作平台载体，探索共赢发展新路', en: 'Build platforms for cooperation and explore new paths to shared gains' },
    label: { zh: '合作平台', en: 'Platforms' },
    sources: cite('§三(四)', '搭建合作平台载体'),
  },
  {
    id: 5,
    title: { zh: '实施相互挂职培训，推进干部人才交流', en: 'Mutual secondments and training; exchange of officials and talent' },
    label: { zh: '干部人才交流', en: 'Officials and talent' },
    sources: cite('§三(五)', '实施相互挂职培训'),
  },
];

export const focusAreas: FocusArea[] = [
  // ---- Group 1: institutional reform ----
  {
    id: 1,
    group: 1,
    title: { zh: '协同推进行政管理体制改革', en: 'Jointly advance the reform of public administration' },
    label: { zh: '行政管理体制改革', en: 'Administrative reform' },
    sources: cite('§三(一)1', '并联审批', '综合执法', '负面清单', '滨海新区'),
  },
  {
    id: 2,
    group: 1,
    title: { zh: '协同推进国有企业改革', en: 'Jointly advance the reform of state-owned enterprises' },
    label: { zh: '国有企业改革', en: 'State-owned enterprise reform' },
    sources: cite('§三(一)2', '国有资本投资运营公司', '混合所有制'),
  },
  {
    id: 3,
    group: 1,
    title: { zh: '协同促进民营经济发展', en: 'Jointly promote the private economy' },
    label: { zh: '民营经济发展', en: 'Private sector' },
    sources: cite('§三(一)3', '亲清新型政商关系', '政府和社会资本', '中小型银行'),
  },
  {
    id: 4,
    group: 1,
    title: { zh: '协同推进对内对外开放', en: 'Jointly advance opening up at home and abroad' },
    label: { zh: '对内对外开放', en: 'Opening up' },
    sources: cite('§三(一)4', '航空港', '陆港', '多式联运中心', '东北亚'),
  },
  {
    id: 5,
    group: 1,
    title: { zh: '协同促进发展理念共享', en: 'Jointly promote the sharing of ideas on development' },
    label: { zh: '发展理念共享', en: 'Sharing ideas on development' },
    sources: cite('§三(一)5', '长春行', '标杆企业'),
  },
  // ---- Group 2: industry ----
  {
    id: 6,
    group: 2,
    title: { zh: '加强装备制造业等优势产业合作', en: 'Strengthen cooperation in equipment manufacturing and other strong industries' },
    label: { zh: '装备制造等优势产业', en: 'Equipment manufacturing' },
    sources: cite('§三(二)6', '轨道客车', '企业技术联盟', '汽车装备制造'),
  },
  {
    id: 7,
    group: 2,
    title: { zh: '加强新兴产业合作', en: 'Strengthen cooperation in emerging industries' },
    label: { zh: '新兴产业', en: 'Emerging industries' },
    sources: cite('§三(二)7', '战略性新兴产业', '光电信息', '通用航空'),
  },
  {
    id: 8,
    group: 2,
    title: { zh: '加强生产性服务业合作', en: 'Strengthen cooperation in producer services' },
    label: { zh: '生产性服务业', en: 'Producer services (finance, logistics)' },
    sources: cite('§三(二)8', '证券', '天使基金', '物流', '加密两市航线'),
  },
  {
    id: 9,
    group: 2,
    title: { zh: '加强农业和绿色食品产业合作', en: 'Strengthen cooperation in agriculture and the green food industry' },
    label: { zh: '农业和绿色食品', en: 'Farming and green food' },
    sources: cite('§三(二)9', '农业龙头企业', '特色农产品基地', '农业物联网'),
  },
  {
    id: 10,
    group: 2,
    title: { zh: '加强文化、旅游和健康产业合作', en: 'Strengthen cooperation in the culture, tourism and health industries' },
    label: { zh: '文化、旅游和健康产业', en: 'Culture, tourism and health' },
    sources: cite('§三(二)10', '研究互设城市文化主题日', '冰雪', '避暑'),
  },
  // ---- Group 3: research and innovation ----
  {
    id: 11,
    group: 3,
    title: { zh: '加强科技研发与转化合作', en: 'Strengthen cooperation in research and its application' },
    label: { zh: '科技研发与转化', en: 'Research and its application' },
    sources: cite('§三(三)11', '科技会商制度', '产学研用'),
  },
  {
    id: 12,
    group: 3,
    title: { zh: '加强高校院所交流合作', en: 'Strengthen exchanges between universities and research institutes' },
    label: { zh: '高校院所交流', en: 'Universities and institutes' },
    sources: cite('§三(三)12', '创业创新基金', '研究开展学分互认', '职业教育'),
  },
  {
    id: 13,
    group: 3,
    title: { zh: '加强创业创新合作', en: 'Strengthen cooperation in entrepreneurship and innovation' },
    label: { zh: '创业创新合作', en: 'Innovation and start-ups' },
    sources: cite('§三(三)13', '双创', '示范基地'),
  },
  // ---- Group 4: platforms ----
  {
    id: 14,
    group: 4,
    title: { zh: '加强合作园区共建', en: 'Strengthen the joint building of cooperation parks' },
    label: { zh: '合作园区共建', en: 'Jointly built parks' },
    sources: cite('§三(四)14', '飞地经济', '分园区', '津长产业合作园'),
  },
  {
    id: 15,
    group: 4,
    title: { zh: '加强重点区县和功能区合作', en: 'Strengthen cooperation between key districts, counties and functional zones' },
    label: { zh: '区县和功能区结对', en: 'Pairing districts and zones' },
    sources: cite('§三(四)15', '结对合作', '新模式和新路径'),
  },
  {
    id: 16,
    group: 4,
    title: { zh: '加强多层次合作体系建设', en: 'Build a multi-level system of cooperation' },
    label: { zh: '多层次合作体系', en: 'Cooperation at every level' },
    sources: cite('§三(四)16', '工商联', '联建招商网站', '电子商务'),
  },
  // ---- Group 5: people ----
  {
    id: 17,
    group: 5,
    title: { zh: '加强干部交流与培训', en: 'Strengthen the exchange and training of officials' },
    label: { zh: '干部交流与培训', en: 'Officials: exchange and training' },
    sources: cite('§三(五)17', '县处级以上领导干部', '相互挂职', '专项培训'),
  },
  {
    id: 18,
    group: 5,
    title: { zh: '加强高端人才交流', en: 'Strengthen the exchange of high-level talent' },
    label: { zh: '高端人才交流', en: 'High-level talent' },
    sources: cite('§三(五)18', '人力资源服务联盟', '人力资源产业园'),
  },
];

// Dated events and targets the documents give, in the order they are shown (see
// src/content/national/timeline-order.ts: a date given only to the month or year sorts after the
// days of that month or year, so a year's target comes after what happened in it).
import type { Source } from '../schema';
import type { TimelineEvent } from './schema';

const report = (section: string): Source[] => [{ doc: 'progress2018', section }];
const TC = { places: ['changchun', 'tianjin'], pairings: ['changchun-tianjin'] };
const HG = { places: ['heilongjiang', 'guangdong', 'harbin', 'shenzhen'], pairings: ['heilongjiang-guangdong', 'harbin-shenzhen'] };

export const timeline: TimelineEvent[] = [
  {
    id: 'delegation-2016-11', date: '2016-11', kind: 'event', ...TC,
    title: { zh: '长春党政代表团赴天津', en: 'Changchun delegation to Tianjin' },
    text: {
      zh: '长春市委书记王君正率党政代表团到天津学习考察，与天津市委书记李鸿忠座谈，确定了两市对口合作的方向。',
      en: "Changchun party secretary Wang Junzheng led a delegation to Tianjin; talks with Tianjin party secretary Li Hongzhong set the direction of the two cities' cooperation.",
    },
    sources: report('§一(一)'),
  },
  {
    id: 'joint-meeting-2017-02', date: '2017-02', kind: 'event', ...TC,
    title: { zh: '联席会议（长春）', en: 'Joint meeting in Changchun' },
    text: {
      zh: '两市在长春召开对口合作联席会议，研究部署当时阶段的合作事项。',
      en: 'The two cities held a joint meeting on their cooperation in Changchun to work through the questions of that stage.',
    },
    sources: report('§一(二)'),
  },
  {
    id: 'workplan-2017-03', date: '2017-03', kind: 'document',
    places: ['liaoning', 'jiangsu', 'jilin', 'zhejiang', 'heilongjiang', 'guangdong', 'shenyang', 'beijing', 'dalian', 'shanghai', 'changchun', 'tianjin', 'harbin', 'shenzhen', 'neimenggu'],
    pairings: ['liaoning-jiangsu', 'jilin-zhejiang', 'heilongjiang-guangdong', 'shenyang-beijing', 'dalian-shanghai', 'changchun-tianjin', 'harbin-shenzhen'],
    title: { zh: '国务院办公厅印发对口合作工作方案', en: 'State Council work plan sets up the pairings' },
    text: {
      zh: '国办发〔2017〕22号确立东北三省与东部三省、东北四市与东部四市的七组对口合作关系，并支持内蒙古主动对接东部省市。',
      en: 'Guobanfa [2017] No. 22 sets up seven pairings, three between provinces and four between cities of the north-east and the east, and encourages Inner Mongolia to seek eastern partners.',
    },
    sources: [
      { doc: 'workplan2017', section: '§题头' },
      { doc: 'workplan2017', section: '§二' },
    ],
  },
  {
    id: 'joint-meeting-2017-06', date: '2017-06', kind: 'event', ...TC,
    title: { zh: '联席会议（天津）', en: 'Joint meeting in Tianjin' },
    text: {
      zh: '两市在天津召开第二次对口合作联席会议。',
      en: 'The second joint meeting of the two cities was held in Tianjin.',
    },
    sources: report('§一(二)'),
  },
  {
    id: 'entrepreneurs-2017-09', date: '2017-09', kind: 'event', ...TC,
    title: { zh: '天津民营企业家长春行', en: 'Tianjin private entrepreneurs visit Changchun' },
    text: {
      zh: '天津市政协副主席、工商联主席黎昌晋带领14个区的工商联、商会和企业代表共81人赴长春开展经济合作交流；随后成立长春市天津商会。',
      en: "Li Changjin, vice-chair of Tianjin's political consultative conference and head of its federation of industry and commerce, led 81 people from the federations, chambers and firms of 14 districts to Changchun; a Tianjin chamber of commerce in Changchun followed.",
    },
    sources: report('§二(三)'),
  },
  {
    id: 'plan2018-issued', date: '2018-03-17', kind: 'document', ...TC,
    title: { zh: '印发天津市与长春市对口合作实施方案', en: 'Tianjin–Changchun plan issued' },
    text: {
      zh: '国家发展改革委印发两市对口合作实施方案（发改振兴〔2018〕437号），其中有18项重点任务和15组区县、功能区结对。',
      en: "The NDRC issued the two cities' implementation plan (Fagai Zhenxing [2018] No. 437), with 18 key tasks and 15 pairings of districts and zones.",
    },
    sources: [{ doc: 'plan2018', section: '§通知' }],
  },
  {
    id: 'plan2018hg-issued', date: '2018-03-17', kind: 'document', ...HG,
    title: { zh: '印发黑龙江省与广东省对口合作实施方案', en: 'Heilongjiang–Guangdong plan issued' },
    text: {
      zh: '同日，国家发展改革委印发黑龙江与广东的对口合作实施方案，包括哈尔滨与深圳结对和18项重点任务。',
      en: "On the same day the NDRC issued the Heilongjiang–Guangdong plan, which includes the Harbin–Shenzhen pairing and 18 key tasks.",
    },
    sources: [
      { doc: 'plan2018hg', section: '§通知' },
      { doc: 'plan2018hg', section: '§三' },
    ],
  },
  {
    id: 'progress-report-2018-04', date: '2018-04-11', kind: 'document', ...TC,
    title: { zh: '国家发展改革委介绍津长合作成效', en: 'NDRC reports on Tianjin–Changchun results' },
    text: {
      zh: '国家发展改革委发文介绍天津与长春对口合作的成效和做法，是东北与东部对口合作系列介绍的第六篇；中国吉林网次日报道。',
      en: 'The NDRC published an account of what Tianjin and Changchun had achieved, the sixth in its series on the north-east–east pairings; China Jilin Net reported it the next day.',
    },
    sources: report('§导语'),
  },
  {
    id: 'milestone-2018', date: '2018', kind: 'milestone', ...TC,
    title: { zh: '津长目标：重大突破', en: 'Tianjin–Changchun target: a breakthrough' },
    text: {
      zh: '方案要求2018年完善合作机制，全面建设合作园区，滚动谋划、落位、开工、投产一批项目，取得重大突破。',
      en: 'For 2018 the plan asks for a better mechanism, full-scale building of the shared parks, a rolling series of projects planned, sited, started and producing, and a breakthrough.',
    },
    sources: [{ doc: 'plan2018', section: '§五(四)' }],
  },
  {
    id: 'hg-milestone-2018-2019', date: '2018', end: '2019', kind: 'milestone', ...HG,
    title: { zh: '黑粤目标：形成一批成果', en: 'Heilongjiang–Guangdong target: first results' },
    text: {
      zh: '黑粤方案要求2018—2019年完善高层对接和推进机制，落实年度计划，全面实施重点项目和干部人才交流培训，形成一批合作成果。',
      en: 'For 2018–2019 the Heilongjiang–Guangdong plan asks for working top-level and day-to-day mechanisms, yearly plans carried out, key projects and exchanges of officials and training fully under way, and a first set of results.',
    },
    sources: [{ doc: 'plan2018hg', section: '§五(六)' }],
  },
  {
    id: 'milestone-2019', date: '2019', kind: 'milestone', ...TC,
    title: { zh: '津长目标：合作园区初步建成', en: 'Tianjin–Changchun target: parks in place' },
    text: {
      zh: '2019年形成合作新局面，合作园区初步建成，一批标志性跨区域项目见效，取得重大成果。',
      en: 'For 2019: a new stage of cooperation, the shared parks largely built, landmark cross-regional projects showing results, and major achievements.',
    },
    sources: [{ doc: 'plan2018', section: '§五(四)' }],
  },
  {
    id: 'milestone-2020', date: '2020', kind: 'milestone', ...TC,
    title: { zh: '津长目标：总结经验、常态化', en: 'Tianjin–Changchun target: lessons, routine' },
    text: {
      zh: '2020年梳理总结并提升两市合作经验，使对口合作持续化、常态化。',
      en: 'For 2020: take stock of what the cities have learned, improve on it, and make the cooperation lasting and routine.',
    },
    sources: [{ doc: 'plan2018', section: '§五(四)' }],
  },
  {
    id: 'hg-milestone-2020', date: '2020', kind: 'milestone', ...HG,
    title: { zh: '黑粤目标：重要实质性成果', en: 'Heilongjiang–Guangdong target: substantial results' },
    text: {
      zh: '2020年总结合作机制成效，优化机制和重点领域，两省对口合作取得重要实质性成果。',
      en: 'For 2020: review how well the mechanism worked, refine it and the key fields, and reach important, substantial results.',
    },
    sources: [{ doc: 'plan2018hg', section: '§五(六)' }],
  },
];

// The seven pairings of workplan2017 §二 (three provinces, four cities), what we hold about
// each, and §二's word on 内蒙古. Coverage says plainly which of our documents speak of a
// pairing; where only workplan2017 does, the panel shows no more than that.
import type { Source } from '../schema';
import type { Coverage, NationalNote, NationalPairing } from './schema';

/** workplan2017 §二, with the pair as §二 writes it. */
const s2 = (...evidence: string[]): Source[] => [{ doc: 'workplan2017', section: '§二', evidence }];

/** workplan2017 §二 names the pairing; it sets no plan of its own for any one pairing. */
const workplanOnly = (...evidence: string[]): Coverage => ({
  doc: 'workplan2017',
  note: {
    zh: '国办发〔2017〕22号第二部分确立了这一结对关系。本站收录的文件中没有这一结对的实施方案或进展材料。',
    en: 'Guobanfa [2017] No. 22, part II, sets up this pairing. None of the documents this map holds gives a plan or a progress account for it.',
  },
  sources: s2(...evidence),
});

const workplanNamed = (...evidence: string[]): Coverage => ({
  doc: 'workplan2017',
  note: {
    zh: '国办发〔2017〕22号第二部分确立了这一结对关系。',
    en: 'Guobanfa [2017] No. 22, part II, sets up this pairing.',
  },
  sources: s2(...evidence),
});

export const nationalPairings: NationalPairing[] = [
  { id: 'liaoning-jiangsu', order: 1, level: 'province', northeast: 'liaoning', east: 'jiangsu', coverage: [workplanOnly('辽宁省与江苏省')], sources: s2('辽宁省与江苏省') },
  { id: 'jilin-zhejiang', order: 2, level: 'province', northeast: 'jilin', east: 'zhejiang', coverage: [workplanOnly('吉林省与浙江省')], sources: s2('吉林省与浙江省') },
  {
    id: 'heilongjiang-guangdong',
    order: 3,
    level: 'province',
    northeast: 'heilongjiang',
    east: 'guangdong',
    coverage: [
      workplanNamed('黑龙江省与广东省'),
      {
        doc: 'plan2018hg',
        note: {
          zh: '两省的对口合作实施方案（国家发展改革委印发，2018年3月17日）：总体目标、结对关系、4组18项重点任务、保障措施和推进时序。',
          en: "The two provinces' implementation plan (issued by the NDRC on 17 March 2018): overall goal, who pairs with whom, 18 key tasks in 4 groups, safeguards and a timetable.",
        },
        sources: [
          { doc: 'plan2018hg', section: '§通知', evidence: ['2018年3月17日'] },
          { doc: 'plan2018hg', section: '§二', evidence: ['總體目標'] },
          { doc: 'plan2018hg', section: '§三', evidence: ['哈爾濱市與深圳市'] },
          { doc: 'plan2018hg', section: '§四', evidence: ['加強改革經驗交流', '多層次合作體系建設'] },
          { doc: 'plan2018hg', section: '§五', evidence: ['保障措施'] },
          { doc: 'plan2018hg', section: '§五(六)', evidence: ['明確推進時序'] },
        ],
      },
    ],
    sources: s2('黑龙江省与广东省'),
  },
  { id: 'shenyang-beijing', order: 4, level: 'city', northeast: 'shenyang', east: 'beijing', coverage: [workplanOnly('沈阳市与北京市')], sources: s2('沈阳市与北京市') },
  { id: 'dalian-shanghai', order: 5, level: 'city', northeast: 'dalian', east: 'shanghai', coverage: [workplanOnly('大连市与上海市')], sources: s2('大连市与上海市') },
  {
    id: 'changchun-tianjin',
    order: 6,
    level: 'city',
    northeast: 'changchun',
    east: 'tianjin',
    coverage: [
      workplanNamed('长春市与天津市'),
      {
        doc: 'plan2018',
        note: {
          zh: '两市的对口合作实施方案（发改振兴〔2018〕437号）：18项重点任务、15组区县和功能区结对、两个重大项目和2018—2020年推进时序。',
          en: "The two cities' implementation plan (Fagai Zhenxing [2018] No. 437): 18 key tasks, 15 pairings of districts and zones, two major projects and a timetable for 2018–2020.",
        },
        sources: [
          { doc: 'plan2018', section: '§通知', evidence: ['发改振兴〔2018〕437号'] },
          { doc: 'plan2018', section: '§三', evidence: ['重点任务', '加强高端人才交流'] },
          { doc: 'plan2018', section: '§三(四)15', evidence: ['德惠市与天津东丽区'] },
          { doc: 'plan2018', section: '§四', evidence: ['津长产业合作园', '津长双创示范基地'] },
          { doc: 'plan2018', section: '§五(四)', evidence: ['2018年', '2019年', '2020年'] },
        ],
      },
      {
        doc: 'progress2018',
        note: {
          zh: '国家发展改革委对两市合作成效的介绍（中国吉林网2018年4月12日报道）：互访、联席会议、签约项目和区县对接成果。',
          en: "The NDRC's account of what the two cities achieved (reported by China Jilin Net on 12 April 2018): visits, joint meetings, signed projects and district-level results.",
        },
        sources: [{ doc: 'progress2018', section: '§导语', evidence: ['4月11日', '国家发改委', '中国吉林网4月12日讯'] }],
      },
    ],
    sources: s2('长春市与天津市'),
  },
  {
    id: 'harbin-shenzhen',
    order: 7,
    level: 'city',
    northeast: 'harbin',
    east: 'shenzhen',
    within: {
      pairing: 'heilongjiang-guangdong',
      note: {
        zh: '黑龙江与广东的实施方案把哈尔滨与深圳的对口合作列为两省合作的一部分；黑龙江其他地级市可与广东珠三角城市协商一致后开展相互学习和经验交流。',
        en: 'The Heilongjiang–Guangdong plan makes the Harbin–Shenzhen pairing part of the two provinces’ cooperation; other prefecture-level cities of Heilongjiang may agree with Pearl River Delta cities of Guangdong to learn from each other and share experience.',
      },
      sources: [{ doc: 'plan2018hg', section: '§三', evidence: ['哈爾濱市與深圳市對口合作', '珠三角城市'] }],
    },
    coverage: [
      workplanNamed('哈尔滨市与深圳市'),
      {
        doc: 'plan2018hg',
        note: {
          zh: '两省实施方案第三部分写明哈尔滨市与深圳市对口合作；第四部分第16项支持深圳市在黑龙江省共建对口合作示范园区。本站没有两市自己的实施方案。',
          en: "Part III of the provinces' plan states the Harbin–Shenzhen pairing; task 16 of part IV supports Shenzhen in building a model cooperation park in Heilongjiang. This map holds no plan of the two cities' own.",
        },
        sources: [
          { doc: 'plan2018hg', section: '§三', evidence: ['哈爾濱市與深圳市對口合作'] },
          { doc: 'plan2018hg', section: '§四(四)16', evidence: ['支持深圳市', '對口合作示范園區'] },
        ],
      },
    ],
    sources: s2('哈尔滨市与深圳市'),
  },
];

export const nationalNotes: NationalNote[] = [
  {
    id: 'neimenggu',
    place: 'neimenggu',
    title: { zh: '内蒙古：支持主动对接', en: 'Inner Mongolia: supported in seeking partners' },
    text: {
      zh: '工作方案支持内蒙古自治区主动与东部省市对接、探索建立合作机制，但没有为它指定结对伙伴。',
      en: 'The work plan supports Inner Mongolia in reaching out to eastern provinces and cities and exploring ways to cooperate, but names no partner for it.',
    },
    sources: [{ doc: 'workplan2017', section: '§二', evidence: ['支持内蒙古自治区主动对接东部省市'] }],
  },
];

// The district and functional-zone pairings of plan2018 §三(四)15, in the plan's order
// (`order` 1–15), plus the one sub-pairing the plan writes in brackets inside item 2
// (长春兴隆综合保税区 → 天津港保税区 and 东疆保税港区).
//
// `focus` links a pairing to the plan's key tasks (focus-areas.ts). Every pairing links
// task 15 (the pairing task itself) as 'stated'. Any other link is 'stated' only where a
// document ties that task to that pair, and cites it; 'related' marks a link by theme only,
// and its note says why no document states it.
import type { FocusLink, Pairing, Source } from './schema';

const plan = (section: string): Source => ({ doc: 'plan2018', section });
const report = (section: string): Source => ({ doc: 'progress2018', section });

/** Task 15: every pairing is one of its items. */
const task15 = (): FocusLink => ({
  task: 15,
  basis: 'stated',
  note: {
    zh: '这一结对本身就是重点任务15（区县和功能区结对合作）所列的一项。',
    en: 'This pairing is itself one of the items of key task 15 (pairing districts and functional zones).',
  },
  sources: [plan('§三(四)15')],
});

/** Most district pairs: the plan says only that they pair up to explore new models. */
const onlyPaired = (zh: string, en: string) => ({
  zh: `实施方案将${zh}结为对口合作伙伴，要求双方围绕对口合作的重点领域探索合作的新模式和新路径；所引文件未载明具体合作内容。`,
  en: `The plan pairs ${en} and asks them to explore new models and paths of cooperation around the key areas of the programme; the cited documents name no specific joint work.`,
});

export const pairings: Pairing[] = [
  {
    id: 'new-area-binhai',
    order: 1,
    changchun: ['cc-new-area'],
    tianjin: ['binhai'],
    summary: {
      zh: '两个新区结对。据2018年4月的进展报道，滨海新区与长春方面联合办了两场推介会，拟订了两市新区对口合作框架协议和津长产业园合作方案，并形成“5+3”政策保障措施。',
      en: "The two new areas are paired. By April 2018, according to the progress report, Binhai and the Changchun side had held two joint promotion events, drafted a framework agreement for the two cities' new areas and a plan for the Tianjin-Changchun industrial park, and arrived at a \"5+3\" set of supporting policy measures.",
    },
    focus: [
      task15(),
      {
        task: 1,
        basis: 'stated',
        note: {
          zh: '任务1要求把天津滨海新区等地成熟的改革试点经验在长春复制推广（方案说的是长春市，未单指长春新区）；进展报道称两市新区已就体制机制达成初步共识。',
          en: "Task 1 asks for Binhai New Area's proven reform pilots to be replicated in Changchun (the plan says the city, not the new area in particular); the progress report says the two new areas reached a first consensus on their institutions and mechanisms.",
        },
        sources: [plan('§三(一)1'), report('§三')],
      },
      {
        task: 14,
        basis: 'stated',
        note: {
          zh: '进展报道称滨海新区与长春方面制订了津长产业园合作方案；共建津长产业合作园属任务14。',
          en: 'The progress report says Binhai and the Changchun side drew up a plan for the Tianjin-Changchun industrial park; building that park together is part of task 14.',
        },
        sources: [plan('§三(四)14'), report('§三')],
      },
    ],
    sources: [plan('§三(四)15'), report('§三')],
  },
  {
    id: 'etdz-wuqing',
    order: 2,
    changchun: ['cc-etdz'],
    tianjin: ['wuqing'],
    summary: {
      zh: '长春经开区与武清区结对，方案在同一项里另安排兴隆综合保税区对接天津的两个保税区域；除此之外，所引文件未载明双方的具体合作内容。',
      en: "The Changchun ETDZ is paired with Wuqing; within the same item the plan also links the Xinglong bonded zone with two of Tianjin's bonded areas. Beyond that, the cited documents name no specific joint work.",
    },
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'xinglong-bonded',
    order: 2,
    parent: 'etdz-wuqing',
    changchun: ['cc-xinglong'],
    tianjin: ['tj-port-ftz', 'tj-dongjiang'],
    summary: {
      zh: '方案在长春经开区与武清区这一对之下，以括注安排长春兴隆综合保税区对接天津港保税区和东疆保税港区。',
      en: 'Under the pairing of the Changchun ETDZ with Wuqing, the plan adds in brackets that the Xinglong bonded zone is to link up with the Tianjin Port Free Trade Zone and the Dongjiang Free Trade Port Zone.',
    },
    focus: [
      task15(),
      {
        task: 4,
        basis: 'related',
        note: {
          zh: '仅为主题关联：任务4涉及借鉴天津港口经验、建设长春口岸和陆港，与保税区域对接同属开放领域，但文件并未把这一对与任务4联系起来。',
          en: "Thematic only: task 4 is about opening up, learning from Tianjin's ports and building Changchun's ports of entry and inland port, the field bonded zones work in; no document ties this pair to task 4.",
        },
        sources: [plan('§三(一)4')],
      },
    ],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'jingyue-nankai',
    order: 3,
    changchun: ['cc-jingyue'],
    tianjin: ['nankai', 'tj-cbd'],
    summary: {
      zh: '净月高新区同时与南开区和滨海新区中心商务区结对。津长双创示范基地的“多点”设在净月高新区；进展报道称净月高新区选派8名干部到滨海新区中心商务区交流学习。',
      en: "Jingyue is paired with both Nankai and the Binhai CBD. The \"many points\" of the joint innovation and entrepreneurship base are Jingyue's incubators, and the progress report says Jingyue sent 8 officials to the Binhai CBD to work and learn there.",
    },
    focus: [
      task15(),
      {
        task: 13,
        basis: 'stated',
        note: {
          zh: '任务13要求共建津长“双创”示范基地，方案§四(二)把该基地的“多点”放在净月高新区已认定的孵化平台上。',
          en: 'Task 13 calls for the joint innovation and entrepreneurship base, and section 4(2) of the plan places its "many points" on the recognised incubators of Jingyue.',
        },
        sources: [plan('§三(三)13'), plan('§四(二)')],
      },
      {
        task: 17,
        basis: 'stated',
        note: {
          zh: '进展报道称净月高新区选派8名干部到滨海新区中心商务区交流学习，属任务17的干部交流。',
          en: 'The progress report says Jingyue sent 8 officials to the Binhai CBD to work and learn there: an exchange of officials under task 17.',
        },
        sources: [report('§三')],
      },
    ],
    sources: [plan('§三(四)15'), plan('§四(二)'), report('§三')],
  },
  {
    id: 'auto-ninghe',
    order: 4,
    changchun: ['cc-auto'],
    tianjin: ['ninghe', 'tj-teda'],
    summary: onlyPaired('长春汽车经开区与天津宁河区、滨海新区天津经济技术开发区', "Changchun's automotive ETDZ with Ninghe District and TEDA in Binhai New Area"),
    focus: [
      task15(),
      {
        task: 6,
        basis: 'related',
        note: {
          zh: '仅为主题关联：任务6提到长春汽车等装备制造能力和汽车装备制造配套，与汽车经开区的主业相合，但文件并未把这一对与任务6联系起来。',
          en: "Thematic only: task 6 speaks of Changchun's automotive manufacturing and of linking up automotive equipment supply chains, the automotive zone's own field; no document ties this pair to task 6.",
        },
        sources: [plan('§三(二)6')],
      },
    ],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'lianhuashan-jinghai',
    order: 5,
    changchun: ['cc-lianhuashan'],
    tianjin: ['jinghai', 'tj-eco-city'],
    summary: onlyPaired('长春莲花山生态旅游度假区与天津静海区、中新天津生态城', 'the Lianhuashan resort area with Jinghai District and the Sino-Singapore Tianjin Eco-City'),
    focus: [
      task15(),
      {
        task: 10,
        basis: 'related',
        note: {
          zh: '仅为主题关联：莲花山是生态旅游度假区，任务10涉及开发长春的冰雪、避暑等旅游资源，但文件并未把这一对与任务10联系起来。',
          en: "Thematic only: Lianhuashan is an ecological tourism resort and task 10 covers developing Changchun's snow, summer and leisure tourism; no document ties this pair to task 10.",
        },
        sources: [plan('§三(二)10')],
      },
    ],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'chaoyang-heping',
    order: 6,
    changchun: ['chaoyang'],
    tianjin: ['heping'],
    summary: {
      zh: '朝阳区与和平区结对。进展报道称，两区合作共建的“津门风情街”即将开街。',
      en: 'Chaoyang is paired with Heping. The progress report says the "Jinmen" themed street the two districts built together was about to open.',
    },
    focus: [
      task15(),
      {
        task: 10,
        basis: 'related',
        note: {
          zh: '仅为主题关联：“津门风情街”从名称看是展示天津风情的街区，可能涉及任务10的文化旅游合作，但报道没有说明街区的内容，也未把它归入任何任务。',
          en: 'Thematic only: by its name the "Jinmen" street presents the flavour of Tianjin, which may touch the culture and tourism cooperation of task 10; the report does not say what the street offers or place it under any task.',
        },
        sources: [plan('§三(二)10'), report('§三')],
      },
      {
        task: 16,
        basis: 'related',
        note: {
          zh: '仅为主题关联：一条风情街可能带有商贸功能，与任务16的商贸流通和产品推介相近，但报道没有说明街区的内容，也未把它归入任何任务。',
          en: 'Thematic only: a themed street may well be a place of trade, close to the commerce and product promotion of task 16; the report does not say what the street offers or place it under any task.',
        },
        sources: [plan('§三(四)16'), report('§三')],
      },
    ],
    sources: [plan('§三(四)15'), report('§三')],
  },
  {
    id: 'nanguan-hexi',
    order: 7,
    changchun: ['nanguan'],
    tianjin: ['hexi'],
    summary: onlyPaired('长春南关区与天津河西区', 'Nanguan (Changchun) with Hexi (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'kuancheng-hongqiao',
    order: 8,
    changchun: ['kuancheng'],
    tianjin: ['hongqiao'],
    summary: onlyPaired('长春宽城区与天津红桥区', 'Kuancheng (Changchun) with Hongqiao (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'erdao-hedong',
    order: 9,
    changchun: ['erdao'],
    tianjin: ['hedong'],
    summary: onlyPaired('长春二道区与天津河东区', 'Erdao (Changchun) with Hedong (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'lvyuan-hebei',
    order: 10,
    changchun: ['lvyuan'],
    tianjin: ['hebei'],
    summary: onlyPaired('长春绿园区与天津河北区', 'Lüyuan (Changchun) with Hebei District (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'shuangyang-jinnan',
    order: 11,
    changchun: ['shuangyang'],
    tianjin: ['jinnan'],
    summary: onlyPaired('长春双阳区与天津津南区', 'Shuangyang (Changchun) with Jinnan (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'jiutai-beichen',
    order: 12,
    changchun: ['jiutai'],
    tianjin: ['beichen'],
    summary: onlyPaired('长春九台区与天津北辰区', 'Jiutai (Changchun) with Beichen (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'yushu-xiqing',
    order: 13,
    changchun: ['yushu'],
    tianjin: ['xiqing'],
    summary: onlyPaired('榆树市与天津西青区', 'Yushu City (Changchun) with Xiqing (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'nongan-baodi',
    order: 14,
    changchun: ['nongan'],
    tianjin: ['baodi'],
    summary: onlyPaired('农安县与天津宝坻区', "Nong'an County (Changchun) with Baodi (Tianjin)"),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
  {
    id: 'dehui-dongli',
    order: 15,
    changchun: ['dehui'],
    tianjin: ['dongli'],
    summary: onlyPaired('德惠市与天津东丽区', 'Dehui City (Changchun) with Dongli (Tianjin)'),
    focus: [task15()],
    sources: [plan('§三(四)15')],
  },
];

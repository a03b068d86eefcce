// The district and functional-zone pairings of plan2018 §三(四)15, in the plan's order
// (`order` 1–15), plus the one sub-pairing the plan writes in brackets inside item 2
// (长春兴隆综合保税区 → 天津港保税区 and 东疆保税港区).
//
// `focus` links a pairing to the plan's key tasks (focus-areas.ts). Every pairing links
// task 15 (the pairing task itself) as 'stated'. Any other link is 'stated' only where a
// document ties that task to that pair, and cites it; 'related' marks a link by theme only,
// and its note says why no document states it.
import type { FocusLink, Pairing, Source } from './schema';

const plan = (section: string, ...evidence: string[]): Source => ({ doc: 'plan2018', section, evidence });
const report = (section: string, ...evidence: string[]): Source => ({ doc: 'progress2018', section, evidence });
const news = (doc: Source['doc'], ...evidence: string[]): Source => ({ doc, section: '§全文', evidence });

/** Task 15: every pairing is one of its items; `item` is the pair as §三(四)15 writes it. */
const task15 = (...evidence: string[]): FocusLink => ({
  task: 15,
  basis: 'stated',
  note: {
    zh: '这一结对本身就是重点任务15（加强重点区县和功能区合作）所列的一项。',
    en: 'This pairing is itself one of the items of key task 15 (cooperation between key districts, counties and functional zones).',
  },
  sources: [plan('§三(四)15', ...evidence)],
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
      zh: '两个新区结对。据2018年4月的进展报道，滨海新区与“长春方面”（报道未点名长春新区）联合办了两场推介会，拟订了两市新区对口合作框架协议和津长产业园合作方案，并形成“5+3”政策保障措施。',
      en: "The two new areas are paired. By April 2018, according to the progress report, Binhai and 'the Changchun side' (the report does not name Changchun New Area) had held two joint promotion events, drafted a framework agreement for the two cities' new areas and a plan for the Tianjin-Changchun industrial park, and arrived at a \"5+3\" set of supporting policy measures.",
    },
    focus: [
      task15('长春新区与天津滨海新区'),
      {
        task: 1,
        basis: 'stated',
        note: {
          zh: '任务1要求把天津滨海新区等地成熟的改革试点经验在长春复制推广（方案说的是长春市，未单指长春新区）；进展报道称两市新区已就体制机制达成初步共识。',
          en: "Task 1 asks for Binhai New Area's proven reform pilots to be replicated in Changchun (the plan says the city, not the new area in particular); the progress report says the two new areas reached a first consensus on their institutions and mechanisms.",
        },
        sources: [plan('§三(一)1', '天津滨海新区', '在长春复制推广'), report('§三', '两市新区体制机制')],
      },
      {
        task: 14,
        basis: 'stated',
        note: {
          zh: '进展报道称天津滨海新区与“长春方面”制订了“津长产业园合作方案”；任务14要求共建“津长产业合作园”。报道没有点名长春新区，把“津长产业园”认作方案的“津长产业合作园”是本图的判断，很可能但并非原文所说。',
          en: "The progress report says Binhai New Area and 'the Changchun side' drew up a cooperation plan for the 'Tianjin–Changchun industrial park'; task 14 calls for building the 'Tianjin–Changchun Industrial Cooperation Park' together. The report does not name Changchun New Area, and taking its 'industrial park' to be the plan's park is this map's identification: very likely, but not what the text says.",
        },
        sources: [plan('§三(四)14', '津长产业合作园'), report('§三', '天津滨海新区', '津长产业园合作方案')],
      },
    ],
    sources: [plan('§三(四)15', '长春新区与天津滨海新区'), report('§三', '天津滨海新区', '两市新区对口合作框架协议')],
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
    focus: [task15('长春经济技术开发区与天津武清区')],
    sources: [plan('§三(四)15', '长春经济技术开发区与天津武清区')],
  },
  {
    id: 'xinglong-bonded',
    order: 2,
    parent: 'etdz-wuqing',
    changchun: ['cc-xinglong'],
    tianjin: ['tj-port-ftz', 'tj-dongjiang'],
    summary: {
      zh: '方案在长春经开区与武清区这一对之下，以括注安排长春兴隆综合保税区对接天津港保税区和东疆保税港区。',
      en: 'Under the pairing of the Changchun ETDZ with Wuqing, the plan adds in brackets that the Xinglong bonded zone is to link up with the Tianjin Port Free Trade Zone and the Tianjin Dongjiang Free Trade Port Zone.',
    },
    focus: [
      task15('长春兴隆综合保税区对接天津港保税区', '天津港保税区和东疆保税港区'),
      {
        task: 4,
        basis: 'related',
        note: {
          zh: '仅为主题关联：任务4涉及借鉴天津港口经验、建设长春口岸和陆港，与保税区域对接同属开放领域，但文件并未把这一对与任务4联系起来。',
          en: "Thematic only: task 4 is about opening up, learning from Tianjin's ports and building Changchun's ports of entry and inland port, the field bonded zones work in; no document ties this pair to task 4.",
        },
        sources: [plan('§三(一)4', '港口建设经验', '临时口岸')],
      },
    ],
    sources: [plan('§三(四)15', '长春兴隆综合保税区对接天津港保税区', '天津港保税区和东疆保税港区')],
  },
  {
    id: 'jingyue-nankai',
    order: 3,
    changchun: ['cc-jingyue'],
    tianjin: ['nankai', 'tj-cbd'],
    summary: {
      zh: '净月高新区同时与南开区和滨海新区中心商务区结对。津长双创示范基地的“多点”设在净月高新区；进展报道称净月高新区选派8名干部到滨海新区中心商务区交流学习。',
      en: "Jingyue is paired with both Nankai and the Binhai CBD. The \"many points\" of the joint innovation and entrepreneurship base are Jingyue's incubators, and the progress report says Jingyue sent 8 officials to the Binhai CBD on exchange, to learn.",
    },
    focus: [
      task15('净月高新技术产业开发区与天津南开区', '南开区和滨海新区中心商务区'),
      {
        task: 13,
        basis: 'stated',
        note: {
          zh: '任务13要求共建津长“双创”示范基地，方案§四(二)把该基地的“多点”放在净月高新区已认定的孵化平台上。',
          en: 'Task 13 calls for the joint innovation and entrepreneurship base, and section 4(2) of the plan places its "many points" on the recognised incubators of Jingyue.',
        },
        sources: [plan('§三(三)13', '示范基地'), plan('§四(二)', '净月高新区', '15')],
      },
      {
        task: 17,
        basis: 'related',
        note: {
          zh: '本图的归类：进展报道称净月高新区选派8名干部到滨海新区中心商务区交流学习，这与任务17的干部交流相近；但报道没有把它归入任何任务，方案任务17说的是两市县处级以上干部相互挂职和培训。',
          en: 'Our classification: the progress report says Jingyue sent 8 officials to the Binhai CBD on exchange, to learn, which is close to the exchange of officials in task 17; but the report places it under no task, and task 17 speaks of secondments of officials at county level and above and of training.',
        },
        sources: [plan('§三(五)17', '相互挂职'), report('§三', '净月高新区选派8名干部')],
      },
    ],
    sources: [plan('§三(四)15', '净月高新技术产业开发区与天津南开区', '南开区和滨海新区中心商务区'), plan('§四(二)', '净月高新区'), report('§三', '净月高新区选派8名干部')],
  },
  {
    id: 'auto-ninghe',
    order: 4,
    changchun: ['cc-auto'],
    tianjin: ['ninghe', 'tj-teda'],
    summary: onlyPaired('长春汽车经开区与天津宁河区、滨海新区天津经济技术开发区', "Changchun's automotive ETDZ with Ninghe District and TEDA in Binhai New Area"),
    focus: [
      task15('长春汽车经济技术开发区与天津宁河区', '宁河区和滨海新区天津经济技术开发区'),
      {
        task: 6,
        basis: 'related',
        note: {
          zh: '仅为主题关联：任务6提到长春汽车等装备制造能力和汽车装备制造配套，与汽车经开区的主业相合，但文件并未把这一对与任务6联系起来。',
          en: "Thematic only: task 6 speaks of Changchun's automotive manufacturing and of linking up automotive equipment supply chains, the automotive zone's own field; no document ties this pair to task 6.",
        },
        sources: [plan('§三(二)6', '长春汽车', '汽车装备制造')],
      },
    ],
    sources: [plan('§三(四)15', '长春汽车经济技术开发区与天津宁河区', '宁河区和滨海新区天津经济技术开发区')],
  },
  {
    id: 'lianhuashan-jinghai',
    order: 5,
    changchun: ['cc-lianhuashan'],
    tianjin: ['jinghai', 'tj-eco-city'],
    summary: onlyPaired('长春莲花山生态旅游度假区与天津静海区、中新天津生态城', 'the Lianhuashan resort area with Jinghai District and the Sino-Singapore Tianjin Eco-City'),
    focus: [
      task15('长春莲花山生态旅游度假区与天津静海区', '静海区和中新天津生态城'),
      {
        task: 10,
        basis: 'related',
        note: {
          zh: '仅为主题关联：莲花山是生态旅游度假区，任务10涉及开发长春的冰雪、避暑等旅游资源，但文件并未把这一对与任务10联系起来。',
          en: "Thematic only: Lianhuashan is an ecological tourism resort and task 10 covers developing Changchun's snow, summer and leisure tourism; no document ties this pair to task 10.",
        },
        sources: [plan('§三(二)10', '冰雪', '避暑')],
      },
    ],
    sources: [plan('§三(四)15', '长春莲花山生态旅游度假区与天津静海区', '静海区和中新天津生态城')],
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
      task15('长春朝阳区与天津和平区'),
      {
        task: 10,
        basis: 'related',
        note: {
          zh: '仅为主题关联，是本图的推断：2018年的进展报道只说“津门风情街”即将开街；2019年的媒体报道说和平区代表团考察了吉林艺术学院和长影博物馆，寻找文创、非遗方面的合作，与任务10的文化合作相近。没有文件把这一对归入任务10。',
          en: "Thematic only, and our inference: the 2018 progress report says only that the 'Jinmen' street was about to open; a 2019 news report says the Heping delegation visited the Jilin University of Arts and the Changchun Film Studio museum looking for cooperation on creative industries and intangible heritage, close to the cultural cooperation of task 10. No document places this pair under task 10.",
        },
        sources: [plan('§三(二)10', '文化'), report('§三', '津门风情街'), news('news-2019-04-heping-chaoyang', '吉林艺术学院', '长影博物馆')],
      },
      {
        task: 16,
        basis: 'related',
        note: {
          zh: '仅为主题关联，是本图的推断：2019年的媒体报道说两区签订了“津门风情街天津老字号商品展销活动”框架协议，与任务16的共同推介名优产品相近；但没有文件把这一对归入任务16。',
          en: "Thematic only, and our inference: a 2019 news report says the two districts signed a framework agreement on sales events for Tianjin's time-honoured brands on the 'Jinmen' street, close to task 16's joint promotion of quality products; no document places this pair under task 16.",
        },
        sources: [plan('§三(四)16', '名优地产品'), news('news-2019-04-heping-chaoyang', '天津老字号商品展销活动')],
      },
    ],
    sources: [plan('§三(四)15', '长春朝阳区与天津和平区'), report('§三', '和平区', '朝阳区', '津门风情街')],
  },
  {
    id: 'nanguan-hexi',
    order: 7,
    changchun: ['nanguan'],
    tianjin: ['hexi'],
    summary: onlyPaired('长春南关区与天津河西区', 'Nanguan (Changchun) with Hexi (Tianjin)'),
    focus: [task15('长春南关区与天津河西区')],
    sources: [plan('§三(四)15', '长春南关区与天津河西区')],
  },
  {
    id: 'kuancheng-hongqiao',
    order: 8,
    changchun: ['kuancheng'],
    tianjin: ['hongqiao'],
    summary: onlyPaired('长春宽城区与天津红桥区', 'Kuancheng (Changchun) with Hongqiao (Tianjin)'),
    focus: [task15('长春宽城区与天津红桥区')],
    sources: [plan('§三(四)15', '长春宽城区与天津红桥区')],
  },
  {
    id: 'erdao-hedong',
    order: 9,
    changchun: ['erdao'],
    tianjin: ['hedong'],
    summary: onlyPaired('长春二道区与天津河东区', 'Erdao (Changchun) with Hedong (Tianjin)'),
    focus: [task15('长春二道区与天津河东区')],
    sources: [plan('§三(四)15', '长春二道区与天津河东区')],
  },
  {
    id: 'lvyuan-hebei',
    order: 10,
    changchun: ['lvyuan'],
    tianjin: ['hebei'],
    summary: onlyPaired('长春绿园区与天津河北区', 'Lüyuan (Changchun) with Hebei District (Tianjin)'),
    focus: [task15('长春绿园区与天津河北区')],
    sources: [plan('§三(四)15', '长春绿园区与天津河北区')],
  },
  {
    id: 'shuangyang-jinnan',
    order: 11,
    changchun: ['shuangyang'],
    tianjin: ['jinnan'],
    summary: onlyPaired('长春双阳区与天津津南区', 'Shuangyang (Changchun) with Jinnan (Tianjin)'),
    focus: [task15('长春双阳区与天津津南区')],
    sources: [plan('§三(四)15', '长春双阳区与天津津南区')],
  },
  {
    id: 'jiutai-beichen',
    order: 12,
    changchun: ['jiutai'],
    tianjin: ['beichen'],
    summary: onlyPaired('长春九台区与天津北辰区', 'Jiutai (Changchun) with Beichen (Tianjin)'),
    focus: [task15('长春九台区与天津北辰区')],
    sources: [plan('§三(四)15', '长春九台区与天津北辰区')],
  },
  {
    id: 'yushu-xiqing',
    order: 13,
    changchun: ['yushu'],
    tianjin: ['xiqing'],
    summary: onlyPaired('榆树市与天津西青区', 'Yushu City (Changchun) with Xiqing (Tianjin)'),
    focus: [task15('榆树市与天津西青区')],
    sources: [plan('§三(四)15', '榆树市与天津西青区')],
  },
  {
    id: 'nongan-baodi',
    order: 14,
    changchun: ['nongan'],
    tianjin: ['baodi'],
    summary: onlyPaired('农安县与天津宝坻区', "Nong'an County (Changchun) with Baodi (Tianjin)"),
    focus: [task15('农安县与天津宝坻区')],
    sources: [plan('§三(四)15', '农安县与天津宝坻区')],
  },
  {
    id: 'dehui-dongli',
    order: 15,
    changchun: ['dehui'],
    tianjin: ['dongli'],
    summary: onlyPaired('德惠市与天津东丽区', 'Dehui City (Changchun) with Dongli (Tianjin)'),
    focus: [task15('德惠市与天津东丽区')],
    sources: [plan('§三(四)15', '德惠市与天津东丽区')],
  },
];

// The two major projects of plan2018 §四. Park and part names are as the plan writes
// them; where the plan gives no place for a part, the `role` text says so and says why
// the part is drawn where it is.
import type { Project, Source } from './schema';

const plan = (section: string, ...evidence: string[]): Source => ({ doc: 'plan2018', section, evidence });
const report = (section: string, ...evidence: string[]): Source => ({ doc: 'progress2018', section, evidence });
const news = (doc: Source['doc'], ...evidence: string[]): Source => ({ doc, section: '§全文', evidence });

export const projects: Project[] = [
  {
    id: 'jinchang-industrial-park',
    name: { zh: '津长产业合作园', en: 'Tianjin-Changchun Industrial Cooperation Park' },
    summary: {
      zh: '方案规划的一个“主园”加三个“分园”：主园在长德开发区，分园为长德开发区的通用航空产业园、北湖开发区的生物医药产业园和大数据产业园，重点发展智能装备、航空航天、生物医药和大数据等产业。',
      en: 'The plan lays it out as one main park and three branch parks: the main park in the Changde zone, and branch parks for general aviation (Changde), biomedicine (Beihu) and big data, focused on intelligent equipment, aerospace, biomedicine and big data.',
    },
    fields: [
      { zh: '智能装备', en: 'Intelligent equipment' },
      { zh: '航空航天', en: 'Aerospace' },
      { zh: '生物医药', en: 'Biomedicine' },
      { zh: '大数据', en: 'Big data' },
    ],
    parts: [
      {
        id: 'industrial-park-main',
        name: { zh: '长德开发区津长产业合作园', en: 'Tianjin-Changchun Industrial Cooperation Park in the Changde zone' },
        role: { zh: '“主园”。', en: 'The main park.' },
        zone: 'cc-changde',
        sources: [plan('§四(一)', '长德开发区津长产业合作园', '“主园”')],
      },
      {
        id: 'industrial-park-aviation',
        name: { zh: '长德开发区通用航空产业园', en: 'Changde General Aviation Industrial Park' },
        role: { zh: '三个“分园”之一，在长德开发区，面向通用航空。', en: 'One of the three branch parks, in the Changde zone, for general aviation.' },
        zone: 'cc-changde',
        sources: [plan('§四(一)', '长德开发区通用航空产业园')],
      },
      {
        id: 'industrial-park-biomedicine',
        name: { zh: '北湖开发区生物医药产业园', en: 'Beihu Biomedicine Industrial Park' },
        role: { zh: '三个“分园”之一，在北湖开发区，面向生物医药。', en: 'One of the three branch parks, in the Beihu zone, for biomedicine.' },
        zone: 'cc-beihu',
        sources: [plan('§四(一)', '北湖开发区生物医药产业园')],
      },
      {
        id: 'industrial-park-big-data',
        name: { zh: '大数据产业园', en: 'Big Data Industrial Park' },
        role: {
          zh: '三个“分园”之一，面向大数据。方案原句为“北湖开发区生物医药产业园及大数据产业园”，没有单独写出它的地点；“北湖开发区”可以理解为同时修饰两个园区，本图据此把它画在北湖开发区，但这只是一种读法。',
          en: 'One of the three branch parks, for big data. The plan writes "the Beihu zone biomedicine park and the big data park" and gives this park no place of its own; the words "Beihu zone" can be read as covering both parks, so the map draws it at Beihu, but that is one reading, not a stated location.',
        },
        zone: 'cc-beihu',
        sources: [plan('§四(一)', '生物医药产业园及大数据产业园')],
      },
    ],
    pairs: [
      {
        pair: 'new-area-binhai',
        basis: 'stated',
        note: {
          zh: '进展报道称，天津滨海新区与“长春方面”共同制订了“津长产业园合作方案”（报道未点名长春新区；把它认作本园是本图的判断）。长春市发改委2018年3月的报道记载，长春常务副市长王路希望在长春新区打造津长产业合作园：这是一种意愿，不是方案的规定。',
          en: "The progress report says Binhai New Area and 'the Changchun side' drew up a cooperation plan for the 'Tianjin–Changchun industrial park' (the report does not name Changchun New Area; taking it to be this park is our identification). A March 2018 report of the Changchun DRC quotes executive vice-mayor Wang Lu hoping to build the park in Changchun New Area: a wish, not something the plan lays down.",
        },
        sources: [report('§三', '天津滨海新区', '津长产业园合作方案'), news('news-2018-03-xinmao', '在长春新区打造津长产业合作园')],
      },
    ],
    sources: [plan('§四(一)', '一个“主园”', '三个“分园”', '智能装备', '航空航天', '大数据'), plan('§三(四)14', '津长产业合作园')],
  },
  {
    id: 'jinchang-innovation-base',
    name: { zh: '津长双创示范基地', en: 'Tianjin-Changchun Innovation and Entrepreneurship Demonstration Base' },
    summary: {
      zh: '按“一核一城多点”布局：一个核心区，建设三大双创中心；一座采用“飞地经济”模式的津长双创城；以及以净月高新区已认定的15个孵化平台为基础的多个孵化点。',
      en: 'Laid out as "one core, one city, many points": a core area with three centres (start-up guidance, technology finance, and research for emerging industries), a start-up city run as an enclave on the Tianjin model, and many incubation points built on the 15 recognised incubators of Jingyue.',
    },
    fields: [],
    parts: [
      {
        id: 'innovation-base-core',
        name: { zh: '津长双创示范基地核心区（“一核”）', en: 'Core area of the base ("one core")' },
        role: {
          zh: '建设双创服务指导中心、科技金融服务中心和新兴产业研发中心三大中心。方案没有写明核心区的位置，图上放在净月高新区只是近似示意。',
          en: 'Houses the three centres: start-up guidance services, technology finance services, and research for emerging industries. The plan does not say where the core area is; drawing it at Jingyue is only an approximation.',
        },
        zone: 'cc-jingyue',
        sources: [plan('§四(二)', '“一核”', '双创服务指导中心', '科技金融服务中心', '新兴产业研发中心')],
      },
      {
        id: 'innovation-base-city',
        name: { zh: '津长双创城（“一城”）', en: 'Tianjin-Changchun Start-up City ("one city")' },
        role: {
          zh: '采用“飞地经济”模式，整体移植天津的政策体系，由天津成熟的园区团队负责规划、开发、建设和管理。方案没有写明它的位置，图上放在净月高新区只是近似示意。',
          en: "Run as an enclave: it takes over Tianjin's policy framework as a whole, and experienced Tianjin park teams plan, develop, build and manage it. The plan does not say where it is; drawing it at Jingyue is only an approximation.",
        },
        zone: 'cc-jingyue',
        sources: [plan('§四(二)', '津长双创城', '飞地经济')],
      },
      {
        id: 'innovation-base-points',
        name: { zh: '净月高新区孵化平台（“多点”）', en: 'Incubators of the Jingyue zone ("many points")' },
        role: {
          zh: '在净月高新区现有15个已认定孵化平台的基础上，继续扩大孵化平台的总体规模。',
          en: "Builds on the 15 recognised incubators already in the Jingyue zone and keeps enlarging the incubators' overall scale.",
        },
        zone: 'cc-jingyue',
        sources: [plan('§四(二)', '净月高新区', '15', '孵化平台')],
      },
    ],
    pairs: [
      {
        pair: 'jingyue-nankai',
        basis: 'stated',
        note: {
          zh: '方案把基地的“多点”放在净月高新区；进展报道称，与天津中心商务区合作建设的津长双创服务中心已启动建设（报道写作“天津中心商务区”，本图视为该对中的滨海新区中心商务区）。',
          en: 'The plan places the base\'s "many points" in Jingyue, and the progress report says work began on a joint start-up service centre built with Tianjin\'s central business district (the report\'s wording; the map takes it to be the Binhai CBD of this pair).',
        },
        sources: [plan('§四(二)', '净月高新区'), report('§二(二)', '天津中心商务区', '津长双创服务中心')],
      },
    ],
    sources: [plan('§四(二)', '一核一城多点'), plan('§三(三)13', '示范基地'), plan('§三(四)14', '津长双创示范基地')],
  },
];

// The 13 functional zones the plan names. Names are written exactly as plan2018 writes
// them (§三(四)15 for the paired zones, §四(一) for 长德开发区 and 北湖开发区); the plan gives
// neither their status (`type`) nor where they lie: both are background from
// shared/reference/places.json, not from the cited section. Points are WGS-84 from the same
// file; `approximate` is its `is_estimate`. Zones are not administrative units and have no
// official outlines: the map draws them as points. A zone has no single 所在区: `districts`
// lists the districts it lies in or spans as far as the reference knows (empty when it does not
// know), `pointUnit` only says where the drawn point falls.
import type { Source, Zone } from './schema';

const cite = (section: string, ...evidence: string[]): Source[] => [{ doc: 'plan2018', section, evidence }];
const committee = (zh: string, en: string) => ({ zh: `${zh}管理委员会（管委会）`, en: `The ${en} administrative committee` });

export const zones: Zone[] = [
  // ---- Changchun ----
  {
    id: 'cc-new-area',
    city: 'changchun',
    name: { zh: '长春新区', en: 'Changchun New Area' },
    short: { zh: '长春新区', en: 'Changchun New Area' },
    type: { zh: '国家级新区', en: 'State-level new area' },
    districts: ['chaoyang', 'kuancheng', 'erdao', 'jiutai'],
    districtsNote: {
      zh: '按参考资料，新区跨朝阳、宽城、二道、九台四区的部分地域；图上的点位于宽城区。',
      en: 'Per the reference data it spans parts of four districts (Chaoyang, Kuancheng, Erdao, Jiutai); the point drawn falls in Kuancheng.',
    },
    administeredBy: committee('长春新区', 'Changchun New Area'),
    pointUnit: 'kuancheng',
    location: {
      lon: 125.422969,
      lat: 43.984899,
      approximate: true,
      note: {
        zh: '长春新区管理委员会驻地，坐标来自一份非权威的公开资料，按估计值处理。新区跨朝阳、宽城、二道、九台等区的部分地域，此点位于宽城区。',
        en: "Seat of the new area's administrative committee, from a non-authoritative public source, so treated as an estimate. The new area spans parts of several districts (Chaoyang, Kuancheng, Erdao, Jiutai); this point lies in Kuancheng.",
      },
    },
    sources: cite('§三(四)15', '长春新区'),
  },
  {
    id: 'cc-etdz',
    city: 'changchun',
    name: { zh: '长春经济技术开发区', en: 'Changchun Economic and Technological Development Zone' },
    short: { zh: '长春经开区', en: 'Changchun ETDZ' },
    type: { zh: '国家级经济技术开发区', en: 'State-level economic and technological development zone' },
    districts: ['erdao'],
    districtsNote: {
      zh: '二手资料称其行政上在二道区内；其北部的兴隆山镇在统计用区划代码中没有所属的区。',
      en: 'Secondary sources place it administratively within Erdao; its northern part (Xinglongshan town) has no district above it in the statistical codes.',
    },
    administeredBy: committee('长春经济技术开发区', 'Changchun ETDZ'),
    pointUnit: 'erdao',
    location: {
      lon: 125.4,
      lat: 43.85,
      approximate: true,
      note: {
        zh: '主园区（南部）的估计中心，依据公开的四至描述推算，误差约3公里；此点位于二道区，离南关区界很近。',
        en: 'Estimated centre of the main (southern) area, worked out from its published boundary description (uncertain by about 3 km). The point lies in Erdao, close to the Nanguan line.',
      },
    },
    sources: cite('§三(四)15', '长春经济技术开发区'),
  },
  {
    id: 'cc-xinglong',
    city: 'changchun',
    name: { zh: '长春兴隆综合保税区', en: 'Changchun Xinglong Comprehensive Bonded Zone' },
    short: { zh: '兴隆综保区', en: 'Xinglong Bonded Zone' },
    type: { zh: '综合保税区', en: 'Comprehensive bonded zone' },
    districts: [],
    districtsNote: {
      zh: '不确定：它在兴隆山镇，由长春经开区管理，统计用区划代码中没有所属的区；本图所用的旧版区界中点位属二道区，现行区界中这一带属九台区。',
      en: 'Uncertain: it lies in Xinglongshan town, run by the Changchun ETDZ, with no district above it in the statistical codes; in the older boundary edition this map draws the point falls in Erdao, in the current one the area is in Jiutai.',
    },
    administeredBy: { zh: '长春经济技术开发区', en: 'The Changchun ETDZ' },
    pointUnit: 'erdao',
    location: {
      lon: 125.55,
      lat: 43.96,
      approximate: true,
      note: {
        zh: '估计位置（兴隆山镇一带，由长春经济技术开发区管理），误差约4至5公里。本图所用的较旧版区界中，此处仍属二道区；按现行区界，这一带在九台区范围内。',
        en: 'Estimated location in the Xinglongshan area, administered by the Changchun ETDZ (uncertain by 4 to 5 km). In the older boundary edition this map draws, the point still falls in Erdao; under current boundaries the area lies within Jiutai.',
      },
    },
    sources: cite('§三(四)15', '长春兴隆综合保税区'),
  },
  {
    id: 'cc-jingyue',
    city: 'changchun',
    name: { zh: '长春净月高新技术产业开发区', en: 'Changchun Jingyue High-tech Industrial Development Zone' },
    short: { zh: '净月高新区', en: 'Jingyue Hi-tech Zone' },
    type: { zh: '国家级高新技术产业开发区', en: 'State-level high-tech industrial development zone' },
    districts: [],
    districtsNote: {
      zh: '没有自己的行政区划代码（统计用代码220172），参考资料未给出它跨哪些区；图上的代表点（净月潭）位于南关区。',
      en: 'It has no administrative division code of its own (statistical code 220172) and the reference data does not say which districts it spans; the stand-in point (Jingyuetan) falls in Nanguan.',
    },
    administeredBy: committee('长春净月高新技术产业开发区', 'Jingyue Hi-tech Zone'),
    pointUnit: 'nanguan',
    location: {
      lon: 125.45833,
      lat: 43.78278,
      approximate: true,
      note: {
        zh: '以净月潭国家森林公园为代表点（开发区环绕该公园建设），不是管委会驻地；此点位于南关区。',
        en: 'Stand-in landmark: Jingyuetan National Forest Park, around which the zone is built; not the seat of its committee. The point lies in Nanguan.',
      },
    },
    sources: cite('§三(四)15', '长春净月高新技术产业开发区'),
  },
  {
    id: 'cc-auto',
    city: 'changchun',
    name: { zh: '长春汽车经济技术开发区', en: 'Changchun Automotive Economic and Technological Development Zone' },
    short: { zh: '汽车经开区', en: 'Auto ETDZ' },
    type: { zh: '国家级经济技术开发区', en: 'State-level economic and technological development zone' },
    districts: ['lvyuan'],
    districtsNote: {
      zh: '参考资料（中文维基百科）称其行政上属于绿园区；估计点离朝阳区界不到1公里。',
      en: 'Per the reference data (Chinese Wikipedia) it belongs administratively to Lüyuan; the estimated point is less than 1 km from the Chaoyang line.',
    },
    administeredBy: committee('长春汽车经济技术开发区', 'Changchun Automotive ETDZ'),
    pointUnit: 'lvyuan',
    location: {
      lon: 125.22,
      lat: 43.84,
      approximate: true,
      note: {
        zh: '依据四至描述估计的中心，误差约3公里；此点位于绿园区，离朝阳区界不到1公里。',
        en: 'Estimated centre from its boundary description (uncertain by about 3 km). The point lies in Lüyuan, less than 1 km from the Chaoyang line.',
      },
    },
    sources: cite('§三(四)15', '长春汽车经济技术开发区'),
  },
  {
    id: 'cc-lianhuashan',
    city: 'changchun',
    name: { zh: '长春莲花山生态旅游度假区', en: 'Changchun Lianhuashan Ecological Tourism Resort' },
    short: { zh: '莲花山度假区', en: 'Lianhuashan Resort' },
    type: { zh: '生态旅游度假区', en: 'Ecological tourism resort area' },
    districts: ['erdao'],
    districtsNote: {
      zh: '所辖两镇一乡在统计用区划代码中属二道区。',
      en: 'The two towns and one township it manages are coded under Erdao in the statistical codes.',
    },
    administeredBy: committee('长春莲花山生态旅游度假区', 'Lianhuashan Resort'),
    pointUnit: 'erdao',
    location: {
      lon: 125.6,
      lat: 43.88,
      approximate: true,
      note: {
        zh: '估计中心：度假区管辖长春城区以东的两镇一乡，误差约8公里；这一带属二道区。',
        en: 'Estimated centre of the area it manages (two towns and a township east of the city), uncertain by about 8 km. The area belongs to Erdao.',
      },
    },
    sources: cite('§三(四)15', '长春莲花山生态旅游度假区'),
  },
  {
    id: 'cc-changde',
    city: 'changchun',
    name: { zh: '长德开发区', en: 'Changde Development Zone' },
    short: { zh: '长德开发区', en: 'Changde Zone' },
    type: { zh: '经济开发区', en: 'Economic development zone' },
    districts: ['kuancheng'],
    districtsNote: {
      zh: '推断：以米沙子镇为代表，该镇属宽城区；开发区与该镇的对应是推断。',
      en: 'Inferred: the stand-in town, Mishazi, is in Kuancheng; matching the zone to that town is an inference.',
    },
    administeredBy: { zh: '长春新区（参考资料列为新区所辖开发区之一）', en: 'Changchun New Area (the reference data lists it as one of the new area\'s zones)' },
    pointUnit: 'kuancheng',
    location: {
      lon: 125.46399,
      lat: 44.14202,
      approximate: true,
      note: {
        zh: '以长春至德惠走廊上的主要城镇米沙子镇为代表点；开发区与米沙子镇的对应是推断，并非有来源的坐标。此点位于宽城区。',
        en: 'Stand-in point: Mishazi, the main town on the Changchun-Dehui corridor. Matching the zone to that town is an inference, not a sourced coordinate. The point lies in Kuancheng.',
      },
    },
    sources: cite('§四(一)', '长德开发区津长产业合作园'),
  },
  {
    id: 'cc-beihu',
    city: 'changchun',
    name: { zh: '北湖开发区', en: 'Beihu Development Zone' },
    short: { zh: '北湖开发区', en: 'Beihu Zone' },
    type: { zh: '科技开发区', en: 'Science and technology development zone' },
    districts: [],
    districtsNote: {
      zh: '未确定：估计点在宽城区，离二道区约1.3公里；统计用代码把北湖街道列在长春高新区之下。',
      en: 'Not established: the estimated point is in Kuancheng, about 1.3 km from Erdao; the statistical codes list Beihu subdistrict under the Changchun High-tech Zone.',
    },
    administeredBy: { zh: '长春新区（参考资料列为新区所辖开发区之一）', en: 'Changchun New Area (the reference data lists it as one of the new area\'s zones)' },
    pointUnit: 'kuancheng',
    location: {
      lon: 125.42,
      lat: 43.97,
      approximate: true,
      note: {
        zh: '估计中心（北湖国家湿地公园一带），误差约3公里；此点位于宽城区，离二道区界不远。',
        en: 'Estimated centre near Beihu National Wetland Park (uncertain by about 3 km). The point lies in Kuancheng, not far from the Erdao line.',
      },
    },
    sources: cite('§四(一)', '北湖开发区生物医药产业园'),
  },
  // ---- Tianjin ----
  {
    id: 'tj-cbd',
    city: 'tianjin',
    name: { zh: '滨海新区中心商务区', en: 'Binhai New Area Central Business District' },
    short: { zh: '中心商务区', en: 'Binhai CBD' },
    type: { zh: '中心商务区', en: 'Central business district' },
    districts: ['binhai'],
    districtsNote: {
      zh: '位于滨海新区（于家堡）。',
      en: 'In Binhai New Area (Yujiapu).',
    },
    administeredBy: { zh: '滨海新区所辖功能区', en: 'A functional zone of Binhai New Area' },
    pointUnit: 'binhai',
    location: {
      lon: 117.6864,
      lat: 38.9932,
      approximate: false,
      note: {
        zh: '于家堡半岛的中心。',
        en: 'Centre of the Yujiapu peninsula.',
      },
    },
    sources: cite('§三(四)15', '滨海新区中心商务区'),
  },
  {
    id: 'tj-teda',
    city: 'tianjin',
    name: { zh: '滨海新区天津经济技术开发区', en: 'Tianjin Economic-Technological Development Area (TEDA), Binhai New Area' },
    short: { zh: '天津经开区', en: 'TEDA' },
    type: { zh: '国家级经济技术开发区', en: 'State-level economic and technological development zone' },
    districts: ['binhai', 'dongli'],
    districtsNote: {
      zh: '东区在滨海新区；统计用区划代码把西区列在东丽区之下。',
      en: 'Its eastern area is in Binhai New Area; the statistical codes list its western area under Dongli.',
    },
    administeredBy: committee('天津经济技术开发区', 'TEDA'),
    pointUnit: 'binhai',
    location: {
      lon: 117.719,
      lat: 39.0305194,
      approximate: true,
      note: {
        zh: '以开发区东区内的泰达足球场为代表点，不是管委会驻地。',
        en: "Stand-in landmark inside TEDA's eastern area: the TEDA Soccer Stadium; not the seat of its committee.",
      },
    },
    sources: cite('§三(四)15', '滨海新区天津经济技术开发区'),
  },
  {
    id: 'tj-port-ftz',
    city: 'tianjin',
    name: { zh: '天津港保税区', en: 'Tianjin Port Free Trade Zone' },
    short: { zh: '天津港保税区', en: 'Tianjin Port FTZ' },
    type: { zh: '保税区', en: 'Bonded zone' },
    districts: ['binhai', 'dongli'],
    districtsNote: {
      zh: '最初的港口区在滨海新区（统计用代码120116401）；管委会所在的空港一带属东丽区。',
      en: 'Its original port-side area is in Binhai New Area (statistical code 120116401); the airport area where its committee sits is in Dongli.',
    },
    administeredBy: committee('天津港保税区', 'Tianjin Port Free Trade Zone'),
    pointUnit: 'dongli',
    location: {
      lon: 117.385,
      lat: 39.14,
      approximate: true,
      note: {
        zh: '管委会办公楼（西三道166号）的估计位置，在空港经济区，属东丽区，误差约2公里；保税区最初的港口区域在滨海新区。',
        en: "Estimated position of the committee's office building (No. 166 Xisan Road) in the airport economic area, which lies in Dongli (uncertain by about 2 km). The zone's original port-side area is in Binhai New Area.",
      },
    },
    sources: cite('§三(四)15', '天津港保税区'),
  },
  {
    id: 'tj-dongjiang',
    city: 'tianjin',
    name: { zh: '东疆保税港区', en: 'Tianjin Dongjiang Free Trade Port Zone' },
    short: { zh: '东疆保税港区', en: 'Dongjiang Port Zone' },
    type: { zh: '保税港区', en: 'Free trade port zone (bonded port area)' },
    districts: ['binhai'],
    districtsNote: {
      zh: '位于滨海新区（统计用代码120116403）。',
      en: 'In Binhai New Area (statistical code 120116403).',
    },
    administeredBy: { zh: '滨海新区所辖功能区', en: 'A functional zone of Binhai New Area' },
    pointUnit: 'binhai',
    location: {
      lon: 117.79,
      lat: 39.03,
      approximate: true,
      note: {
        zh: '天津港东北侧东疆填海半岛的估计中心，误差约3至4公里。名称按2018年的方案；据参考资料，该区2020年升级为东疆综合保税区。',
        en: 'Estimated centre of the Dongjiang reclaimed peninsula north-east of Tianjin Port (uncertain by 3 to 4 km). The name is the 2018 plan\'s; per the reference data the zone became the Dongjiang Comprehensive Bonded Zone in 2020.',
      },
    },
    sources: cite('§三(四)15', '东疆保税港区'),
  },
  {
    id: 'tj-eco-city',
    city: 'tianjin',
    name: { zh: '中新天津生态城', en: 'Sino-Singapore Tianjin Eco-City' },
    short: { zh: '生态城', en: 'Eco-City' },
    type: { zh: '中国与新加坡合作建设的生态城', en: 'Eco-city built jointly by China and Singapore' },
    districts: ['binhai'],
    districtsNote: {
      zh: '位于滨海新区（统计用代码120116406）。',
      en: 'In Binhai New Area (statistical code 120116406).',
    },
    administeredBy: committee('中新天津生态城', 'Sino-Singapore Tianjin Eco-City'),
    pointUnit: 'binhai',
    location: {
      lon: 117.78352,
      lat: 39.15314,
      approximate: false,
      note: {
        zh: '维基百科条目所给的生态城坐标。',
        en: "The eco-city's coordinate as given by its Wikipedia article.",
      },
    },
    sources: cite('§三(四)15', '中新天津生态城'),
  },
];

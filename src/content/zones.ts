// The 13 functional zones the plan names. Names are written exactly as plan2018 writes
// them (§三(四)15 for the paired zones, §四(一) for 长德开发区 and 北湖开发区). Points are
// WGS-84 from shared/reference/places.json; `approximate` is its `is_estimate`. Zones are
// not administrative units and have no official outlines: the map draws them as points.
import type { Source, Zone } from './schema';

const cite = (section: string): Source[] => [{ doc: 'plan2018', section }];

export const zones: Zone[] = [
  // ---- Changchun ----
  {
    id: 'cc-new-area',
    city: 'changchun',
    name: { zh: '长春新区', en: 'Changchun New Area' },
    short: { zh: '长春新区', en: 'Changchun New Area' },
    type: { zh: '国家级新区', en: 'State-level new area' },
    unit: 'kuancheng',
    location: {
      lon: 125.422969,
      lat: 43.984899,
      approximate: true,
      note: {
        zh: '长春新区管理委员会驻地，坐标来自一份非权威的公开资料，按估计值处理。新区跨朝阳、宽城、二道、九台等区的部分地域，此点位于宽城区。',
        en: "Seat of the new area's administrative committee, from a non-authoritative public source, so treated as an estimate. The new area spans parts of several districts (Chaoyang, Kuancheng, Erdao, Jiutai); this point lies in Kuancheng.",
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'cc-etdz',
    city: 'changchun',
    name: { zh: '长春经济技术开发区', en: 'Changchun Economic and Technological Development Zone' },
    short: { zh: '长春经开区', en: 'Changchun ETDZ' },
    type: { zh: '国家级经济技术开发区', en: 'State-level economic and technological development zone' },
    unit: 'erdao',
    location: {
      lon: 125.4,
      lat: 43.85,
      approximate: true,
      note: {
        zh: '主园区（南部）的估计中心，依据公开的四至描述推算，误差约3公里；此点位于二道区，离南关区界很近。',
        en: 'Estimated centre of the main (southern) area, worked out from its published boundary description (uncertain by about 3 km). The point lies in Erdao, close to the Nanguan line.',
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'cc-xinglong',
    city: 'changchun',
    name: { zh: '长春兴隆综合保税区', en: 'Changchun Xinglong Comprehensive Bonded Zone' },
    short: { zh: '兴隆综保区', en: 'Xinglong Bonded Zone' },
    type: { zh: '综合保税区', en: 'Comprehensive bonded zone' },
    unit: 'erdao',
    location: {
      lon: 125.55,
      lat: 43.96,
      approximate: true,
      note: {
        zh: '估计位置（兴隆山镇一带，由长春经济技术开发区管理），误差约4至5公里。本图所用的较旧版区界中，此处仍属二道区；按现行区界，这一带属九台区。',
        en: 'Estimated location in the Xinglongshan area, administered by the Changchun ETDZ (uncertain by 4 to 5 km). In the older boundary edition this map draws, the point still falls in Erdao; under current boundaries this area belongs to Jiutai.',
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'cc-jingyue',
    city: 'changchun',
    name: { zh: '长春净月高新技术产业开发区', en: 'Changchun Jingyue High-tech Industrial Development Zone' },
    short: { zh: '净月高新区', en: 'Jingyue Hi-tech Zone' },
    type: { zh: '国家级高新技术产业开发区', en: 'State-level high-tech industrial development zone' },
    unit: 'nanguan',
    location: {
      lon: 125.45833,
      lat: 43.78278,
      approximate: true,
      note: {
        zh: '以净月潭国家森林公园为代表点（开发区环绕该公园建设），不是管委会驻地；此点位于南关区。',
        en: 'Stand-in landmark: Jingyuetan National Forest Park, around which the zone is built; not the seat of its committee. The point lies in Nanguan.',
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'cc-auto',
    city: 'changchun',
    name: { zh: '长春汽车经济技术开发区', en: 'Changchun Automotive Economic and Technological Development Zone' },
    short: { zh: '汽车经开区', en: 'Auto ETDZ' },
    type: { zh: '国家级经济技术开发区', en: 'State-level economic and technological development zone' },
    unit: 'lvyuan',
    location: {
      lon: 125.22,
      lat: 43.84,
      approximate: true,
      note: {
        zh: '依据四至描述估计的中心，误差约3公里；此点位于绿园区，离朝阳区界不到1公里。',
        en: 'Estimated centre from its boundary description (uncertain by about 3 km). The point lies in Lüyuan, less than 1 km from the Chaoyang line.',
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'cc-lianhuashan',
    city: 'changchun',
    name: { zh: '长春莲花山生态旅游度假区', en: 'Changchun Lianhuashan Ecological Tourism Resort' },
    short: { zh: '莲花山度假区', en: 'Lianhuashan Resort' },
    type: { zh: '生态旅游度假区', en: 'Ecological tourism resort area' },
    unit: 'erdao',
    location: {
      lon: 125.6,
      lat: 43.88,
      approximate: true,
      note: {
        zh: '估计中心：度假区管辖长春城区以东的两镇一乡，误差约8公里；这一带属二道区。',
        en: 'Estimated centre of the area it manages (two towns and a township east of the city), uncertain by about 8 km. The area belongs to Erdao.',
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'cc-changde',
    city: 'changchun',
    name: { zh: '长德开发区', en: 'Changde Development Zone' },
    short: { zh: '长德开发区', en: 'Changde Zone' },
    type: { zh: '经济开发区', en: 'Economic development zone' },
    unit: 'kuancheng',
    location: {
      lon: 125.46399,
      lat: 44.14202,
      approximate: true,
      note: {
        zh: '以长春至德惠走廊上的主要城镇米沙子镇为代表点；开发区与米沙子镇的对应是推断，并非有来源的坐标。此点位于宽城区。',
        en: 'Stand-in point: Mishazi, the main town on the Changchun-Dehui corridor. Matching the zone to that town is an inference, not a sourced coordinate. The point lies in Kuancheng.',
      },
    },
    sources: cite('§四(一)'),
  },
  {
    id: 'cc-beihu',
    city: 'changchun',
    name: { zh: '北湖开发区', en: 'Beihu Development Zone' },
    short: { zh: '北湖开发区', en: 'Beihu Zone' },
    type: { zh: '科技开发区', en: 'Science and technology development zone' },
    unit: 'kuancheng',
    location: {
      lon: 125.42,
      lat: 43.97,
      approximate: true,
      note: {
        zh: '估计中心（北湖国家湿地公园一带），误差约3公里；此点位于宽城区，离二道区界不远。',
        en: 'Estimated centre near Beihu National Wetland Park (uncertain by about 3 km). The point lies in Kuancheng, not far from the Erdao line.',
      },
    },
    sources: cite('§四(一)'),
  },
  // ---- Tianjin ----
  {
    id: 'tj-cbd',
    city: 'tianjin',
    name: { zh: '滨海新区中心商务区', en: 'Binhai New Area Central Business District' },
    short: { zh: '中心商务区', en: 'Binhai CBD' },
    type: { zh: '中央商务区', en: 'Central business district' },
    unit: 'binhai',
    location: {
      lon: 117.6864,
      lat: 38.9932,
      approximate: false,
      note: {
        zh: '于家堡半岛的中心。',
        en: 'Centre of the Yujiapu peninsula.',
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'tj-teda',
    city: 'tianjin',
    name: { zh: '滨海新区天津经济技术开发区', en: 'Tianjin Economic-Technological Development Area (TEDA), Binhai New Area' },
    short: { zh: '天津经开区', en: 'TEDA' },
    type: { zh: '国家级经济技术开发区', en: 'State-level economic and technological development zone' },
    unit: 'binhai',
    location: {
      lon: 117.719,
      lat: 39.0305194,
      approximate: true,
      note: {
        zh: '以开发区东区内的泰达足球场为代表点，不是管委会驻地。',
        en: "Stand-in landmark inside TEDA's eastern area: the TEDA Soccer Stadium; not the seat of its committee.",
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'tj-port-ftz',
    city: 'tianjin',
    name: { zh: '天津港保税区', en: 'Tianjin Port Free Trade Zone' },
    short: { zh: '天津港保税区', en: 'Tianjin Port FTZ' },
    type: { zh: '保税区', en: 'Bonded zone' },
    unit: 'dongli',
    location: {
      lon: 117.385,
      lat: 39.14,
      approximate: true,
      note: {
        zh: '管委会办公楼（西三道166号）的估计位置，在空港经济区，属东丽区，误差约2公里；保税区最初的港口区域在滨海新区。',
        en: "Estimated position of the committee's office building (No. 166 Xisan Road) in the airport economic area, which lies in Dongli (uncertain by about 2 km). The zone's original port-side area is in Binhai New Area.",
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'tj-dongjiang',
    city: 'tianjin',
    name: { zh: '东疆保税港区', en: 'Dongjiang Free Trade Port Zone' },
    short: { zh: '东疆保税港区', en: 'Dongjiang Port Zone' },
    type: { zh: '保税港区', en: 'Bonded port area' },
    unit: 'binhai',
    location: {
      lon: 117.79,
      lat: 39.03,
      approximate: true,
      note: {
        zh: '天津港东北侧东疆填海半岛的估计中心，误差约3至4公里。',
        en: 'Estimated centre of the Dongjiang reclaimed peninsula north-east of Tianjin Port (uncertain by 3 to 4 km).',
      },
    },
    sources: cite('§三(四)15'),
  },
  {
    id: 'tj-eco-city',
    city: 'tianjin',
    name: { zh: '中新天津生态城', en: 'Sino-Singapore Tianjin Eco-City' },
    short: { zh: '生态城', en: 'Eco-City' },
    type: { zh: '中国与新加坡合作建设的生态城', en: 'Eco-city built jointly by China and Singapore' },
    unit: 'binhai',
    location: {
      lon: 117.78352,
      lat: 39.15314,
      approximate: false,
      note: {
        zh: '维基百科条目所给的生态城坐标。',
        en: "The eco-city's coordinate as given by its Wikipedia article.",
      },
    },
    sources: cite('§三(四)15'),
  },
];

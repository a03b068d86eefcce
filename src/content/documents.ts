import type { Document } from './schema';

/** The source documents in ../shared/sources (see its README for the ids). */
export const documents: Document[] = [
  {
    id: 'plan2018',
    kind: 'plan',
    title: { zh: '天津市与长春市对口合作实施方案', en: 'Implementation Plan for Paired Cooperation between Tianjin and Changchun' },
    number: '发改振兴〔2018〕437号',
    issuer: { zh: '国家发展改革委', en: 'National Development and Reform Commission (NDRC)' },
    date: '2018-03-17',
    file: 'ndrc-2018-437-tianjin-changchun-plan.txt',
  },
  {
    id: 'workplan2017',
    kind: 'workplan',
    title: {
      zh: '东北地区与东部地区部分省市对口合作工作方案',
      en: 'Work Plan for Paired Cooperation between Provinces and Cities of the North-East and the East',
    },
    number: '国办发〔2017〕22号',
    issuer: { zh: '国务院办公厅', en: 'General Office of the State Council' },
    date: '2017-03-19',
    file: 'gov-2017-22-northeast-east-pairing-workplan.txt',
  },
  {
    id: 'progress2018',
    kind: 'report',
    title: {
      zh: '国家发改委发文介绍天津市与长春市对口合作成效及经验做法',
      en: 'NDRC account of the results and practices of Tianjin–Changchun paired cooperation',
    },
    issuer: { zh: '中国吉林网（报道）', en: 'China Jilin Net (news report)' },
    date: '2018-04-12',
    file: '2018-04-tianjin-changchun-progress-report.txt',
  },
  {
    id: 'plan2018hg',
    kind: 'plan',
    title: {
      zh: '黑龙江省与广东省对口合作实施方案',
      en: 'Implementation Plan for Paired Cooperation between Heilongjiang and Guangdong',
    },
    issuer: { zh: '国家发展改革委', en: 'National Development and Reform Commission (NDRC)' },
    date: '2018-03-17',
    file: 'ndrc-2018-heilongjiang-guangdong-plan.zh-Hant.txt',
  },
];

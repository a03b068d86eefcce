// The ids a link may name (#national=…, #event=…). Only these few strings ride in the main
// bundle, so the URL can be checked at once while the national content loads with its view.
// The build checks they equal the ids of src/content/national (validate.ts).
export const NATIONAL_VIEW_ID = 'national';

export const NATIONAL_PAIRING_IDS = [
  'liaoning-jiangsu',
  'jilin-zhejiang',
  'heilongjiang-guangdong',
  'shenyang-beijing',
  'dalian-shanghai',
  'changchun-tianjin',
  'harbin-shenzhen',
] as const;

export const TIMELINE_EVENT_IDS = [
  'news-jiutai-2016-11',
  'delegation-2016-11',
  'joint-meeting-2017-02',
  'workplan-2017-03',
  'joint-meeting-2017-06',
  'entrepreneurs-2017-09',
  'news-xinmao-2018-03',
  'plan2018-issued',
  'plan2018hg-issued',
  'progress-report-2018-04',
  'news-symposium-2018-12',
  'milestone-2018',
  'hg-milestone-2018-2019',
  'news-delegation-2019-02',
  'news-heping-chaoyang-2019-04',
  'news-tianjin-delegation-2019-05',
  'milestone-2019',
  'news-meeting-2020-10',
  'milestone-2020',
  'hg-milestone-2020',
  'news-framework-2023-11',
] as const;

/** The pairing the paired view shows in detail. */
export const PAIRED_VIEW_PAIRING = 'changchun-tianjin';

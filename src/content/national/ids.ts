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
  'delegation-2016-11',
  'joint-meeting-2017-02',
  'workplan-2017-03',
  'joint-meeting-2017-06',
  'entrepreneurs-2017-09',
  'plan2018-issued',
  'plan2018hg-issued',
  'progress-report-2018-04',
  'milestone-2018',
  'hg-milestone-2018-2019',
  'milestone-2019',
  'milestone-2020',
  'hg-milestone-2020',
] as const;

/** The pairing the paired view shows in detail. */
export const PAIRED_VIEW_PAIRING = 'changchun-tianjin';

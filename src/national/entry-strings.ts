// What the first paint needs of the national view's and the timeline's strings: the view's name
// in the view switch, its loading line, the notices of its URL keys and the timeline's label. The
// rest (strings.ts) loads with the view and the strip.
import type { Lang } from '../i18n/strings';

const zh = {
  viewLabel: '全国',
  loading: '正在加载全国地图…',
  loadError: '全国地图加载失败',
  noticeUnknownNational: (v: string) => `没有名为“${v}”的对口合作，已显示全部七组。`,
  noticeUnknownEvent: (v: string) => `时间线上没有“${v}”这一事件。`,
  timelineLabel: '对口合作大事和目标',
};

const en: typeof zh = {
  viewLabel: 'National',
  loading: 'Loading the map of China…',
  loadError: 'The map of China could not be loaded',
  noticeUnknownNational: (v: string) => `There is no pairing “${v}”; showing all seven.`,
  noticeUnknownEvent: (v: string) => `The timeline has no event “${v}”.`,
  timelineLabel: 'Events and targets of the cooperation',
};

export const NATIONAL_ENTRY_STRINGS: Record<Lang, typeof zh> = { zh, en };

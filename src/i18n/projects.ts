// The words for the major projects shown on the map (src/projects, the panel), in both languages.
import type { Lang } from './strings';

export const PROJECT_STRINGS: Record<Lang, { noticeUnknownProject: (v: string) => string; showOnMap: string; projectKind: string; partsHeading: string; pairsHeading: string }> = {
  zh: {
    noticeUnknownProject: (v) => `没有名为“${v}”的重大项目，已显示全部结对。`,
    showOnMap: '在地图上显示',
    projectKind: '重大项目',
    partsHeading: '项目所在',
    pairsHeading: '相关结对',
  },
  en: {
    noticeUnknownProject: (v) => `There is no major project “${v}”; showing all pairings.`,
    showOnMap: 'Show on the map',
    projectKind: 'Major project',
    partsHeading: 'Where it is',
    pairsHeading: 'Pairings it concerns',
  },
};

// The parts of the page that load after the first paint, named as a reader would name them,
// for the notices that say one of them failed (src/load/bounded.ts, src/views/notices.ts).
import type { Lang } from '../i18n/strings';

export type LoadPart = 'boundaries' | 'download' | 'timeline' | 'search' | 'national' | 'geo' | 'tour' | 'present' | 'outcomes' | 'embed' | 'embedDialog';

export const LOAD_STRINGS: Record<Lang, { part: Record<LoadPart, string>; /** `reload`: only a reload can bring it (a shared chunk failed: src/load/bounded.ts, needsReload). */ failed: (part: string, why: string, reload?: unknown) => string; reload: string; loading: (part: string) => string; boundariesMissing: string; retry: string; timelineFailed: (why: string) => string }> = {
  zh: {
    part: { boundaries: '区界数据', download: '下载功能', timeline: '时间线', search: '搜索', national: '全国地图', geo: '地理图', tour: '演示卡片', present: '演示模式', outcomes: '合作成效和媒体报道', embed: '嵌入模式', embedDialog: '嵌入代码' },
    failed: (part, why, reload) => `${part}未能加载（${why}）。请检查网络后${reload ? '重新加载页面' : '重试'}。`,
    reload: '重新加载页面',
    loading: (part) => `正在加载${part}…`,
    boundariesMissing: '区界数据未能加载，无法绘制地图。右侧列表仍列出全部结对，可逐一查看。',
    retry: '重试',
    timelineFailed: (why) => `时间线未能加载（${why}）。`,
  },
  en: {
    part: { boundaries: 'The district boundaries', download: 'The download feature', timeline: 'The timeline', search: 'Search', national: 'The map of China', geo: 'The geographic view', tour: 'The presentation cards', present: 'Presentation mode', outcomes: 'The results and news reports', embed: 'Embed mode', embedDialog: 'The embed code' },
    failed: (part, why, reload) => `${part} could not be loaded (${why}). Check the connection and ${reload ? 'reload the page' : 'try again'}.`,
    reload: 'Reload the page',
    loading: (part) => `${part}: loading…`,
    boundariesMissing: 'The district boundaries could not be loaded, so the map cannot be drawn. The list beside it still has every pairing.',
    retry: 'Try again',
    timelineFailed: (why) => `The timeline could not be loaded (${why}).`,
  },
};

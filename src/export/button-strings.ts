// The Download button's labels, in both languages: the only strings of the feature in the first paint.
import type { Lang } from '../i18n/strings';

export const BUTTON_STRINGS: Record<Lang, { button: string; buttonLabel: string; embedData: string; embedDataLabel: string }> = {
  zh: { button: '下载', buttonLabel: '下载图片或数据', embedData: '获取数据（CSV）', embedDataLabel: '获取数据：结对表 CSV 文件（新窗口）' },
  en: { button: 'Download', buttonLabel: 'Download an image or the data', embedData: 'Get the data (CSV)', embedDataLabel: 'Get the data: the pairings as a CSV file (new window)' },
};

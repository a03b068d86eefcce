// The Download button's labels, in both languages: the only strings of the feature in the first paint.
import type { Lang } from '../i18n/strings';

export const BUTTON_STRINGS: Record<Lang, { button: string; buttonLabel: string; embedData: string; embedDataLabel: string; loadFailed: string }> = {
  zh: { button: '下载', buttonLabel: '下载图片或数据', embedData: '获取数据（CSV）', embedDataLabel: '获取数据：结对表 CSV 文件（新窗口）', loadFailed: '下载功能加载失败，请检查网络后重试。' },
  en: { button: 'Download', buttonLabel: 'Download an image or the data', embedData: 'Get the data (CSV)', embedDataLabel: 'Get the data: the pairings as a CSV file (new window)', loadFailed: 'The download feature could not be loaded; check the connection and try again.' },
};

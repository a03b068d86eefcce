import type { Lang } from '../i18n/strings';

export const OFFLINE_STRINGS: Record<Lang, { ready: string }> = {
  zh: { ready: '✓ 本地图已保存在此浏览器中，断网时也可打开。' },
  en: { ready: '✓ This map is saved in this browser and opens without a network connection.' },
};

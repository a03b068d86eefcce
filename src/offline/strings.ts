import type { Lang } from '../i18n/strings';

export const OFFLINE_STRINGS: Record<Lang, { ready: string; update: string; reload: string }> = {
  zh: { ready: '✓ 本地图已保存在此浏览器中，断网时也可打开。', update: '本地图已有新版本。', reload: '重新加载' },
  en: { ready: '✓ This map is saved in this browser and opens without a network connection.', update: 'A new version of this map is available.', reload: 'Reload' },
};

// Embed mode's strings, in both languages: loaded with it (embed-mode.ts), only in an embed.
import type { Lang } from '../i18n/strings';

const zh = {
  sourcePrefix: '来源：',
  openFull: '打开完整地图',
  openFullLabel: '在新窗口打开完整地图',
  gestureHint: '按住 Ctrl（Mac 上为 ⌘）并滚动以缩放地图',
};

const en: typeof zh = {
  sourcePrefix: 'Source: ',
  openFull: 'Open the full map',
  openFullLabel: 'Open the full map in a new window',
  gestureHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map',
};

export const MODE_STRINGS: Record<Lang, typeof zh> = { zh, en };

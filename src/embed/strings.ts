// Interface strings of embed mode and the Embed button, in both languages (first paint; the
// dialog's own strings load with it, from dialog-strings.ts).
import type { Lang } from '../i18n/strings';

const zh = {
  noticeUnknownEmbed: (v: string) => `嵌入参数“${v}”无效，应为 1 或 0。`,
  noticeBadMessage: '收到嵌入页面发来的无法识别的指令，已忽略。',
  sourcePrefix: '来源：',
  openFull: '打开完整地图',
  openFullLabel: '在新窗口打开完整地图',
  gestureHint: '按住 Ctrl（Mac 上为 ⌘）并滚动以缩放地图',
  embedButton: '嵌入',
  embedButtonLabel: '获取嵌入代码',
  loadFailed: '嵌入功能加载失败，请检查网络后重试。',
};

type EmbedStrings = typeof zh;

const en: EmbedStrings = {
  noticeUnknownEmbed: (v: string) => `The embed value “${v}” is not valid; use 1 or 0.`,
  noticeBadMessage: 'The page embedding the map sent an instruction the map does not understand; it was ignored.',
  sourcePrefix: 'Source: ',
  openFull: 'Open the full map',
  openFullLabel: 'Open the full map in a new window',
  gestureHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the map',
  embedButton: 'Embed',
  embedButtonLabel: 'Get the code to embed this map',
  loadFailed: 'The embed feature could not be loaded; check the connection and try again.',
};

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = { zh, en };

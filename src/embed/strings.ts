// Interface strings of the embed features, in both languages.
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
  dialogTitle: '嵌入此地图',
  dialogIntro: '将以下代码粘贴到文章中。它会显示当前的结对、视图和语言，并随内容自动调整高度。',
  codeLabel: '嵌入代码',
  copy: '复制代码',
  copied: '已复制',
  copyFailed: '无法自动复制，代码已选中，请按 Ctrl+C 复制。',
  preview: '预览',
  previewTitle: '嵌入预览',
  langLabel: '语言',
  iframeTitle: '津长对口合作地图',
  closeDialog: '关闭',
  scriptNote: 'embed.js 会按地图内容调整 iframe 的高度；不加载它时地图保持代码中的初始高度。地图不向第三方发送任何数据。',
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
  dialogTitle: 'Embed this map',
  dialogIntro: 'Paste this code into your article. It shows the current pairing, view and language, and sizes itself to its content.',
  codeLabel: 'Embed code',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy automatically; the code is selected, press Ctrl+C to copy it.',
  preview: 'Preview',
  previewTitle: 'Embed preview',
  langLabel: 'Language',
  iframeTitle: 'Tianjin–Changchun Pairing Map',
  closeDialog: 'Close',
  scriptNote: 'embed.js sizes the iframe to the map’s content; without it the map keeps the height in the code. The map sends no data to third parties.',
};

export const EMBED_STRINGS: Record<Lang, EmbedStrings> = { zh, en };

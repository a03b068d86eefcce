// The Embed dialog's strings, in both languages: loaded with the dialog, on the first click.
import type { Lang } from '../i18n/strings';

const zh = {
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

const en: typeof zh = {
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

export const DIALOG_STRINGS: Record<Lang, typeof zh> = { zh, en };

// Interface strings of the Download dialog and the exported images, in both languages. Loaded with
// the dialog; the button's own labels are in button-strings.ts (first paint).
import type { Lang } from '../i18n/strings';

const zh = {
  dialogTitle: '下载',
  imageHeading: '图片：当前视图',
  imageIntro: '为发表而绘制：含标题、图例、来源和示意图说明；无论在手机还是电脑上导出，结果都相同。',
  widthLegend: '宽度',
  widthColumn: '栏宽（600 像素）',
  widthFull: '通栏（1200 像素）',
  png: 'PNG（2倍分辨率）',
  svg: 'SVG（矢量）',
  working: '正在生成…',
  done: (file: string) => `已生成 ${file}`,
  failed: (why: string) => `无法生成图片：${why}`,
  noMap: '当前没有可导出的地图，请等地图加载完成后再试。',
  dataHeading: '数据',
  dataIntro: '每个表一个 CSV 文件（UTF-8 带 BOM，可直接用 Excel 打开），另有一个包含全部表的 JSON 文件。每行的 sources 列注明所据文件及章节。',
  allJson: '全部表（JSON）',
  citeHeading: '引用与许可',
  citeNote: '请注明出处：',
  licenceNote: '所引文件为公开的政府文件和新闻报道；说明文字为本站自行撰写。本站尚未为整理后的数据指定许可证，大量转载前请联系网站维护者。',
  close: '关闭',
  // In the exported image
  schematic: '示意图，不作为权属界线依据。',
  sourcePrefix: '来源：',
  boundaries: (src: string) => `边界：${src}，GCJ-02 已转换为 WGS-84。`,
};

type ExportStrings = typeof zh;

const en: ExportStrings = {
  dialogTitle: 'Download',
  imageHeading: 'Image of the current view',
  imageIntro: 'Drawn for publication, with title, legend, source and schematic-map note; the same whether exported on a phone or a computer.',
  widthLegend: 'Width',
  widthColumn: 'Column (600 px)',
  widthFull: 'Full width (1,200 px)',
  png: 'PNG (2x resolution)',
  svg: 'SVG (vector)',
  working: 'Preparing…',
  done: (file: string) => `Saved ${file}`,
  failed: (why: string) => `The image could not be made: ${why}`,
  noMap: 'There is no map to export yet; wait until it has loaded and try again.',
  dataHeading: 'Data',
  dataIntro: "One CSV file per table (UTF-8 with BOM, opens directly in Excel) and one JSON file with every table. Each row's sources column names the document and section it rests on.",
  allJson: 'All tables (JSON)',
  citeHeading: 'Citation and licence',
  citeNote: 'Please cite: ',
  licenceNote: "The documents cited are public government documents and a news report; the descriptions are the site's own wording. No licence has been chosen for the compiled data yet: ask the site's maintainers before republishing it in bulk.",
  close: 'Close',
  schematic: 'Schematic map (示意图), not an authoritative boundary map.',
  sourcePrefix: 'Source: ',
  boundaries: (src: string) => `Boundaries: ${src}, converted from GCJ-02 to WGS-84.`,
};

export const EXPORT_STRINGS: Record<Lang, ExportStrings> = { zh, en };

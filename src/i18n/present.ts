// Interface strings of presentation mode, in both languages: they load with the tour
// (src/present/tour-mode.ts). The toolbar button's words and the notices for a link the tour
// cannot use are in the first paint (src/present/entry-strings.ts); print's in src/print/strings.ts.
// The tour's fixed texts (overview, results, sources) are our own words; their facts cite the sources.
import type { Lang } from './strings';

const zh = {
  leave: '退出演示',
  next: '下一步',
  prev: '上一步',
  play: '自动播放',
  pause: '暂停',
  fullscreen: '全屏',
  exitFullscreen: '退出全屏',
  counter: (n: number, total: number) => `第 ${n} / ${total} 步`,
  counterShort: (n: number, total: number) => `${n} / ${total}`,
  controlsLabel: '演示控制',
  keysHint: ['→ 空格 下一步', '← 上一步', 'B 黑屏', 'Esc 退出'],
  blanked: '屏幕暂时空白。按任意键或点击返回当前一步。',
  reducedMotionPaused: '系统设置为减少动态效果，自动播放未开始；按“自动播放”开始。',
  stepOverview: '概览',
  stepPair: (n: number, total: number) => `结对 ${n} / ${total}`,
  stepProject: '重大项目',
  stepResults: '合作成效',
  stepSources: '资料来源',
  stepTimeline: '时间线',
  timelineTitle: '津长合作进程（2016—2020）',
  overviewTitle: '长春与天津：15组结对',
  overviewText:
    '国务院办公厅2017年的工作方案确定长春市与天津市开展对口合作。2018年的实施方案让两市的区县和功能区结对，共15组（其中3组是长春一方对天津两方，天津一侧有5个是功能区），并安排了两个重大项目。',
  overviewCount: (cc: number, tj: number) => `长春 ${cc} 个区县和功能区 · 天津 ${tj} 个区和功能区`,
  withinIt: '其中',
  focusStated: '文件明确的重点领域',
  projectsLinked: '相关重大项目',
  resultsLinked: '进展',
  fields: '重点领域',
  parts: '组成',
  resultsTitle: '合作成效（截至2018年4月）',
  sourcesTitle: '本图依据的文件',
  sourcesText: '图中每一项内容都注明所依据的文件和章节。本图为示意图，不作为权属界线依据。',
  sourcesOpen: '完整地图与来源',
};

type PresentStrings = typeof zh;

const en: PresentStrings = {
  leave: 'Leave',
  next: 'Next',
  prev: 'Back',
  play: 'Autoplay',
  pause: 'Pause',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  counter: (n: number, total: number) => `Step ${n} of ${total}`,
  counterShort: (n: number, total: number) => `${n} / ${total}`,
  controlsLabel: 'Presentation controls',
  keysHint: ['→ Space next', '← back', 'B blank', 'Esc leave'],
  blanked: 'The screen is blanked for now. Press any key or click to bring this step back.',
  reducedMotionPaused: 'Your system asks for reduced motion, so autoplay has not started; press Autoplay to start it.',
  stepOverview: 'Overview',
  stepPair: (n: number, total: number) => `Pairing ${n} of ${total}`,
  stepProject: 'Major project',
  stepResults: 'Results',
  stepSources: 'Sources',
  stepTimeline: 'Timeline',
  timelineTitle: 'Tianjin–Changchun, 2016–2020',
  overviewTitle: 'Changchun and Tianjin: 15 pairings',
  overviewText:
    "A 2017 work plan of the State Council's General Office paired the city of Changchun with Tianjin. The 2018 implementation plan then paired the two cities' districts, counties and functional zones — 15 pairings, three of them one Changchun partner with two in Tianjin, and five of Tianjin's partners functional zones rather than districts — and set out two major projects.",
  overviewCount: (cc: number, tj: number) => `Changchun: ${cc} districts, counties and zones · Tianjin: ${tj} districts and zones`,
  withinIt: 'Within it',
  focusStated: 'Focus areas a document states',
  projectsLinked: 'Major projects',
  resultsLinked: 'Progress',
  fields: 'Key fields',
  parts: 'Parts',
  resultsTitle: 'Results (to April 2018)',
  sourcesTitle: 'The documents behind this map',
  sourcesText: 'Every item on the map names the document and section it comes from. The map is a schematic map, not an authoritative boundary map.',
  sourcesOpen: 'Full map and sources',
};

export const PRESENT_STRINGS: Record<Lang, PresentStrings> = { zh, en };

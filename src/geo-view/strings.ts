// Interface strings of the geographic view, both languages.
import type { Lang } from '../i18n/strings';

export const GEO_STRINGS: Record<Lang, {
  loading: string;
  mapLabel: string;
  noWebgl: string;
  contextLost: string;
  loadFailed: string;
  /** The map's worker file (named) failed to load or start. */
  workerFailed: string;
  /** The map did not finish loading in the time allowed. */
  timeout: string;
  singleFile: string;
  districtPairs: string;
  zonePairs: string;
  subPairs: string;
  matchStated: string;
  matchRelated: string;
  legend: string;
  /** The button that turns a basemap on or off, and what it tells the reader first. */
  basemapOn: (name: string) => string;
  basemapOff: (name: string) => string;
  basemapTitle: (host: string) => string;
  resetView: string;
  /** MapLibre's own interface text (cooperative-gesture hint, zoom buttons), in the reader's language. */
  mapUi: Record<string, string>;
}> = {
  zh: {
    loading: '正在加载地理图…',
    mapLabel: '长春与天津结对合作地理示意图',
    noWebgl: '此浏览器不支持 WebGL2，以简化平面图显示，内容相同。',
    contextLost: '图形渲染中断（WebGL 上下文丢失），已改为简化平面图显示，内容相同。',
    loadFailed: '地理图加载失败，已改为简化平面图显示。',
    workerFailed: '地图的工作线程文件未能加载，已改为简化平面图显示，内容相同。',
    timeout: '地理图加载超时，已改为简化平面图显示，内容相同。',
    singleFile: '单文件版以简化平面图显示地理图，内容相同；完整的三维地图请打开网站版。',
    districtPairs: '区县结对',
    zonePairs: '功能区结对',
    subPairs: '其中（保税区）',
    matchStated: '所选任务：文件明确（粗、实）',
    matchRelated: '所选任务：主题相关（较淡）',
    legend: '图例',
    basemapOn: (name) => `底图：${name}`,
    basemapOff: () => '底图：无',
    basemapTitle: (host) => `开启后将从 ${host} 加载地图图块（第三方请求）`,
    resetView: '全图',
    mapUi: {
      'CooperativeGesturesHandler.MobileHelpText': '用两根手指移动地图',
      'CooperativeGesturesHandler.WindowsHelpText': '按住 Ctrl 并滚动以缩放地图',
      'CooperativeGesturesHandler.MacHelpText': '按住 ⌘ 并滚动以缩放地图',
      'NavigationControl.ZoomIn': '放大',
      'NavigationControl.ZoomOut': '缩小',
      'NavigationControl.ResetBearing': '拖动以旋转地图，点击恢复正北',
    },
  },
  en: {
    loading: 'Loading the geographic view…',
    mapLabel: 'Geographic map of the Changchun–Tianjin pairings',
    noWebgl: 'This browser has no WebGL2: showing a simpler flat map with the same content.',
    contextLost: 'The graphics context was lost (WebGL): showing a simpler flat map with the same content.',
    loadFailed: 'The geographic view could not be loaded: showing a simpler flat map.',
    workerFailed: 'The map’s worker file could not be loaded: showing a simpler flat map with the same content.',
    timeout: 'The geographic view took too long to load: showing a simpler flat map with the same content.',
    singleFile: 'The single-file edition shows the geographic view as a flat map with the same content; open the website for the full 3D map.',
    districtPairs: 'District pairs',
    zonePairs: 'Functional-zone pairs',
    subPairs: 'Within a pairing (bonded zones)',
    matchStated: 'Chosen task: stated (wide, solid)',
    matchRelated: 'Chosen task: related (lighter)',
    legend: 'Legend',
    basemapOn: (name) => `Basemap: ${name}`,
    basemapOff: () => 'Basemap: none',
    basemapTitle: (host) => `Turning it on loads map tiles from ${host} (a third-party request)`,
    resetView: 'Whole region',
    mapUi: {
      'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
      'CooperativeGesturesHandler.WindowsHelpText': 'Hold Ctrl and scroll to zoom the map',
      'CooperativeGesturesHandler.MacHelpText': 'Hold ⌘ and scroll to zoom the map',
      'NavigationControl.ZoomIn': 'Zoom in',
      'NavigationControl.ZoomOut': 'Zoom out',
      'NavigationControl.ResetBearing': 'Drag to rotate the map, click to reset north',
    },
  },
};

// The paired view's own words (zoom controls, gesture hint), in both languages.
import type { Lang } from '../i18n/strings';

export const PAIRED_STRINGS: Record<Lang, { zoomIn: string; zoomOut: string; zoomReset: string; zoomGroup: string; hintWheel: string; hintTouch: string }> = {
  zh: {
    zoomIn: '放大两幅城市图',
    zoomOut: '缩小两幅城市图',
    zoomReset: '复原两幅城市图',
    zoomGroup: '城市图缩放',
    hintWheel: '按住 Ctrl（Mac 为 ⌘）滚动可缩放城市图',
    hintTouch: '点按一行查看结对，两指缩放城市图',
  },
  en: {
    zoomIn: 'Zoom in on both city maps',
    zoomOut: 'Zoom out of both city maps',
    zoomReset: 'Reset both city maps',
    zoomGroup: 'City map zoom',
    hintWheel: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom the city maps',
    hintTouch: 'Tap a row to see its pairing; two fingers zoom the maps',
  },
};

// The notices of the geographic view's URL key (`#basemap=`), apart from the view's own strings
// (strings.ts): the URL is read in the first paint, the view's code loads when it is opened.
import type { Lang } from '../i18n/strings';

export const GEO_URL_STRINGS: Record<Lang, {
  noticeUnknownBasemap: (v: string) => string;
  /** A link (or an embedding page) asked for third-party tiles: only the reader's button turns them on. */
  noticeBasemapByLink: (v: string) => string;
}> = {
  zh: {
    noticeUnknownBasemap: (v) => `没有名为“${v}”的底图，已显示无底图的地理图。`,
    noticeBasemapByLink: (v) => `链接要求显示第三方底图“${v}”；底图只能由读者在地理图中用“底图”按钮开启，已显示无底图的地理图。`,
  },
  en: {
    noticeUnknownBasemap: (v) => `There is no basemap “${v}”; showing the geographic view without one.`,
    noticeBasemapByLink: (v) => `The link asks for the third-party basemap “${v}”; only the reader turns a basemap on, with the Basemap button of the geographic view. Showing it without one.`,
  },
};

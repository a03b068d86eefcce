// The words of presentation mode that the first paint needs: the toolbar button, and the notices
// for a link the tour cannot use (read with the URL, before the tour's code is asked for). The
// tour's own words load with it (src/i18n/present.ts).
import type { Lang } from '../i18n/strings';

const zh = {
  present: '演示',
  presentLabel: '全屏演示：逐步讲解全部结对、重大项目和合作成效',
  noticeUnknownMode: (v: string) => `没有名为“${v}”的模式，已显示普通视图。`,
  noticeBadStep: (v: string, steps: number) => (steps ? `演示没有第“${v}”步（共 ${steps} 步），已从第1步开始。` : `演示没有第“${v}”步。`),
  noticeBadPlay: (v: string) => `无法识别自动播放设置“${v}”（应为 1 或 0），已关闭自动播放。`,
};

const en: typeof zh = {
  present: 'Present',
  presentLabel: 'Full-screen presentation: steps through every pairing, the major projects and the results',
  noticeUnknownMode: (v: string) => `There is no mode “${v}”; showing the normal view.`,
  noticeBadStep: (v: string, steps: number) =>
    steps ? `The presentation has no step “${v}” (it has ${steps}); starting at step 1.` : `The presentation has no step “${v}”.`,
  noticeBadPlay: (v: string) => `Autoplay “${v}” is not understood (use 1 or 0); autoplay is off.`,
};

export const PRESENT_ENTRY_STRINGS: Record<Lang, typeof zh> = { zh, en };

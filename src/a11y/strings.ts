// Interface strings of the accessibility features that the first paint shows (the skip link, the
// table's closed summary), both languages; the table's own are in table-strings.ts, loaded with its rows.
import type { Lang } from '../i18n/strings';

export const A11Y_STRINGS: Record<Lang, {
  skipToPanel: string;
  tableSummary: string;
}> = {
  zh: {
    skipToPanel: '跳到结对列表',
    tableSummary: '全部结对一览（表格）',
  },
  en: {
    skipToPanel: 'Skip to the list of pairings',
    tableSummary: 'All pairings as a table',
  },
};

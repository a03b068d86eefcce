// The printed page's footer, in both languages.
import type { Lang } from '../i18n/strings';
import { formatDate } from '../i18n/dates';

export const PRINT_STRINGS: Record<Lang, { printed: string; printDate: (d: Date) => string }> = {
  zh: { printed: '打印自', printDate: (d) => formatDate(d, 'zh') },
  en: { printed: 'Printed from', printDate: (d) => formatDate(d, 'en') },
};

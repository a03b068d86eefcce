// Dates as the page writes them, to the precision a document gives (a year, a month or a day),
// through Intl so that no month names or date orders live in our strings.
// Chinese: 2018年4月11日 (zh-CN's long month: no leading zeros, as Chinese documents write dates).
// English: 11 Apr 2018, day month year; month names from 'en', because en-GB's data writes
// September as "Sept" in newer ICU versions and a date should not change with the browser.

const cache = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

/** `value`: an ISO date of the content (`2018`, `2018-04`, `2018-04-11`) or a Date (its local calendar day). */
export function formatDate(value: string | Date, lang: 'zh' | 'en'): string {
  const [y, m, d] =
    typeof value === 'string' ? value.split('-').map(Number) : [value.getFullYear(), value.getMonth() + 1, value.getDate()];
  // Chinese has no month names and one order (年月日, numbers without leading zeros: what zh-CN's
  // long month gives, tests/unit/dates.test.ts): written here, not through Intl, whose first
  // zh-CN formatter loads the locale's data — 50–200 ms of a throttled phone's start, for the
  // timeline strip's dates.
  if (lang === 'zh') return `${y}年${m ? `${m}月${d ? `${d}日` : ''}` : ''}`;
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', ...(m ? { month: 'short' } : {}), ...(m && d ? { day: 'numeric' } : {}) };
  const parts = format('en', options).formatToParts(date);
  return ['day', 'month', 'year'].map((type) => parts.find((p) => p.type === type)?.value).filter(Boolean).join(' ');
}

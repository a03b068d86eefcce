// Dates as the page writes them, to the precision a document gives (a year, a month or a day).
// Chinese: 2018年4月11日 (no leading zeros, as Chinese documents write dates).
// English: 11 Apr 2018, day month year, with the month names of Intl's 'en' short month
// (September is "Sep": en-GB's data writes "Sept" in newer ICU versions).
// Written out here instead of asking Intl.DateTimeFormat (Chinese first, for the national view; now
// English too): the first formatter the page made loaded
// ICU's locale data, the largest single piece of the start-up's main-thread work on a throttled
// phone (a sixth of it in a CPU profile at 4×, for three formatters per language).
// tests/unit/dates.test.ts checks every month and precision against Intl's own words.

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `value`: an ISO date of the content (`2018`, `2018-04`, `2018-04-11`) or a Date (its local calendar day). */
export function formatDate(value: string | Date, lang: 'zh' | 'en'): string {
  const [y, m, d] =
    typeof value === 'string' ? value.split('-').map(Number) : [value.getFullYear(), value.getMonth() + 1, value.getDate()];
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${m && d ? `${d}日` : ''}`;
  return [m && d ? d : null, m ? MONTHS_EN[m - 1] : null, y].filter((x) => x !== null).join(' ');
}

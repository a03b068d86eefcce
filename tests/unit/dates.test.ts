// Dates through Intl (src/i18n/dates.ts): the same words as the page wrote before, at each precision.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/i18n/dates';

describe('formatDate', () => {
  it('writes Chinese dates without leading zeros, to the precision given', () => {
    expect(formatDate('2018-04-11', 'zh')).toBe('2018年4月11日');
    expect(formatDate('2017-09', 'zh')).toBe('2017年9月');
    expect(formatDate('2016', 'zh')).toBe('2016年');
  });
  it('writes Chinese dates as zh-CN Intl writes them (without asking Intl, whose locale data is slow to load)', () => {
    const intl = (options: Intl.DateTimeFormatOptions, iso: string) => {
      const [y, m = 1, d = 1] = iso.split('-').map(Number);
      return new Intl.DateTimeFormat('zh-CN', { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m - 1, d)));
    };
    for (const iso of ['2016-11-02', '2017-03-31', '2018-12-25', '2020-01-09']) expect(formatDate(iso, 'zh')).toBe(intl({ year: 'numeric', month: 'long', day: 'numeric' }, iso));
    for (const iso of ['2016-11', '2019-01']) expect(formatDate(iso, 'zh')).toBe(intl({ year: 'numeric', month: 'long' }, iso));
    expect(formatDate('2020', 'zh')).toBe(intl({ year: 'numeric' }, '2020'));
  });
  it('writes English dates day month year, September as "Sep" whatever the ICU version', () => {
    expect(formatDate('2018-04-11', 'en')).toBe('11 Apr 2018');
    expect(formatDate('2017-09-05', 'en')).toBe('5 Sep 2017');
    expect(formatDate('2017-09', 'en')).toBe('Sep 2017');
    expect(formatDate('2016', 'en')).toBe('2016');
  });
  it('writes a Date (the print line) as its local calendar day', () => {
    expect(formatDate(new Date(2026, 11, 6, 23, 30), 'zh')).toBe('2026年12月6日');
    expect(formatDate(new Date(2026, 11, 6, 0, 10), 'en')).toBe('6 Dec 2026');
  });
});

describe('formatDate against Intl', () => {
  // The page writes dates itself (no ICU data to load at start); these are Intl's words for them.
  const intl = (iso: string, lang: 'zh' | 'en') => {
    const [y, m, d] = iso.split('-').map(Number);
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', ...(m ? { month: lang === 'zh' ? 'long' : 'short' } : {}), ...(m && d ? { day: 'numeric' } : {}) };
    const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
    if (lang === 'zh') return new Intl.DateTimeFormat('zh-CN', options).format(date);
    const parts = new Intl.DateTimeFormat('en', options).formatToParts(date);
    return ['day', 'month', 'year'].map((type) => parts.find((p) => p.type === type)?.value).filter(Boolean).join(' ');
  };
  for (const lang of ['zh', 'en'] as const)
    it(`${lang}: every month, at every precision, as Intl writes it`, () => {
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        for (const iso of ['2019', `2019-${mm}`, `2019-${mm}-01`, `2019-${mm}-28`]) expect(formatDate(iso, lang), iso).toBe(intl(iso, lang));
      }
    });
});

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

// A figure's number (src/views/format.ts): written as Intl writes it, without asking Intl, whose
// number data takes 75–300 ms of the main thread to load on its first use (docs/performance.md).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { formatFigure, formatNumber } from '../../src/views/figure-format';
import type { Figure } from '../../src/content/schema';

const intl = (n: number, locale: string) => n.toLocaleString(locale);

describe('formatNumber', () => {
  it('writes the figures as toLocaleString does, in English and in Chinese', () => {
    for (const n of [0, 1, 2, 8, 9.72, 9.85, 12, 90, 150, 200, 999, 1000, 1234.5, 12345.678, 1000000, 0.0005, 0.0004, 1.0005, 2.9995, 999.9995, 123456789.125, 999999999999.9995, 434505026007.51447]) {
      expect(formatNumber(n)).toBe(intl(n, 'en'));
      expect(formatNumber(n)).toBe(intl(n, 'zh-CN'));
    }
  });
  it('agrees with toLocaleString on any number a figure may hold (0 ≤ n < 10¹², written without an exponent)', () => {
    const numbers = fc.oneof(fc.double({ min: 1e-6, max: 1e12, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 10 ** 10 }).map((n) => n / 10 ** 4), fc.nat(), fc.constant(0));
    fc.assert(fc.property(numbers, (n) => formatNumber(n) === intl(n, 'en') && formatNumber(n) === intl(n, 'zh-CN')), { numRuns: 5000 });
  });
});

describe('formatFigure', () => {
  afterEach(() => vi.restoreAllMocks());
  it('asks no Intl for its number (its locale data is slow to load on the first use)', () => {
    const toLocale = vi.spyOn(Number.prototype, 'toLocaleString');
    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    const f = { value: 12345, unit: { zh: '亿元', en: 'billion yuan' }, label: { zh: '', en: '' }, qualifier: 'more-than', enValue: 1234.5 } as unknown as Figure;
    expect(formatFigure(f, 'zh')).toBe('12,345余亿元');
    expect(formatFigure(f, 'en')).toMatch(/1,234\.5 billion yuan$/);
    expect(toLocale).not.toHaveBeenCalled();
    expect(numberFormat).not.toHaveBeenCalled();
  });
});

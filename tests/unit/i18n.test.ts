// Dates as each language writes them: the documents' own dates, shown in panels, timeline and tour.
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/i18n/strings';

describe('dates', () => {
  it('Chinese: 年月日 without leading zeros, as the documents write them', () => {
    expect(STRINGS.zh.dateFmt('2018-04-11')).toBe('2018年4月11日');
    expect(STRINGS.zh.dateFmt('2018-03-17')).toBe('2018年3月17日');
    expect(STRINGS.zh.dateFmt('2016-11')).toBe('2016年11月');
    expect(STRINGS.zh.dateFmt('2017-02')).toBe('2017年2月');
    expect(STRINGS.zh.dateFmt('2020')).toBe('2020年');
  });
  it('English: day, short month, year', () => {
    expect(STRINGS.en.dateFmt('2018-04-11')).toBe('11 Apr 2018');
    expect(STRINGS.en.dateFmt('2017-02')).toBe('Feb 2017');
    expect(STRINGS.en.dateFmt('2020')).toBe('2020');
  });
});

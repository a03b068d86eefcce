import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../../src/url-fields';
import { parseHash, serializeHash } from '../../src/url-fields';
import { preferredLang } from '../../src/state/url';

const known = {
  pairs: new Set(['chaoyang-heping', 'etdz-wuqing']),
  places: new Set(['gongzhuling', 'cc-changde', 'heping']),
  views: new Set(['paired', 'geo']),
};

describe('parseHash', () => {
  it('reads a pair and a language', () => {
    expect(parseHash('#pair=chaoyang-heping&lang=en', known)).toEqual({ state: { pair: 'chaoyang-heping', lang: 'en' }, notices: [] });
  });

  it('treats an empty or bare hash as the default view', () => {
    expect(parseHash('', known)).toEqual({ state: {}, notices: [] });
    expect(parseHash('#', known)).toEqual({ state: {}, notices: [] });
    expect(parseHash('#&&', known)).toEqual({ state: {}, notices: [] });
  });

  it('reports an unknown pair and falls back to the overview', () => {
    const r = parseHash('#pair=nowhere-nothing', known);
    expect(r.state.pair).toBeUndefined();
    expect(r.notices).toEqual([{ kind: 'unknown-pair', value: 'nowhere-nothing' }]);
  });

  it('reports an unknown language but keeps a valid pair', () => {
    const r = parseHash('#pair=etdz-wuqing&lang=fr', known);
    expect(r.state).toEqual({ pair: 'etdz-wuqing' });
    expect(r.notices).toEqual([{ kind: 'unknown-lang', value: 'fr' }]);
  });

  it('reports a malformed escape instead of throwing', () => {
    expect(parseHash('#pair=%E0%A4%A', known)).toEqual({ state: {}, notices: [{ kind: 'malformed', value: 'pair' }] });
    expect(parseHash('#%', known).notices).toEqual([{ kind: 'malformed', value: '%' }]);
  });

  it('loses only the field with a bad escape: embed, language and the rest survive', () => {
    // A journalist's `100%`, and the reliability probe's truncated UTF-8 escape.
    expect(parseHash('#pair=100%&lang=en&embed=1', known)).toEqual({ state: { lang: 'en', embed: true }, notices: [{ kind: 'malformed', value: 'pair' }] });
    expect(parseHash('#embed=1&pair=%E0%A4%A&view=paired', known)).toEqual({ state: { embed: true, view: 'paired' }, notices: [{ kind: 'malformed', value: 'pair' }] });
    expect(parseHash('#pair=etdz-wuqing&lang=%ZZ&embed=1', known).state).toEqual({ pair: 'etdz-wuqing', embed: true });
  });

  it('never trusts hostile values: they are clipped, reported, and not selected', () => {
    const script = '<img src=x onerror=alert(1)>';
    const r = parseHash(`#pair=${encodeURIComponent(script)}`, known);
    expect(r.state.pair).toBeUndefined();
    expect(r.notices[0]).toEqual({ kind: 'unknown-pair', value: script });
    const long = parseHash(`#pair=${'a'.repeat(5000)}`, known);
    expect(long.notices[0]!.kind).toBe('unknown-pair');
    expect((long.notices[0] as { value: string }).value.length).toBeLessThanOrEqual(65);
    expect(parseHash('#pair=__proto__&constructor=1', known).state).toEqual({});
    expect(parseHash('#pair=toString', known).notices[0]).toEqual({ kind: 'unknown-pair', value: 'toString' });
  });

  it('reads a place, but a pair wins over a place', () => {
    expect(parseHash('#place=gongzhuling', known).state).toEqual({ place: 'gongzhuling' });
    expect(parseHash('#pair=chaoyang-heping&place=gongzhuling', known).state).toEqual({ pair: 'chaoyang-heping' });
    expect(parseHash('#place=atlantis', known).notices).toEqual([{ kind: 'unknown-place', value: 'atlantis' }]);
  });

  it('reads a known view and reports an unknown one', () => {
    expect(parseHash('#view=geo', known).state).toEqual({ view: 'geo' });
    expect(parseHash('#view=3d', known)).toEqual({ state: {}, notices: [{ kind: 'unknown-view', value: '3d' }] });
    expect(serializeHash({ ...DEFAULT_STATE, view: 'paired' })).toBe('#lang=zh');
  });

  it('decodes + and percent escapes like a form would', () => {
    expect(parseHash('#pair=chaoyang%2Dheping', known).state.pair).toBe('chaoyang-heping');
  });
});

describe('serializeHash', () => {
  it('round-trips through parseHash', () => {
    for (const state of [
      { ...DEFAULT_STATE, lang: 'zh' as const, pair: null, place: null, view: 'paired', embed: false },
      { ...DEFAULT_STATE, lang: 'en' as const, pair: 'chaoyang-heping', place: null, view: 'geo', embed: true },
      { ...DEFAULT_STATE, lang: 'en' as const, pair: null, place: 'cc-changde', view: 'paired', embed: false },
      { ...DEFAULT_STATE, lang: 'zh' as const, pair: 'chaoyang-heping', place: null, view: 'geo', task: null },
    ]) {
      const parsed = parseHash(serializeHash(state), known);
      expect(parsed.notices).toEqual([]);
      expect({ ...DEFAULT_STATE, ...parsed.state }).toEqual(state);
    }
  });
});

describe('preferredLang', () => {
  it('follows the first Chinese or English preference, else Chinese', () => {
    expect(preferredLang(['en-US', 'zh-CN'])).toBe('en');
    expect(preferredLang(['zh-TW'])).toBe('zh');
    expect(preferredLang(['fr-FR', 'en'])).toBe('en');
    expect(preferredLang(['fr-FR'])).toBe('zh');
    expect(preferredLang([])).toBe('zh');
  });
});

describe('the key-task filter in the URL', () => {
  const withTasks = { ...known, tasks: new Set(Array.from({ length: 18 }, (_, i) => i + 1)), groups: new Set([1, 2, 3, 4, 5]) };
  it('reads a task and a group, and a task wins over a group', () => {
    expect(parseHash('#task=6', withTasks)).toEqual({ state: { task: 6 }, notices: [] });
    expect(parseHash('#group=2', withTasks)).toEqual({ state: { group: 2 }, notices: [] });
    expect(parseHash('#task=6&group=2', withTasks)).toEqual({ state: { task: 6 }, notices: [] });
  });
  it('writes them back, the group only without a task', () => {
    expect(serializeHash({ ...DEFAULT_STATE, task: 6 })).toBe('#lang=zh&task=6');
    expect(serializeHash({ ...DEFAULT_STATE, group: 3 })).toBe('#lang=zh&group=3');
    expect(serializeHash({ ...DEFAULT_STATE, task: 6, group: 3 })).toBe('#lang=zh&task=6');
  });
  it('reports unknown and hostile values with a notice and applies no filter', () => {
    for (const v of ['19', '0', '06', '-1', '6.0', ' 6', '1e1', 'six', '__proto__', '<b>x</b>', '9'.repeat(300)]) {
      const r = parseHash(`#task=${encodeURIComponent(v)}`, withTasks);
      expect(r.state, v).toEqual({});
      expect(r.notices[0]!.kind, v).toBe('unknown-task');
      expect((r.notices[0] as { value: string }).value.length).toBeLessThanOrEqual(65);
    }
    expect(parseHash('#group=6', withTasks).notices).toEqual([{ kind: 'unknown-group', value: '6' }]);
    // Without known tasks (a caller that passes none), nothing is accepted.
    expect(parseHash('#task=6', known).notices).toEqual([{ kind: 'unknown-task', value: '6' }]);
  });
});

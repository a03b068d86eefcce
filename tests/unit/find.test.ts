// The search's normal form, the build-time pinyin index, ranking, and the key-task filter sets.
import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/index';
import { normalize } from '../../src/find/normalize';
import { buildEntries, search } from '../../src/find/search-index';
import { filterMatches } from '../../src/model/filter';
import { buildPinyinIndex } from '../../config/search-index';

const pinyin = buildPinyinIndex(content);
const entries = buildEntries(content, pinyin);
const top = (q: string) => search(entries, q)[0]?.entry.id;

describe('normalize', () => {
  it('drops tones, case, spaces, apostrophes and hyphens', () => {
    for (const q of ['Heping', 'heping', 'HEPING', 'hépíng', 'Hépíng', 'he ping', 'He-Ping', "he'ping", ' h e p i n g '])
      expect(normalize(q), q).toBe('heping');
    expect(normalize("Nóng'ān Xiàn")).toBe('nonganxian');
    expect(normalize('Lǜyuán')).toBe('luyuan');
  });
  it('folds full-width forms to half-width', () => {
    expect(normalize('ＨＥＰＩＮＧ')).toBe('heping');
    expect(normalize('ｈｅ　ｐｉｎｇ')).toBe('heping');
    expect(normalize('１２')).toBe('12');
  });
  it('keeps Chinese as it is, minus punctuation', () => {
    expect(normalize('和平区')).toBe('和平区');
    expect(normalize('津长双创城（“一城”）')).toBe('津长双创城一城');
  });
});

describe('the pinyin index (build time)', () => {
  it('has 和平区 with full pinyin and initials, with and without 区', () => {
    expect(pinyin['和平区']!.full).toEqual(expect.arrayContaining(['hepingqu', 'heping']));
    expect(pinyin['和平区']!.initials).toEqual(expect.arrayContaining(['hpq', 'hp']));
  });
  it('reads polyphonic names as the places are called (长春 chang, 朝阳 chao), agreeing with the units’ own pinyin', () => {
    for (const unit of content.units) expect(pinyin[unit.name.zh]!.full, unit.name.zh).toContain(normalize(unit.pinyin));
    expect(pinyin['长春新区']!.full).toContain('changchunxinqu');
  });
  it('covers every unit, zone, project and part, and holds nothing but ASCII keys', () => {
    for (const name of [...content.units.map((u) => u.name.zh), ...content.zones.map((z) => z.short.zh), ...content.projects.flatMap((p) => p.parts.map((x) => x.name.zh))])
      expect(pinyin[name], name).toBeDefined();
    for (const { full, initials } of Object.values(pinyin)) for (const k of [...full, ...initials]) expect(k).toMatch(/^[a-z]+$/);
  });
});

describe('search', () => {
  it('finds 和平区 every way a reader might type it', () => {
    for (const q of ['和平', '和平区', 'Heping', 'heping', 'hépíng', 'he ping', 'HEPING', 'ＨＥＰＩＮＧ', 'hp', 'Heping District']) expect(top(q), q).toBe('heping');
  });
  it('finds zones by partial Chinese, pinyin and initials, and ü typed as v or u', () => {
    expect(top('净月')).toBe('cc-jingyue');
    expect(top('jingyue')).toBe('cc-jingyue');
    expect(top('jygxq')).toBe('cc-jingyue');
    expect(top('lvyuan')).toBe('lvyuan');
    expect(top('luyuan')).toBe('lvyuan');
    expect(top("nong'an")).toBe('nongan');
  });
  it('ranks exact over prefix over substring', () => {
    const hexi = search(entries, 'hexi');
    expect(hexi[0]!.entry.id).toBe('hexi');
    expect(hexi[0]!.score).toBe(3);
    // "bei": a prefix of Beichen (2) before Hebei, which only contains it (1); scores never rise down the list.
    const bei = search(entries, 'bei', 30);
    const scores = bei.map((h) => h.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    const ids = bei.map((h) => h.entry.id);
    expect(bei[ids.indexOf('beichen')]!.score).toBe(2);
    expect(bei[ids.indexOf('hebei')]!.score).toBe(1);
    expect(ids.indexOf('beichen')).toBeLessThan(ids.indexOf('hebei'));
    // Chinese too: 和平区 exactly (3) before a name that starts with 和平 (none) or contains it.
    expect(search(entries, '和平区')[0]!.score).toBe(3);
    expect(search(entries, '和平')[0]!.score).toBe(2);
    // Initials never match inside a word: "pq" is in hpq but is not a prefix.
    expect(search(entries, 'pq').map((h) => h.entry.id)).not.toContain('heping');
  });
  it('sends each result where clicking it on the map would', () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('heping')!.target).toEqual({ pair: 'chaoyang-heping' });
    expect(byId.get('gongzhuling')!.target).toEqual({ place: 'gongzhuling' });
    expect(byId.get('cc-changde')!.target).toEqual({ place: 'cc-changde' });
    // A project is shown where it lies (src/projects): its zones, not a pairing that mentions it.
    expect(byId.get('jinchang-innovation-base')!.target).toEqual({ project: 'jinchang-innovation-base' });
    expect(byId.get('industrial-park-biomedicine')!.target).toEqual({ place: 'cc-beihu' });
  });
  it('returns nothing for an empty or unmatched query, and never throws on junk', () => {
    expect(search(entries, '')).toEqual([]);
    expect(search(entries, '  -\'')).toEqual([]);
    expect(search(entries, 'zzqx')).toEqual([]);
    expect(() => search(entries, '\u0000%E0<script>'.repeat(100))).not.toThrow();
  });
});

describe('the key-task filter', () => {
  it('collects the pairings linked to a task, stated beating related, and a group’s tasks together', () => {
    const t10 = filterMatches(content, { task: 10, group: null })!;
    const want = content.pairings.filter((p) => p.focus.some((f) => f.task === 10)).map((p) => p.id);
    expect([...t10.pairs.keys()].sort()).toEqual(want.sort());
    const g1 = filterMatches(content, { task: null, group: 1 })!;
    expect(Object.fromEntries(g1.pairs)).toEqual({ 'new-area-binhai': 'stated', 'xinglong-bonded': 'related' });
    expect(g1.sources).toEqual([expect.objectContaining({ doc: 'plan2018', section: '§三(一)' })]);
  });
  it('a task wins over a group; unknown ids give no filter', () => {
    expect(filterMatches(content, { task: 13, group: 1 })!.kind).toBe('task');
    expect(filterMatches(content, { task: 99, group: null })).toBeNull();
    expect(filterMatches(content, { task: null, group: null })).toBeNull();
  });
  it('marks a project stated only when both its links are stated', () => {
    const t13 = filterMatches(content, { task: 13, group: null })!;
    expect(t13.projects.get('jinchang-innovation-base')).toBe('stated');
    expect(filterMatches(content, { task: 10, group: null })!.projects.size).toBe(0);
  });
});

// The national content: the seven pairings of workplan2017 §二 with both partners, what we hold
// about each, plan2018hg's 18 tasks, the timeline in date order; every record cited with a section
// its document has; names as workplan2017 writes them; broken records rejected by name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nationalContent, type NationalContent } from '../../src/content/national/index';
import { assertValidNational, validateNational } from '../../src/content/national/validate';
import { NATIONAL_PAIRING_IDS, TIMELINE_EVENT_IDS } from '../../src/content/national/ids';
import { inDateOrder, sortKey } from '../../src/content/national/timeline-order';
import type { DocId, Source } from '../../src/content/schema';
import { documents } from '../../src/content/documents';
import { documentText, sectionsOfDoc } from '../source-sections';
const text = (doc: DocId) => documentText(doc);

const SOURCES_DIR = new URL('../fixtures/shared/sources/', import.meta.url);

/** Section ids from the document's own headings (tests/source-sections.ts). */
const sectionsOf = (doc: DocId): Set<string> => new Set(sectionsOfDoc(doc).keys());

function allSources(c: NationalContent): { path: string; source: Source }[] {
  const out: { path: string; source: Source }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}.${i}`));
    else if (v && typeof v === 'object') {
      if ('doc' in v && 'section' in v) out.push({ path, source: v as Source });
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    }
  };
  for (const [k, list] of Object.entries(c)) walk(list, k);
  return out;
}

const clone = (): NationalContent => structuredClone(nationalContent);

describe('national content', () => {
  it('is valid', () => {
    expect(validateNational(nationalContent)).toEqual([]);
  });

  it('has the seven pairings of workplan2017 §二 with both partners, in its order', () => {
    const name = (id: string) => nationalContent.places.find((p) => p.id === id)!.name.zh;
    const pairs = [...nationalContent.pairings].sort((a, b) => a.order - b.order).map((p) => `${name(p.northeast)}与${name(p.east)}`);
    expect(pairs).toEqual(['辽宁省与江苏省', '吉林省与浙江省', '黑龙江省与广东省', '沈阳市与北京市', '大连市与上海市', '长春市与天津市', '哈尔滨市与深圳市']);
    // …and the work plan writes exactly these pairs.
    const s2 = text('workplan2017');
    for (const p of pairs) expect(s2, p).toContain(p);
    expect(nationalContent.pairings.filter((p) => p.level === 'province')).toHaveLength(3);
    expect([...nationalContent.pairings].sort((a, b) => a.order - b.order).map((p) => p.id)).toEqual([...NATIONAL_PAIRING_IDS]);
  });

  it('notes 内蒙古 with no partner, as §二 does', () => {
    expect(nationalContent.notes.map((n) => n.place)).toEqual(['neimenggu']);
    expect(nationalContent.pairings.some((p) => p.northeast === 'neimenggu' || p.east === 'neimenggu')).toBe(false);
    expect(text('workplan2017')).toContain('支持内蒙古自治区主动对接东部省市');
  });

  it('says which documents cover each pairing: plan2018 + progress2018 for Tianjin–Changchun, plan2018hg for Heilongjiang–Guangdong and Harbin–Shenzhen, workplan2017 alone for the rest', () => {
    const docs = Object.fromEntries(nationalContent.pairings.map((p) => [p.id, p.coverage.map((c) => c.doc)]));
    expect(docs).toEqual({
      'liaoning-jiangsu': ['workplan2017'],
      'jilin-zhejiang': ['workplan2017'],
      'heilongjiang-guangdong': ['workplan2017', 'plan2018hg'],
      'shenyang-beijing': ['workplan2017'],
      'dalian-shanghai': ['workplan2017'],
      'changchun-tianjin': ['workplan2017', 'plan2018', 'progress2018'],
      'harbin-shenzhen': ['workplan2017', 'plan2018hg'],
    });
    expect(text('plan2018hg')).toContain('哈爾濱市與深圳市對口合作');
  });

  it('has the 18 tasks of plan2018hg §四 in 4 groups, each citing its own item', () => {
    expect(nationalContent.hgTaskGroups.map((g) => g.id)).toEqual([1, 2, 3, 4]);
    expect(nationalContent.hgTasks.map((t) => t.id)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const groupOf = (id: number) => (id <= 5 ? 1 : id <= 10 ? 2 : id <= 14 ? 3 : 4);
    for (const t of nationalContent.hgTasks) {
      expect(t.group, `task ${t.id}`).toBe(groupOf(t.id));
      expect(t.sources).toEqual([expect.objectContaining({ doc: 'plan2018hg', section: `§四(${'一二三四'[t.group - 1]})${t.id}` })]);
    }
  });

  it('has 13 events of the documents and 8 of later news reports in date order, each cited, month- and year-only dates after the days they contain', () => {
    expect(inDateOrder(nationalContent.timeline).map((e) => e.id)).toEqual([...TIMELINE_EVENT_IDS]);
    expect(nationalContent.timeline.filter((e) => e.kind !== 'news')).toHaveLength(13);
    expect(nationalContent.timeline.filter((e) => e.kind === 'news')).toHaveLength(8);
    // A news event cites only news reports, as a whole (§全文), never the plan.
    for (const e of nationalContent.timeline.filter((x) => x.kind === 'news')) expect(e.sources.every((x) => x.doc.startsWith('news-') && x.section === '§全文'), e.id).toBe(true);
    expect(sortKey('2018-03-17') < sortKey('2018-04-11')).toBe(true);
    expect(sortKey('2018-04-11') < sortKey('2018')).toBe(true);
    expect(sortKey('2017-02') < sortKey('2017-03')).toBe(true);
    const dates = inDateOrder(nationalContent.timeline.filter((e) => e.kind !== 'news')).map((e) => e.date);
    // workplan2017: issued 2017-03-07 (not the repost's 2017-03-19).
    expect(dates).toEqual(['2016-11', '2017-02', '2017-03-07', '2017-06', '2017-09', '2018-03-17', '2018-03-17', '2018-04-11', '2018', '2018', '2019', '2020', '2020']);
  });

  it('every cited section exists in its document', () => {
    const sets = new Map<DocId, Set<string>>();
    const bad: string[] = [];
    const all = allSources(nationalContent);
    for (const { path, source } of all) {
      if (!sets.has(source.doc)) sets.set(source.doc, sectionsOf(source.doc));
      if (!sets.get(source.doc)!.has(source.section)) bad.push(`${path}: ${source.doc} ${source.section}`);
    }
    expect(bad).toEqual([]);
    expect(all.length).toBeGreaterThan(60);
    expect(sectionsOf('plan2018hg').has('§四(四)18')).toBe(true);
    expect(sectionsOf('plan2018hg').has('§通知')).toBe(true);
  });

  it('dates the documents as they date themselves', () => {
    expect(text('plan2018')).toContain('2018年3月17日');
    expect(text('plan2018hg')).toContain('2018年3月17日');
    // The file's only date is the repost's time stamp: the document was issued (印发) on 7 March
    // and announced by Xinhua on 17 March 2017 (../shared/sources/README.md), never 19 March.
    expect(text('workplan2017')).toContain('时间: 2017-03-19');
    const wp = documents.find((d) => d.id === 'workplan2017')!;
    expect([wp.issued, wp.published]).toEqual(['2017-03-07', '2017-03-17']);
    expect([...documents.flatMap((d) => [d.issued, d.published]), ...nationalContent.timeline.map((e) => e.date)]).not.toContain('2017-03-19');
    expect(text('progress2018')).toContain('4月11日,国家发改委发文');
    expect(text('progress2018')).toContain('2017年2月和6月,津长两市分别在长春和天津');
    expect(text('progress2018')).toContain('2017年9月');
    expect(text('plan2018')).toMatch(/2018年，[\s\S]*2019年，[\s\S]*2020年，/);
    expect(text('plan2018hg')).toMatch(/2018—2019 年[\s\S]*2020 年/);
  });
});

describe('broken national records are rejected, naming file, record and field', () => {
  const expectProblem = (c: NationalContent, match: { file: string; record: string; field: string }) => {
    const problems = validateNational(c);
    expect(problems).toContainEqual(expect.objectContaining(match));
    expect(() => assertValidNational(c)).toThrow(`${match.file}: record "${match.record}": field "${match.field}"`);
  };

  it('an unknown partner', () => {
    const c = clone();
    c.pairings[0]!.east = 'atlantis';
    expectProblem(c, { file: 'src/content/national/pairings.ts', record: 'liaoning-jiangsu', field: 'east' });
  });
  it('a pairing with no source', () => {
    const c = clone();
    c.pairings[1]!.sources = [];
    expectProblem(c, { file: 'src/content/national/pairings.ts', record: 'jilin-zhejiang', field: 'sources' });
  });
  it('coverage of a document that it does not cite', () => {
    const c = clone();
    c.pairings[2]!.coverage[1]!.sources = [{ doc: 'workplan2017', section: '§二', evidence: ['黑龙江省与广东省'] }];
    expectProblem(c, { file: 'src/content/national/pairings.ts', record: 'heilongjiang-guangdong', field: 'coverage.1.sources' });
  });
  it('a task without English', () => {
    const c = clone();
    c.hgTasks[4]!.title.en = '';
    expectProblem(c, { file: 'src/content/national/hg-tasks.ts', record: '5', field: 'title.en' });
  });
  it('a timeline event with a bad date or an unknown place', () => {
    const c = clone();
    c.timeline[0]!.date = 'Nov 2016';
    expectProblem(c, { file: 'src/content/national/timeline.ts', record: 'delegation-2016-11', field: 'date' });
    const d = clone();
    d.timeline[1]!.places = ['changchun', 'gotham'];
    expectProblem(d, { file: 'src/content/national/timeline.ts', record: 'joint-meeting-2017-02', field: 'places.1' });
  });
  it('a section that is not a section', () => {
    const c = clone();
    c.timeline[2]!.sources = [{ doc: 'workplan2017', section: 'page 2', evidence: ['二'] }];
    expectProblem(c, { file: 'src/content/national/timeline.ts', record: 'workplan-2017-03', field: 'sources.0.section' });
  });
});

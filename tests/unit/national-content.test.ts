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

const SOURCES_DIR = new URL('../fixtures/shared/sources/', import.meta.url);
const FILES: Record<DocId, string> = {
  plan2018: 'ndrc-2018-437-tianjin-changchun-plan.txt',
  workplan2017: 'gov-2017-22-northeast-east-pairing-workplan.txt',
  progress2018: '2018-04-tianjin-changchun-progress-report.txt',
  plan2018hg: 'ndrc-2018-heilongjiang-guangdong-plan.zh-Hant.txt',
};
const text = (doc: DocId) => readFileSync(new URL(FILES[doc], SOURCES_DIR), 'utf8');

/** Section ids from the document's own headings (as in content.test.ts), plus the parts before §一. */
function sectionsOf(doc: DocId): Set<string> {
  const full = text(doc);
  const at = full.indexOf('\n附件\n');
  const body = at >= 0 ? full.slice(at) : full;
  const found = new Set<string>();
  let top: string | null = null;
  let sub: string | null = null;
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^([一二三四五六七八九十]+)、/))) (top = m[1]!), (sub = null), found.add(`§${top}`);
    else if (top && (m = line.match(/^[（(]([一二三四五六七八九十]+)[）)]/))) (sub = m[1]!), found.add(`§${top}(${sub})`);
    else if (top && (m = line.match(/^(\d+)[.．]/))) found.add(sub ? `§${top}(${sub})${m[1]}` : `§${top}${m[1]}`);
  }
  // §通知: a cover notice, signed and dated before the attachment.
  if (at >= 0 && /\d{4}年\d{1,2}月\d{1,2}日/.test(full.slice(0, at))) found.add('§通知');
  // §题头: a header line with the publication date.
  if (/时间[:：]\s*\d{4}-\d{2}-\d{2}/.test(full.split('\n').slice(0, 3).join('\n'))) found.add('§题头');
  // §导语: a news report's lead, before its first section.
  if (/\d+月\d+日讯/.test(full.slice(0, full.indexOf('一、')))) found.add('§导语');
  return found;
}

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
      expect(t.sources).toEqual([{ doc: 'plan2018hg', section: `§四(${'一二三四'[t.group - 1]})${t.id}` }]);
    }
  });

  it('has 13 timeline events in date order, each cited, month- and year-only dates after the days they contain', () => {
    expect(inDateOrder(nationalContent.timeline).map((e) => e.id)).toEqual([...TIMELINE_EVENT_IDS]);
    expect(nationalContent.timeline).toHaveLength(13);
    expect(sortKey('2018-03-17') < sortKey('2018-04-11')).toBe(true);
    expect(sortKey('2018-04-11') < sortKey('2018')).toBe(true);
    expect(sortKey('2017-02') < sortKey('2017-03')).toBe(true);
    const dates = inDateOrder(nationalContent.timeline).map((e) => e.date);
    expect(dates).toEqual(['2016-11', '2017-02', '2017-03', '2017-06', '2017-09', '2018-03-17', '2018-03-17', '2018-04-11', '2018', '2018', '2019', '2020', '2020']);
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
    expect(text('workplan2017')).toContain('时间: 2017-03-19');
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
    c.pairings[2]!.coverage[1]!.sources = [{ doc: 'workplan2017', section: '§二' }];
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
    c.timeline[2]!.sources = [{ doc: 'workplan2017', section: 'page 2' }];
    expectProblem(c, { file: 'src/content/national/timeline.ts', record: 'workplan-2017-03', field: 'sources.0.section' });
  });
});

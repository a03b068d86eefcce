// The content: it validates, it has exactly the records of the plan, every record is
// cited and bilingual, every cited section exists in its document, the reference data
// agrees, and the validator rejects broken records naming file, record and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content, type FullContent as Content } from '../../src/content/index';
import { assertValidContent, CONTENT_FILES, FOCUS_SUMMARIES_FILE, validateContent, validateFocusSummaries, type ContentProblem } from '../../src/content/validate';
import { focusSummaries } from '../../src/content/focus-summaries';
import type { DocId, Source } from '../../src/content/schema';
import { documentText, sectionsOfDoc } from '../source-sections';

// Copies of ../shared, so the tests run in any clone; shared-copies.test.ts keeps them equal.
const SOURCES_DIR = new URL('../fixtures/shared/sources/', import.meta.url);
const REFERENCE = new URL('../fixtures/shared/reference/places.json', import.meta.url);
const CJK = /[\u3400-\u9fff]/;

const pairing = (id: string) => {
  const p = content.pairings.find((x) => x.id === id);
  if (!p) throw new Error(`no pairing ${id}`);
  return p;
};

describe('content validity', () => {
  it('passes the schemas and the cross-reference checks', () => {
    expect(validateContent(content)).toEqual([]);
    expect(() => assertValidContent(content, focusSummaries)).not.toThrow();
  });
});

describe('counts and the plan’s list of pairings (plan2018 §三(四)15)', () => {
  it('has 27 units: 11 in Changchun, 16 in Tianjin, ordered by code', () => {
    expect(content.units).toHaveLength(27);
    expect(content.units.filter((u) => u.city === 'changchun')).toHaveLength(11);
    expect(content.units.filter((u) => u.city === 'tianjin')).toHaveLength(16);
    const codes = content.units.map((u) => u.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('has 13 zones, 5 task groups and 18 tasks', () => {
    expect(content.zones).toHaveLength(13);
    expect(content.focusGroups.map((g) => g.id)).toEqual([1, 2, 3, 4, 5]);
    expect(content.focusAreas.map((t) => t.id)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const groupOf = Object.fromEntries(content.focusAreas.map((t) => [t.id, t.group]));
    // §三(一) 1–5, (二) 6–10, (三) 11–13, (四) 14–16, (五) 17–18.
    expect(groupOf).toEqual({
      1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 2, 10: 2,
      11: 3, 12: 3, 13: 3, 14: 4, 15: 4, 16: 4, 17: 5, 18: 5,
    });
  });

  it('has 15 top-level pairings with order 1..15, each once, plus one sub-pairing', () => {
    const top = content.pairings.filter((p) => p.parent === undefined);
    expect(top).toHaveLength(15);
    expect(top.map((p) => p.order).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const subs = content.pairings.filter((p) => p.parent !== undefined);
    expect(subs.map((p) => [p.id, p.parent, p.order])).toEqual([['xinglong-bonded', 'etdz-wuqing', 2]]);
    expect(pairing('etdz-wuqing').order).toBe(2);
  });

  it('names the parties exactly as the plan does, in its order', () => {
    const list = content.pairings
      .filter((p) => p.parent === undefined)
      .sort((a, b) => a.order - b.order)
      .map((p) => [p.id, p.changchun, p.tianjin]);
    expect(list).toEqual([
      ['new-area-binhai', ['cc-new-area'], ['binhai']],
      ['etdz-wuqing', ['cc-etdz'], ['wuqing']],
      ['jingyue-nankai', ['cc-jingyue'], ['nankai', 'tj-cbd']],
      ['auto-ninghe', ['cc-auto'], ['ninghe', 'tj-teda']],
      ['lianhuashan-jinghai', ['cc-lianhuashan'], ['jinghai', 'tj-eco-city']],
      ['chaoyang-heping', ['chaoyang'], ['heping']],
      ['nanguan-hexi', ['nanguan'], ['hexi']],
      ['kuancheng-hongqiao', ['kuancheng'], ['hongqiao']],
      ['erdao-hedong', ['erdao'], ['hedong']],
      ['lvyuan-hebei', ['lvyuan'], ['hebei']],
      ['shuangyang-jinnan', ['shuangyang'], ['jinnan']],
      ['jiutai-beichen', ['jiutai'], ['beichen']],
      ['yushu-xiqing', ['yushu'], ['xiqing']],
      ['nongan-baodi', ['nongan'], ['baodi']],
      ['dehui-dongli', ['dehui'], ['dongli']],
    ]);
    const sub = pairing('xinglong-bonded');
    expect([sub.changchun, sub.tianjin]).toEqual([['cc-xinglong'], ['tj-port-ftz', 'tj-dongjiang']]);
  });

  it('matches the plan text: each pairing appears in §三(四)15, in this order', () => {
    const plan = docText('plan2018');
    const item15 = plan.slice(plan.indexOf('15. 加强重点区县和功能区合作'), plan.indexOf('16. 加强多层次合作体系建设'));
    expect(item15.length).toBeGreaterThan(100);
    const nameOf = (id: string) => (content.units.find((u) => u.id === id) ?? content.zones.find((z) => z.id === id))!.name.zh;
    const top = content.pairings.filter((p) => p.parent === undefined).sort((a, b) => a.order - b.order);
    // Each pairing's text runs from its Changchun party's name to the next pairing's.
    const starts = top.map((p) => item15.indexOf(nameOf(p.changchun[0]!)));
    expect(starts.every((at, i) => at >= 0 && (i === 0 || at > starts[i - 1]!)), `starts ${starts.join(',')}`).toBe(true);
    for (const p of content.pairings) {
      const i = top.findIndex((t) => t.order === p.order);
      const segment = item15.slice(starts[i]!, starts[i + 1] ?? item15.length);
      for (const id of [...p.changchun, ...p.tianjin]) expect(segment.includes(nameOf(id)), `${p.id}: ${nameOf(id)}`).toBe(true);
    }
    // The sub-pairing is the bracketed clause of item 2.
    expect(item15).toContain('（长春兴隆综合保税区对接天津港保税区和东疆保税港区）');
  });

  it('leaves only 公主岭市 and 蓟州区 unpaired, each with a reason and a source', () => {
    const unpaired = content.units.filter((u) => u.unpaired);
    expect(unpaired.map((u) => u.id).sort()).toEqual(['gongzhuling', 'jizhou']);
    for (const u of unpaired) {
      expect(u.unpaired!.reason.zh.length).toBeGreaterThan(10);
      expect(u.unpaired!.reason.en.length).toBeGreaterThan(10);
      expect(u.unpaired!.sources).toContainEqual(expect.objectContaining({ doc: 'plan2018', section: '§三(四)15' }));
    }
    const named = new Set(content.pairings.flatMap((p) => [...p.changchun, ...p.tianjin]));
    for (const u of content.units) expect(named.has(u.id), u.id).toBe(!u.unpaired);
  });

  it('links task 15 as stated in every pairing, and explains every related link', () => {
    for (const p of content.pairings) {
      expect(p.focus.find((f) => f.task === 15)?.basis, p.id).toBe('stated');
      for (const f of p.focus.filter((f) => f.basis === 'related')) {
        expect(f.note.en, `${p.id} task ${f.task}`).toMatch(/thematic|our classification/i);
      }
    }
  });
});

// ---- every record cited and bilingual ----

type Visit = (value: unknown, path: string) => void;
function walk(value: unknown, path: string, visit: Visit): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`, visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
}
const isText = (o: object) => 'zh' in o && 'en' in o;
const ownContent = () => Object.entries(content).filter(([key]) => key !== 'documents');

describe('every record is cited and bilingual', () => {
  it('every {zh, en} pair is non-empty, zh has Chinese and en has none', () => {
    let texts = 0;
    for (const [key, list] of ownContent()) {
      walk(list, key, (v, path) => {
        if (!v || typeof v !== 'object' || Array.isArray(v) || !isText(v)) return;
        const t = v as { zh: unknown; en: unknown };
        texts++;
        expect(typeof t.zh === 'string' && t.zh.trim().length > 0, `${path}.zh`).toBe(true);
        expect(typeof t.en === 'string' && t.en.trim().length > 0, `${path}.en`).toBe(true);
        // A figure's unit may be a bare symbol such as %.
        if (!/\.figures\.\d+\.unit$/.test(path)) expect(CJK.test(t.zh as string), `${path}.zh has Chinese`).toBe(true);
        expect(CJK.test(t.en as string), `${path}.en has no Chinese`).toBe(false);
      });
    }
    expect(texts).toBeGreaterThan(250);
  });

  it('every record, focus link, project part, project pair link and unpaired reason has sources', () => {
    let cited = 0;
    for (const [key, list] of ownContent()) {
      walk(list, key, (v, path) => {
        if (!v || typeof v !== 'object' || Array.isArray(v)) return;
        const o = v as Record<string, unknown>;
        const needs = 'id' in o || 'basis' in o || 'reason' in o;
        if (!needs) return;
        cited++;
        expect(Array.isArray(o.sources) && (o.sources as unknown[]).length > 0, `${path} has sources`).toBe(true);
      });
    }
    // 27 + 13 + 5 + 18 + 16 + 2 records, 7 project parts, 2 project links, 2 reasons, the focus links, 20 results.
    expect(cited).toBeGreaterThan(110);
  });
});

// ---- cited sections exist in the documents ----

const docText = (doc: DocId): string => documentText(doc);

/** The sections of a document, from its own headings (tests/source-sections.ts). */
const sectionsOf = (doc: DocId): Set<string> => new Set(sectionsOfDoc(doc).keys());

describe('cited sections exist in their documents', () => {
  it('finds the structure of the plan and the report', () => {
    const plan = sectionsOf('plan2018');
    for (const s of ['§三', '§三(四)', '§三(四)15', '§三(一)1', '§三(五)18', '§四(一)', '§四(二)', '§五(四)']) expect(plan.has(s), s).toBe(true);
    expect(plan.has('§三(一)15')).toBe(false);
    expect(plan.has('§六')).toBe(false);
    const report = sectionsOf('progress2018');
    for (const s of ['§一(一)', '§一(二)', '§一(三)', '§二(一)', '§二(二)', '§二(三)', '§三', '§四']) expect(report.has(s), s).toBe(true);
    expect(report.has('§五')).toBe(false);
    expect(sectionsOf('workplan2017').has('§二')).toBe(true);
  });

  it('every source cited anywhere names a section its document has', () => {
    const sets = new Map<DocId, Set<string>>();
    const bad: string[] = [];
    let n = 0;
    for (const [key, list] of ownContent()) {
      walk(list, key, (v, path) => {
        if (!v || typeof v !== 'object' || Array.isArray(v) || !('doc' in v) || !('section' in v)) return;
        const s = v as Source;
        if (!sets.has(s.doc)) sets.set(s.doc, sectionsOf(s.doc));
        n++;
        if (!sets.get(s.doc)!.has(s.section)) bad.push(`${path}: ${s.doc} ${s.section}`);
      });
    }
    expect(bad).toEqual([]);
    expect(n).toBeGreaterThan(100);
  });
});

// ---- names as the documents write them, and the reference data ----

interface Places {
  admin_units: { code: string; name_zh: string; pinyin: string; type: string; city: string }[];
  functional_zones: { id: string; city: string; lon: number; lat: number; is_estimate: boolean }[];
}
const places = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Places;

describe('names and reference data', () => {
  it('units match places.json: code, Chinese name, pinyin, kind and city', () => {
    expect(content.units.map((u) => u.code).sort()).toEqual(places.admin_units.map((u) => u.code).sort());
    for (const u of content.units) {
      const ref = places.admin_units.find((r) => r.code === u.code)!;
      expect([u.name.zh, u.pinyin, u.kind, u.city], u.id).toEqual([ref.name_zh, ref.pinyin, ref.type, ref.city]);
      expect(u.short.zh.length, `${u.id} short.zh`).toBeLessThanOrEqual(6);
      expect(u.short.en.length, `${u.id} short.en`).toBeLessThanOrEqual(20);
    }
  });

  it('zones match places.json: city, coordinates and whether the point is an estimate', () => {
    const refId = (id: string) =>
      ({ 'cc-xinglong': 'cc_xinglong_cbz', 'tj-port-ftz': 'tj_ftz', 'tj-eco-city': 'tj_ecocity' })[id] ?? id.replace(/-/g, '_');
    expect(content.zones.map((z) => refId(z.id)).sort()).toEqual(places.functional_zones.map((z) => z.id).sort());
    for (const z of content.zones) {
      const ref = places.functional_zones.find((r) => r.id === refId(z.id))!;
      expect([z.city, z.location.lon, z.location.lat, z.location.approximate], z.id).toEqual([ref.city, ref.lon, ref.lat, ref.is_estimate]);
      expect(z.short.zh.length, `${z.id} short.zh`).toBeLessThanOrEqual(6);
      expect(z.short.en.length, `${z.id} short.en`).toBeLessThanOrEqual(20);
    }
  });

  it('zone, park and project names are written exactly as in the plan', () => {
    const plan = docText('plan2018');
    for (const z of content.zones) expect(plan.includes(z.name.zh), z.name.zh).toBe(true);
    for (const p of content.projects) {
      expect(plan.includes(p.name.zh), p.name.zh).toBe(true);
      for (const part of p.parts) {
        const name = part.name.zh.replace(/（“[^”]+”）$/, '');
        // The innovation base's "多点" is described, not named, by the plan.
        if (part.id === 'innovation-base-points') continue;
        expect(plan.includes(name), name).toBe(true);
      }
    }
    for (const f of content.projects[0]!.fields) expect(plan.includes(f.zh), f.zh).toBe(true);
  });

  it('zones lie in units of their own city: the districts they span and the unit of their point', () => {
    for (const z of content.zones) {
      expect(content.units.find((u) => u.id === z.pointUnit)?.city, z.id).toBe(z.city);
      for (const d of z.districts) expect(content.units.find((u) => u.id === d)?.city, `${z.id} ${d}`).toBe(z.city);
    }
  });

  it('exports no single false district: zones that span several districts or whose district is uncertain say so', () => {
    const byId = (id: string) => content.zones.find((z) => z.id === id)!;
    // places.json: 长春新区 spans parts of four districts; 兴隆综保区 is uncertain and run by the ETDZ;
    // 天津港保税区's port-side area is in 滨海新区, its committee in 东丽区.
    expect(byId('cc-new-area').districts).toEqual(['chaoyang', 'kuancheng', 'erdao', 'jiutai']);
    expect(byId('cc-xinglong').districts).toEqual([]);
    expect(byId('cc-xinglong').administeredBy.zh).toContain('长春经济技术开发区');
    expect(byId('tj-port-ftz').districts).toEqual(['binhai', 'dongli']);
    for (const z of content.zones) expect(z.districtsNote.zh.length, z.id).toBeGreaterThan(5);
  });
});

// ---- the validator rejects broken records ----

type Breaker = (c: Content) => void;
function problemsAfter(brk: Breaker): ContentProblem[] {
  const copy = structuredClone(content);
  brk(copy);
  return validateContent(copy);
}
function byId<T extends { id: string | number }>(list: T[], id: string | number): T {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
}

describe('validateContent rejects broken records, naming file, record and field', () => {
  const cases: { name: string; brk: Breaker; file: string; record: string; field: string | RegExp }[] = [
    {
      name: 'a pairing without sources',
      brk: (c) => void delete (byId(c.pairings, 'chaoyang-heping') as { sources?: unknown }).sources,
      file: CONTENT_FILES.pairings, record: 'chaoyang-heping', field: 'sources',
    },
    {
      name: 'a unit with an empty source list',
      brk: (c) => void (byId(c.units, 'hexi').sources = []),
      file: CONTENT_FILES.units, record: 'hexi', field: 'sources',
    },
    {
      name: 'a focus link without sources',
      brk: (c) => void delete (byId(c.pairings, 'jingyue-nankai').focus[1] as { sources?: unknown }).sources,
      file: CONTENT_FILES.pairings, record: 'jingyue-nankai', field: 'focus.1.sources',
    },
    {
      name: 'an empty English name',
      brk: (c) => void (byId(c.zones, 'tj-teda').name.en = ''),
      file: CONTENT_FILES.zones, record: 'tj-teda', field: 'name.en',
    },
    {
      name: 'Chinese in an English text',
      brk: (c) => void (byId(c.focusAreas, 7).label.en = 'Emerging industries 新兴产业'),
      file: CONTENT_FILES.focusAreas, record: '7', field: 'label.en',
    },
    {
      name: 'Chinese in an English project part role',
      brk: (c) => void (byId(c.projects, 'jinchang-innovation-base').parts[2]!.role.en = '多点'),
      file: CONTENT_FILES.projects, record: 'jinchang-innovation-base', field: 'parts.2.role.en',
    },
    {
      name: 'an unknown document id',
      brk: (c) => void ((byId(c.results, 'jinmen-street').sources[0] as { doc: string }).doc = 'report2019'),
      file: CONTENT_FILES.results, record: 'jinmen-street', field: 'sources.0.doc',
    },
    {
      name: 'a malformed section',
      brk: (c) => void (byId(c.pairings, 'new-area-binhai').sources[0]!.section = '§3(4)15'),
      file: CONTENT_FILES.pairings, record: 'new-area-binhai', field: 'sources.0.section',
    },
    {
      name: 'a pairing naming an unknown unit',
      brk: (c) => void (byId(c.pairings, 'nanguan-hexi').tianjin[0] = 'hexii'),
      file: CONTENT_FILES.pairings, record: 'nanguan-hexi', field: 'tianjin.0',
    },
    {
      name: 'a pairing party in the wrong city',
      brk: (c) => void (byId(c.pairings, 'dehui-dongli').changchun[0] = 'dongli'),
      file: CONTENT_FILES.pairings, record: 'dehui-dongli', field: 'changchun.0',
    },
    {
      name: 'a sub-pairing with an unknown parent',
      brk: (c) => void (byId(c.pairings, 'xinglong-bonded').parent = 'etdz-wuqing-x'),
      file: CONTENT_FILES.pairings, record: 'xinglong-bonded', field: 'parent',
    },
    {
      name: 'a unit with a five-digit code',
      brk: (c) => void (byId(c.units, 'heping').code = '12345'),
      file: CONTENT_FILES.units, record: 'heping', field: 'code',
    },
    {
      name: 'two units with one code',
      brk: (c) => void (byId(c.units, 'hedong').code = '120101'),
      file: CONTENT_FILES.units, record: 'hedong', field: 'code',
    },
    {
      name: 'a duplicate pairing id',
      brk: (c) => void c.pairings.push(structuredClone(byId(c.pairings, 'yushu-xiqing'))),
      file: CONTENT_FILES.pairings, record: 'yushu-xiqing', field: 'id',
    },
    {
      name: 'a duplicate zone id',
      brk: (c) => void (byId(c.zones, 'tj-dongjiang').id = 'tj-eco-city'),
      file: CONTENT_FILES.zones, record: 'tj-eco-city', field: 'id',
    },
    {
      name: 'a zone in a unit of the other city',
      brk: (c) => void (byId(c.zones, 'cc-beihu').pointUnit = 'binhai'),
      file: CONTENT_FILES.zones, record: 'cc-beihu', field: 'pointUnit',
    },
    {
      name: 'a citation without evidence',
      brk: (c) => void delete (byId(c.results, 'jinmen-street').sources[0] as { evidence?: unknown }).evidence,
      file: CONTENT_FILES.results, record: 'jinmen-street', field: 'sources.0.evidence',
    },
    {
      name: 'a citation with an empty list of key words',
      brk: (c) => void (byId(c.pairings, 'chaoyang-heping').focus[1]!.sources[0]!.evidence = []),
      file: CONTENT_FILES.pairings, record: 'chaoyang-heping', field: 'focus.1.sources.0.evidence',
    },
    {
      name: 'a figure hedged with 多 in the report but without its word',
      brk: (c) => void delete (byId(c.results, 'headline-totals').figures[4] as { hedge?: unknown }).hedge,
      file: CONTENT_FILES.results, record: 'headline-totals', field: 'figures.4',
    },
    {
      name: 'a unit no pairing names, without a reason',
      brk: (c) => void delete byId(c.units, 'jizhou').unpaired,
      file: CONTENT_FILES.units, record: 'jizhou', field: 'unpaired',
    },
    {
      name: 'a paired unit marked unpaired',
      brk: (c) => void (byId(c.units, 'binhai').unpaired = structuredClone(byId(c.units, 'jizhou').unpaired)),
      file: CONTENT_FILES.units, record: 'binhai', field: 'unpaired',
    },
    {
      name: 'a focus link to a task that does not exist',
      brk: (c) => void (byId(c.pairings, 'auto-ninghe').focus[1]!.task = 19),
      file: CONTENT_FILES.pairings, record: 'auto-ninghe', field: 'focus.1.task',
    },
    {
      name: 'a related/stated basis misspelt',
      brk: (c) => void ((byId(c.pairings, 'auto-ninghe').focus[1] as { basis: string }).basis = 'thematic'),
      file: CONTENT_FILES.pairings, record: 'auto-ninghe', field: 'focus.1.basis',
    },
    {
      name: 'a project part in an unknown zone',
      brk: (c) => void (byId(c.projects, 'jinchang-industrial-park').parts[3]!.zone = 'cc-beihu-x'),
      file: CONTENT_FILES.projects, record: 'jinchang-industrial-park', field: 'parts.3.zone',
    },
    {
      name: 'a project linked to an unknown pairing',
      brk: (c) => void (byId(c.projects, 'jinchang-innovation-base').pairs[0]!.pair = 'jingyue-nankai-x'),
      file: CONTENT_FILES.projects, record: 'jinchang-innovation-base', field: 'pairs.0.pair',
    },
    {
      name: 'a result linked to an unknown project',
      brk: (c) => void (byId(c.results, 'binhai-new-area-cooperation').projects[0] = 'jinchang-park'),
      file: CONTENT_FILES.results, record: 'binhai-new-area-cooperation', field: 'projects.0',
    },
    {
      name: 'a result with a malformed date',
      brk: (c) => void (byId(c.results, 'entrepreneurs-visit-2017').date = '2017/09'),
      file: CONTENT_FILES.results, record: 'entrepreneurs-visit-2017', field: 'date',
    },
    {
      name: 'a task in an unknown group',
      brk: (c) => void (byId(c.focusAreas, 18).group = 6),
      file: CONTENT_FILES.focusAreas, record: '18', field: 'group',
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.name}`, () => {
      const problems = problemsAfter(c.brk);
      expect(problems.length, 'some problem is reported').toBeGreaterThan(0);
      const match = problems.find(
        (p) => p.file === c.file && p.record === c.record && (typeof c.field === 'string' ? p.field === c.field : c.field.test(p.field)),
      );
      expect(match, `expected ${c.file} "${c.record}" ${String(c.field)} among:\n${JSON.stringify(problems, null, 1)}`).toBeDefined();
    });
  }

  it('leaves the real content untouched (each case works on a deep copy)', () => {
    expect(validateContent(content)).toEqual([]);
  });
});

describe('validateFocusSummaries: one summary per key task, in the text rules of the content', () => {
  const copy = () => structuredClone(focusSummaries);
  const find = (problems: ContentProblem[], record: string, field: string) =>
    problems.find((p) => p.file === FOCUS_SUMMARIES_FILE && p.record === record && p.field === field);

  it('accepts the real summaries', () => {
    expect(validateFocusSummaries(content.focusAreas, focusSummaries)).toEqual([]);
  });
  it('rejects Chinese in an English summary', () => {
    const s = copy();
    s.find((x) => x.id === 7)!.summary.en = 'Emerging industries 新兴产业';
    expect(find(validateFocusSummaries(content.focusAreas, s), '7', 'summary.en')).toBeDefined();
  });
  it('rejects a key task without a summary', () => {
    const s = copy().filter((x) => x.id !== 12);
    expect(find(validateFocusSummaries(content.focusAreas, s), '12', 'summary')).toBeDefined();
  });
  it('rejects a summary for no key task, and one given twice', () => {
    const s = copy();
    s.push({ id: 3, summary: s[0]!.summary });
    expect(find(validateFocusSummaries(content.focusAreas, s), '3', 'id')).toBeDefined();
    const t = copy();
    t[0] = { ...t[0]!, id: 19 };
    expect(validateFocusSummaries(content.focusAreas, t).map((p) => `${p.record}:${p.field}`)).toEqual(expect.arrayContaining(['19:id', '1:summary']));
  });
});

// The data downloads: every record of the content, in both languages, with its sources,
// in every CSV and in the JSON; the static files in dist/data/ are these same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/index';
import { dataTables, sourcesText, TABLE_NAMES } from '../../src/export/data-tables';
import { dataFiles, JSON_FILE } from '../../src/export/data-files';
import { BOM } from '../../src/export/csv';
import { parseCsv } from '../csv-parse';

const tables = dataTables(content);
const files = dataFiles(content);
const csvRows = (name: string) => {
  const f = files.find((x) => x.name === `${name}.csv`)!;
  const [header, ...rows] = parseCsv(f.text.slice(BOM.length));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

/** The records each table must hold, one row per record, in content order. */
const RECORDS: Record<string, { id: string | number; sources?: { doc: string; section: string }[] }[]> = {
  units: content.units,
  zones: content.zones,
  pairings: content.pairings,
  'focus-areas': content.focusAreas,
  projects: content.projects,
  results: content.results,
  news: content.news,
  documents: content.documents,
};

describe('data tables', () => {
  it('has the seven content tables and the documents key', () => {
    expect(tables.map((t) => t.name)).toEqual([...TABLE_NAMES]);
    expect(files.map((f) => f.name)).toEqual([...TABLE_NAMES.map((n) => `${n}.csv`), JSON_FILE]);
  });

  for (const name of TABLE_NAMES) {
    it(`${name}: every record once, name and description in zh and en, with its sources`, () => {
      const records = RECORDS[name]!;
      const rows = csvRows(name);
      expect(rows.map((r) => r.id)).toEqual(records.map((r) => String(r.id)));
      for (const [i, row] of rows.entries()) {
        expect(row.name_zh, `${name} ${row.id} name_zh`).toMatch(/[\u3400-\u9fff]/);
        expect(row.name_en, `${name} ${row.id} name_en`).toMatch(/^[^\u3400-\u9fff]+$/);
        if ('description_zh' in row) {
          expect(row.description_zh).toMatch(/[\u3400-\u9fff]/);
          expect(row.description_en!.length).toBeGreaterThan(10);
        }
        const own = records[i]!.sources;
        if (name !== 'documents') {
          expect(row.sources, `${name} ${row.id} sources`).toMatch(/^(plan2018|workplan2017|progress2018|plan2018hg|news-[a-z0-9-]+) §/);
          for (const s of own!) expect(row.sources).toContain(`${s.doc} ${s.section}`);
          for (const doc of row.sources!.split('; ').map((s) => s.split(' ')[0])) expect(content.documents.map((d) => d.id)).toContain(doc);
        }
      }
    });
  }

  it('pairings: the 15 of §三(四)15 and the sub-pairing, with both sides named', () => {
    const rows = csvRows('pairings');
    expect(rows).toHaveLength(16);
    const ch = rows.find((r) => r.id === 'chaoyang-heping')!;
    expect([ch.changchun_name_zh, ch.tianjin_name_zh, ch.changchun_name_en, ch.tianjin_name_en]).toEqual(['朝阳区', '和平区', 'Chaoyang District', 'Heping District']);
    expect(rows.filter((r) => r.parent).map((r) => r.parent)).toEqual(['etdz-wuqing']);
    expect(ch.sources).toContain('plan2018 §三(四)15');
  });

  it('gives the plan\'s own titles, the report\'s hedges and dates, and no single district for a zone', () => {
    const tasks = csvRows('focus-areas');
    expect(tasks.find((r) => r.id === '5')!.name_zh).toBe('协同促进发展理念共享');
    expect(tasks.find((r) => r.id === '1')!.group_name_zh).toBe('对标先进经验做法，推进体制机制创新');
    expect(tasks.find((r) => r.id === '1')!.label_zh).toBe('行政管理体制改革');
    const results = csvRows('results');
    const totals = results.find((r) => r.id === 'headline-totals')!;
    expect(totals.figures_zh).toContain('500多亿元');
    expect(totals.figures_zh).toContain('200余次');
    expect(totals.figures_en).toContain('more than 50 billion yuan');
    expect(results.find((r) => r.id === 'huabohui-changchun-session')!.figures_en).toContain('9.72 billion yuan');
    expect(results.find((r) => r.id === 'media-coverage-2017')!.figures_zh).toContain('一百多次');
    // Undated events: no date of their own, "reported 2018-04".
    const visit = results.find((r) => r.id === 'tianjin-leaders-visit-changchun')!;
    expect([visit.date, visit.reported, visit.when_en]).toEqual(['', '2018-04', 'reported Apr 2018']);
    expect(results.find((r) => r.id === 'changchun-delegation-2016')!.date).toBe('2016-11');
    const zones = csvRows('zones');
    expect(Object.keys(zones[0]!)).not.toContain('unit');
    const newArea = zones.find((r) => r.id === 'cc-new-area')!;
    expect(newArea.districts).toBe('chaoyang; kuancheng; erdao; jiutai');
    expect(zones.find((r) => r.id === 'tj-port-ftz')!.districts_name_zh).toBe('滨海新区、东丽区');
    expect(zones.find((r) => r.id === 'cc-xinglong')!.administered_by_zh).toContain('长春经济技术开发区');
    const docs = csvRows('documents');
    const wp = docs.find((r) => r.id === 'workplan2017')!;
    expect([wp.issued, wp.published]).toEqual(['2017-03-07', '2017-03-17']);
    expect(docs.filter((r) => r.kind === 'news').every((r) => /^https?:\/\//.test(r.url!))).toBe(true);
  });

  it('writes lists and sources readably', () => {
    expect(sourcesText([{ doc: 'plan2018', section: '§三(四)15' }, { doc: 'progress2018', section: '§三' }])).toBe('plan2018 §三(四)15; progress2018 §三');
    const gzl = csvRows('units').find((r) => r.id === 'gongzhuling')!;
    expect(gzl.pairings).toBe('');
    expect(gzl.unpaired_reason_zh).toMatch(/[\u3400-\u9fff]/);
  });

  it('JSON: every table, every record, sources kept as {doc, section}', () => {
    const json = JSON.parse(files.find((f) => f.name === JSON_FILE)!.text) as { about: { citation: { zh: string; en: string } }; tables: Record<string, Record<string, unknown>[]> };
    expect(Object.keys(json.tables)).toEqual([...TABLE_NAMES]);
    for (const name of TABLE_NAMES) expect(json.tables[name]!.map((r) => r.id)).toEqual(RECORDS[name]!.map((r) => r.id));
    expect(json.tables.pairings![0]!.sources).toEqual(expect.arrayContaining([{ doc: 'plan2018', section: '§三(四)15' }]));
    expect(json.about.citation.zh).toContain('发改振兴〔2018〕437号');
  });

  it('has no cell Excel would read as a formula (= + - @ at the start)', () => {
    // The writer does not escape these (our content has none); this test says so if content ever does.
    for (const f of files.filter((x) => x.name.endsWith('.csv'))) {
      for (const row of parseCsv(f.text.slice(BOM.length))) for (const cell of row) expect(cell, `${f.name}: ${cell.slice(0, 40)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('fails loudly on a pairing that names an unknown place', () => {
    const broken = { ...content, pairings: [{ ...content.pairings[0]!, tianjin: ['atlantis'] }] };
    expect(() => dataTables(broken)).toThrow(/unknown unit or zone "atlantis"/);
  });
});

describe.skipIf(!existsSync(resolve(import.meta.dirname, '../../dist/data')))('dist/data (after vite build)', () => {
  it('holds exactly the files the page offers, byte for byte', () => {
    for (const f of files) expect(readFileSync(resolve(import.meta.dirname, '../../dist/data', f.name), 'utf8'), f.name).toBe(f.text);
  });
});

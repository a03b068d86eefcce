// The committed national map (public/geo/china.topo.json, built by geo/build-china.mjs): the whole
// country, 34 provincial units incl. 台湾省, 香港 and 澳门, the South China Sea islands and the
// dashed line; seats of the paired cities; and the join with the national content.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoBounds, geoContains } from 'd3-geo';
import { decodeChina, LINE_CODE, type ChinaTopology } from '../../src/national/china-geometry';
import { buildNationalModel } from '../../src/national/model';
import { nationalContent } from '../../src/content/national/index';

const text = readFileSync(new URL('../../public/geo/china.topo.json', import.meta.url), 'utf8');
const topology = JSON.parse(text) as ChinaTopology;
const china = decodeChina(topology);
const parts = (g: { type: string; coordinates: unknown }) => (g.type === 'Polygon' ? [g.coordinates] : (g.coordinates as unknown[]));

describe('public/geo/china.topo.json', () => {
  it('has all 34 provincial-level units once, 台湾省, 香港 and 澳门 included', () => {
    const codes = china.provinces.map((p) => p.properties.code);
    expect(codes).toHaveLength(34);
    expect(new Set(codes).size).toBe(34);
    const names = new Map(china.provinces.map((p) => [p.properties.code, p.properties.name_zh]));
    expect(names.get('710000')).toBe('台湾省');
    expect(names.get('810000')).toBe('香港特别行政区');
    expect(names.get('820000')).toBe('澳门特别行政区');
    expect(names.get('460000')).toBe('海南省');
  });

  it('has the South China Sea islands and the dashed line 100000_JD, in WGS-84 lon/lat', () => {
    const hainan = china.provinceByCode.get('460000')!;
    const south = parts(hainan.geometry).filter((p) => (p as number[][][])[0]!.every(([, y]) => y! < 12));
    expect(south.length, '南沙 islands south of 12°N').toBeGreaterThan(10);
    expect(china.line.properties.code).toBe(LINE_CODE);
    const dashes = parts(china.line.geometry);
    expect(dashes.length).toBeGreaterThanOrEqual(10);
    const [[w, s], [e, n]] = geoBounds(china.line);
    expect([w, s, e, n].map(Math.round)).toEqual([108, 3, 123, 25]);
  });

  it('puts each seat inside its province and names its source', () => {
    expect([...china.seats.keys()].sort()).toEqual(['110000', '120000', '210100', '210200', '220100', '230100', '310000', '440300']);
    for (const seat of china.seats.values()) {
      const province = china.provinceByCode.get(`${seat.properties.code.slice(0, 2)}0000`)!;
      expect(geoContains(province, seat.geometry.coordinates as [number, number]), seat.properties.name_zh).toBe(true);
      expect(seat.properties.source).toMatch(/^@esmjs\/geo@1\.0\.0 \w+ \d{6} center, GCJ-02→WGS-84$/);
    }
    // Shenzhen's seat lies where Shenzhen is (WGS-84, a few hundred metres from the GCJ-02 value).
    const [lon, lat] = china.seats.get('440300')!.geometry.coordinates;
    expect(Math.abs(lon! - 114.08)).toBeLessThan(0.02);
    expect(Math.abs(lat! - 22.55)).toBeLessThan(0.02);
  });

  it('joins with the national content: every place has a point, provinces an outline', () => {
    const model = buildNationalModel(nationalContent, topology);
    expect(model.pairings.map((p) => `${p.a.short.zh}–${p.b.short.zh}`)).toEqual(['辽宁–江苏', '吉林–浙江', '黑龙江–广东', '沈阳–北京', '大连–上海', '长春–天津', '哈尔滨–深圳']);
    for (const p of model.places.values()) if (p.level === 'province') expect(p.outline, p.id).not.toBeNull();
  });

  it('stays small: under 60 KB gzip', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(60_000);
  });
});

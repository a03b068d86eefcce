import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/index';
import { buildModel } from '../../src/model/build-model';
import { resultsOf } from '../../src/model/outcomes';
import type { CitiesTopology } from '../../src/model/geometry';
import { byPairOrder } from '../../src/model/ordering';

const topology = JSON.parse(readFileSync(new URL('../../public/geo/cities.topo.json', import.meta.url), 'utf8')) as CitiesTopology;
const model = buildModel(content, topology);

describe('buildModel', () => {
  it('joins every unit with its boundary and every zone with its point', () => {
    expect(model.partiesByCity.changchun.filter((p) => p.kind === 'unit')).toHaveLength(11);
    expect(model.partiesByCity.tianjin.filter((p) => p.kind === 'unit')).toHaveLength(16);
    expect([...model.parties.values()].filter((p) => p.kind === 'zone')).toHaveLength(13);
    for (const p of model.parties.values()) {
      if (p.kind === 'unit') expect(p.feature?.properties.code).toBe(p.unit!.code);
    }
  });

  it('draws each zone’s point inside the unit the content says the point falls in', () => {
    for (const zone of content.zones) {
      const unit = model.parties.get(zone.pointUnit)!;
      expect(geoContains(unit.feature!, [zone.location.lon, zone.location.lat]), `${zone.id} in ${zone.pointUnit}`).toBe(true);
    }
  });

  it('links each Changchun party of a pairing to each Tianjin party', () => {
    const links = model.pairs.reduce((n, p) => n + p.links.length, 0);
    expect(links).toBe(20); // 15 pairings, 3 with two Tianjin partners, + the sub-pairing's 2
    const jingyue = model.pairById.get('jingyue-nankai')!;
    expect(jingyue.links.map((l) => `${l.from.id}>${l.to.id}`)).toEqual(['cc-jingyue>nankai', 'cc-jingyue>tj-cbd']);
    expect(model.pairById.get('etdz-wuqing')!.children).toEqual(['xinglong-bonded']);
    expect(model.topPairs.map((p) => p.pairing.order)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('finds each pair the results and projects that name it', () => {
    const ch = model.pairById.get('chaoyang-heping')!;
    expect(resultsOf(content, ch).some((r) => r.text.zh.includes('津门风情街') || r.title.zh.includes('津门风情街'))).toBe(true);
    expect(model.pairById.get('new-area-binhai')!.projects.map((p) => p.project.id)).toContain('jinchang-industrial-park');
  });

  it('throws naming the geometry file when a unit has no boundary', () => {
    const broken = structuredClone(topology);
    broken.objects.tianjin.geometries = broken.objects.tianjin.geometries.filter((g) => (g.properties as { code?: string } | undefined)?.code !== '120101');
    expect(() => buildModel(content, broken)).toThrow(/public\/geo\/cities\.topo\.json.*120101.*heping/);
  });

  it('reads each unit’s point and extent without decoding a shape, and decodes the shapes on first use', () => {
    // Without arcs no shape can be decoded: the model still builds, as the national view needs no shape.
    const shapeless = { ...structuredClone(topology), arcs: [] };
    const lazy = buildModel(content, shapeless);
    const heping = lazy.parties.get('heping')!;
    expect(heping.point).toEqual(model.parties.get('heping')!.point);
    expect(heping.properties?.mercator_bounds).toEqual(model.parties.get('heping')!.feature!.properties.mercator_bounds);
    expect(() => heping.feature).toThrow();
    // With them, the first use decodes the city's shapes, and the next use gets the same objects.
    const fresh = buildModel(content, topology).parties.get('heping')!;
    expect(fresh.feature!.geometry.type).toMatch(/Polygon/);
    expect(fresh.feature).toBe(fresh.feature);
  });

  it('throws naming the file, unit and field when a unit has no label point', () => {
    const broken = structuredClone(topology);
    const g = broken.objects.tianjin.geometries.find((x) => (x.properties as { code?: string } | undefined)?.code === '120101')!;
    delete (g.properties as { label?: unknown }).label;
    expect(() => buildModel(content, broken)).toThrow(/public\/geo\/cities\.topo\.json: tianjin feature 120101: properties\.label/);
  });

  it('orders the stacked columns in the plan order, unpaired last', () => {
    const cc = byPairOrder(model, 'changchun').map((p) => p.id);
    expect(cc[0]).toBe('cc-new-area');
    expect(cc.slice(-3)).toEqual(expect.arrayContaining(['gongzhuling']));
    const tj = byPairOrder(model, 'tianjin').map((p) => p.id);
    expect(tj.indexOf('nankai')).toBeLessThan(tj.indexOf('tj-cbd'));
    expect(tj.at(-1)).toBe('jizhou');
  });
});

// The geographic view's label list (src/geo-view/labels.ts): what is named at the overview.
import { describe, expect, it } from 'vitest';
import { buildLabels, labelsUnder, PRIORITY, TIE_SPAN, type GeoLabel } from '../../src/geo-view/labels';
import type { Party } from '../../src/model/types';

const provinces = [
  { code: '120000', name_zh: '天津市', name_en: 'Tianjin', label: [117.3, 39.3] as [number, number] },
  { code: '220000', name_zh: '吉林省', name_en: 'Jilin', label: [126.2, 43.6] as [number, number] },
  { code: '110000', name_zh: '北京市', name_en: 'Beijing', label: [116.4, 40.2] as [number, number] },
];

function overview(lang: 'zh' | 'en') {
  const cities = [
    { id: 'changchun', text: lang === 'zh' ? '长春' : 'Changchun', position: [125.3, 43.9] as [number, number], color: [30, 90, 150] as [number, number, number] },
    { id: 'tianjin', text: lang === 'zh' ? '天津' : 'Tianjin', position: [117.2, 39.1] as [number, number], color: [180, 60, 40] as [number, number, number] },
  ];
  return buildLabels({ lang, zoom: 5, parties: [], chosen: new Set(), hovered: new Set(), cities, provinces, cityColor: {}, ink: [0, 0, 0] });
}

describe('geographic view labels at the overview', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`names each city once: the municipality 天津市 is not lettered again under 天津 (${lang})`, () => {
      const ids = overview(lang).map((l) => l.id);
      expect(ids).toEqual(expect.arrayContaining(['city:changchun', 'city:tianjin', 'province:220000', 'province:110000']));
      expect(ids).not.toContain('province:120000');
    });
  }
});

describe('geographic view labels: collision priorities', () => {
  // A square outline `size` degrees wide at (x, y).
  const square = (x: number, y: number, size: number) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] } });
  const party = (id: string, size: number, pairs: string[]) =>
    ({ id, kind: 'unit', city: 'tianjin', name: { zh: id, en: id }, short: { zh: id, en: id }, point: [117, 39], approximate: false, kindLabel: 'district', pairs, feature: square(117, 39, size) }) as unknown as Party;

  it('no two labels share one (deck.gl keeps both of two equals shown over each other), and a tie keeps its class', () => {
    // Three paired districts of one class, as Hebei, Hongqiao and Heping at zoom 9.5; one unpaired.
    const parties = [party('hongqiao', 0.05, ['p1']), party('hebei', 0.08, ['p2']), party('heping', 0.03, ['p3']), party('jizhou', 0.5, [])];
    const labels = buildLabels({ lang: 'en', zoom: 9.5, parties, chosen: new Set(['heping']), hovered: new Set(), cities: [], provinces, cityColor: { tianjin: [180, 60, 40] }, ink: [0, 0, 0] });
    const priority = Object.fromEntries(labels.map((l) => [l.id, l.priority]));
    expect(new Set(Object.values(priority)).size).toBe(labels.length);
    // Among equals the larger place wins; every label stays in its class, above the next one down.
    expect(priority.hebei).toBeGreaterThan(priority.hongqiao!);
    for (const id of ['hebei', 'hongqiao']) {
      expect(priority[id]).toBeLessThanOrEqual(PRIORITY.party + 70);
      expect(priority[id]).toBeGreaterThan(PRIORITY.party + 70 - TIE_SPAN);
    }
    expect(priority.heping).toBe(PRIORITY.selected);
    expect(priority.jizhou).toBe(PRIORITY.party + 20);
  });
});

describe('geographic view labels: none under an inset', () => {
  // Labels as deck.gl is given them; their anchors on the screen by id.
  const label = (id: string, anchor: GeoLabel['anchor'], offset: [number, number] = [0, 0]) => ({ id, kind: 'province', text: id, position: [0, 0], priority: 0, size: 20, color: [0, 0, 0], background: [0, 0, 0, 0], border: [0, 0, 0, 0], offset, anchor }) as GeoLabel;
  const at: Record<string, [number, number]> = { clear: [100, 100], edge: [560, 100], inside: [700, 100] };
  // An inset at x 600–840, y 0–200; every text 80 px wide.
  const under = (labels: GeoLabel[]) => labelsUnder(labels, (l) => at[l.id]!, () => 80, [[600, 0, 840, 200]]);

  it('a label whose box (text, padding, a small margin) reaches into an inset is left out, one clear of it is kept', () => {
    // 黑龙江 presenting at 1024×768: centred 40 px left of the inset, its right half went under it.
    expect([...under([label('clear', 'middle'), label('edge', 'middle'), label('inside', 'middle')])].sort()).toEqual(['edge', 'inside']);
  });
  it('reads the anchor and the offset: a zone name right of its dot, just left of the inset, goes under it; left of the dot it is clear', () => {
    at.zone = [595, 100];
    expect([...under([label('zone', 'start', [9, 0])])]).toEqual(['zone']);
    expect([...under([label('zone', 'end', [-9, 0])])]).toEqual([]);
    // Below the inset (its box is 200 px high): clear, whichever side.
    at.zone = [595, 240];
    expect([...under([label('zone', 'start', [9, 0])])]).toEqual([]);
  });
  it('nothing is left out when no inset is shown', () => {
    expect([...labelsUnder([label('inside', 'middle')], (l) => at[l.id]!, () => 80, [])]).toEqual([]);
  });
});

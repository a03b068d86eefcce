// The geographic view's label list (src/geo-view/labels.ts): what is named at the overview.
import { describe, expect, it } from 'vitest';
import { buildLabels } from '../../src/geo-view/labels';

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

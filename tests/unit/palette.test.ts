// One palette (src/ui/palette.ts): the CSS custom properties are generated from it
// (config/palette.ts) and the WebGL layers read it (src/geo-view/colors.ts). These checks fail
// when a stylesheet or the deck.gl colours drift from it again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paletteCss } from '../../config/palette';
import { DARK, LIGHT, PRESENTING, rgb, type Token } from '../../src/ui/palette';
import { ARC_COLORS, BORDER, CITY_COLOR, DISTRICT_TINTS, INK, LAND, SEA } from '../../src/geo-view/colors';

const SRC = resolve(import.meta.dirname, '../../src');
const cssFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? cssFiles(path) : name.endsWith('.css') ? [path] : [];
  });

/** The custom properties a rule of the generated stylesheet declares, by its selector. */
function declared(css: string, selector: string): Record<string, string> {
  const body = new RegExp(`(?:^|\\n)\\s*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/--([\w-]+): ([^;]+);/g)].map((m) => [m[1], m[2]]));
}

describe('one palette', () => {
  const css = paletteCss();

  it('the CSS declares every token with the palette’s value: light, dark and projector', () => {
    expect(declared(css, ':root')).toEqual(LIGHT);
    expect(declared(css, ':root:not(.is-presenting, .is-light)')).toEqual(DARK);
    expect(declared(css, 'html.is-presenting')).toEqual(PRESENTING);
    // The maps on light paper take the light tokens back in the dark scheme.
    const paper = declared(css, ':root:not(.is-presenting, .is-light) :is(.geo-view, .national-map-box)');
    for (const [k, v] of Object.entries(paper)) expect(v, k).toBe(LIGHT[k as Token]);
    expect(Object.keys(paper)).toEqual(expect.arrayContaining(['ink', 'changchun', 'tianjin', 'changchun-fill', 'tianjin-fill']));
  });

  it('no stylesheet defines a palette colour again (a token set outside the palette, or its light value written as a literal)', () => {
    const tokens = new Set(Object.keys(LIGHT));
    // White and black are the paper and ink of many strokes and halos; every other palette colour
    // written out in a stylesheet is a copy that would not follow the palette.
    const values = new Map(Object.entries(LIGHT).filter(([, v]) => !/^#(?:f{6}|0{6})$/i.test(v)).map(([k, v]) => [v.toLowerCase(), k]));
    const found: string[] = [];
    for (const file of cssFiles(SRC)) {
      const name = relative(SRC, file);
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const m of line.matchAll(/--([\w-]+)\s*:/g)) if (tokens.has(m[1]!)) found.push(`${name}:${i + 1} sets --${m[1]}`);
        for (const m of line.matchAll(/#[0-9a-f]{6}\b/gi)) if (values.has(m[0].toLowerCase())) found.push(`${name}:${i + 1} writes ${m[0]} (--${values.get(m[0].toLowerCase())})`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the WebGL layers draw with the colours the CSS declares', () => {
    const root = declared(css, ':root');
    expect(CITY_COLOR.changchun).toEqual(rgb(root.changchun!));
    expect(CITY_COLOR.tianjin).toEqual(rgb(root.tianjin!));
    expect(ARC_COLORS.district).toEqual([rgb(root.changchun!), rgb(root.tianjin!)]);
    expect(ARC_COLORS.zone).toEqual([rgb(root['zone-from']!), rgb(root['zone-to']!)]);
    expect([DISTRICT_TINTS.changchun[0], DISTRICT_TINTS.tianjin[0], DISTRICT_TINTS.unpaired[0]]).toEqual([root['changchun-fill'], root['tianjin-fill'], root['geo-unpaired']]);
    expect([SEA, LAND, BORDER]).toEqual([root['geo-sea'], root['geo-land'], root['geo-border']]);
    expect(INK).toEqual(rgb(root.ink!));
    expect(rgb('#2a6fb0')).toEqual([42, 111, 176]);
  });
});

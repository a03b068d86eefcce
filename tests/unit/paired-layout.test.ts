// The paired view's layout over a grid of sizes, both languages and every kind of state:
// no two links cross, no leaders cross, no two labels or map names overlap, every label's
// text fits its box, and the active places are drawn ≥ 24 px across and named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from '../../src/content/index';
import { buildModel } from '../../src/model/build-model';
import type { CitiesTopology } from '../../src/model/geometry';
import { CITIES } from '../../src/model/types';
import { cityView, layoutPaired, leaderSegments, linkPath, MIN_PLACE_PX, placeBounds, TAP, type LayoutState, type PairedLayout } from '../../src/views/paired-layout';
import { textWidth } from '../../src/views/text-width';
import { PAIRED_STRINGS } from '../../src/views/paired-strings';
import { layoutEmbed } from '../../src/views/paired-layout-embed';
import { crossings, overlaps, sampleCubic, type Box, type Pt } from '../geometry-checks';

const topology = JSON.parse(readFileSync(new URL('../../public/geo/cities.topo.json', import.meta.url), 'utf8')) as CitiesTopology;
const model = buildModel(content, topology);

// 305: a 320 px window less a desktop scrollbar.
const WIDTHS = [305, ...Array.from({ length: Math.floor((2560 - 320) / 80) + 1 }, (_, i) => 320 + i * 80)];
const HEIGHTS = [560, 700, 1000, 1300];
const STATES: [string, LayoutState][] = [
  ['rest', { pair: null, place: null }],
  ...model.pairs.map((p): [string, LayoutState] => [`pair ${p.id}`, { pair: p.id, place: null }]),
  ['place jizhou', { pair: null, place: 'jizhou' }],
  ['place cc-beihu', { pair: null, place: 'cc-beihu' }],
  ...model.content.projects.map((p): [string, LayoutState] => [`project ${p.id}`, { pair: null, place: null, project: p.id }]),
  ['hover heping', { pair: 'nongan-baodi', place: null, hover: ['chaoyang-heping'] }],
];

/** Points every `step` px along a straight line. */
function sampleSegment([x1, y1]: Pt, [x2, y2]: Pt, step: number): Pt[] {
  const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / step));
  return Array.from({ length: n + 1 }, (_, i): Pt => [x1 + ((x2 - x1) * i) / n, y1 + ((y2 - y1) * i) / n]);
}

const labelBox = (b: PairedLayout['cities']['changchun']['labels'][number]): Box => ({ x: b.x, y: b.y - b.height / 2, w: b.width, h: b.height });
const hitBox = (b: PairedLayout['cities']['changchun']['labels'][number]): Box => ({ x: b.x, y: b.y - b.hit / 2, w: b.width, h: b.hit });

/** `presenting`: present.css puts the zoom buttons in the box's bottom corner and hides the legend and the hint. */
function problems(layout: PairedLayout, state: LayoutState, presenting = false): string[] {
  const out: string[] = [];
  const links = layout.links.map((l) => sampleCubic(linkPath(l), 16));
  const linkCrossings = crossings(links);
  if (linkCrossings) out.push(`${linkCrossings} link crossings`);
  const labels = CITIES.flatMap((c) => layout.cities[c].labels);
  if (labels.length !== 40) out.push(`${labels.length} labels`);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    if (a.x < 0 || a.x + a.width > layout.width) out.push(`${a.party.id} off the page`);
    for (const line of a.lines) if (textWidth(line, layout.fontSize) > a.width - (a.party.kind === 'zone' ? 19 : 7)) out.push(`${a.party.id} text wider than its box`);
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j]!;
      if (overlaps(labelBox(a), labelBox(b))) out.push(`labels ${a.party.id} × ${b.party.id}`);
      if (overlaps(hitBox(a), hitBox(b))) out.push(`tap areas ${a.party.id} × ${b.party.id}`);
    }
  }
  if (layout.arrangement === 'stacked') for (const l of labels) if (l.hit < TAP) out.push(`${l.party.id} tap height ${l.hit}`);
  const leaders: Pt[][] = [];
  for (const city of CITIES) {
    const c = layout.cities[city];
    const view = cityView(model, layout, city, c.focus);
    for (const l of view.leaders) leaders.push([l.from, ...l.via, l.to]);
    // Nor through what lies beside the maps: the legend's room, the zoom buttons, the zoom hint
    // (a leader from a label low in the column ran straight up across the legend's words).
    const furniture = [
      ['the legend room', presenting ? null : layout.spare],
      ['the zoom buttons', { x: layout.controls.x, y: presenting ? layout.height - 8 - layout.controls.size : layout.controls.y, width: layout.controls.width, height: layout.controls.size }],
      ['the zoom hint', layout.hint && !presenting ? { ...layout.hint, height: layout.hint.height || 34 } : null],
    ] as const;
    for (const l of view.leaders)
      for (const [what, r] of furniture)
        if (r && leaderSegments(l).some(([a, b]) => sampleSegment(a, b, 2).some(([x, y]) => x > r.x && x < r.x + r.width && y > r.y && y < r.y + r.height))) out.push(`leader to ${l.party.id} through ${what}`);
    const names = view.names.map((n) => ({ id: n.party.id, b: { x: n.box.minX, y: n.box.minY, w: n.box.maxX - n.box.minX, h: n.box.maxY - n.box.minY } }));
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (overlaps(names[i]!.b, names[j]!.b)) out.push(`map names ${names[i]!.id} × ${names[j]!.id}`);
    for (const n of names) {
      const f = c.frame;
      if (n.b.x < f.x || n.b.y < f.y || n.b.x + n.b.w > f.x + f.width || n.b.y + n.b.h > f.y + f.height) out.push(`map name ${n.id} outside its map`);
      for (const m of view.marks) if (!m.hidden && m.party.id !== n.id && overlaps(n.b, { x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r })) out.push(`map name ${n.id} over ${m.party.id}'s mark`);
      // A selection's leader through another place's name reads as that place's line ("Nanguan" at 1280×800, 净月 selected).
      if (!layout.active.has(n.id))
        for (const l of view.leaders)
          if (leaderSegments(l).some(([a, b]) => sampleSegment(a, b, 2).some(([x, y]) => x > n.b.x && x < n.b.x + n.b.w && y > n.b.y && y < n.b.y + n.b.h))) out.push(`leader to ${l.party.id} through the name ${n.id}`);
    }
    for (const id of layout.active) {
      const party = model.parties.get(id)!;
      if (party.city !== city) continue;
      const b = placeBounds(model, c, party, c.focus, true);
      const size = Math.min(b.width, b.height);
      if (size < MIN_PLACE_PX) out.push(`${id} drawn ${size.toFixed(1)} px`);
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      const pointer = view.names.some((n) => n.party.id === id && n.offFrame);
      if (party.kind === 'zone' ? !pointer && (cx < c.frame.x || cx > c.frame.x + c.frame.width || cy < c.frame.y || cy > c.frame.y + c.frame.height) : b.x > c.frame.x + c.frame.width - 12 || b.x + b.width < c.frame.x + 12 || b.y > c.frame.y + c.frame.height - 12 || b.y + b.height < c.frame.y + 12)
        out.push(`${id} outside its map`);
      if (!view.names.some((n) => n.party.id === id)) out.push(`${id} not named on the map`);
    }
  }
  const leaderCrossings = crossings(leaders);
  if (leaderCrossings) out.push(`${leaderCrossings} leader crossings`);
  if (!state.pair && !state.place && !state.project && !state.hover?.length && leaders.length) out.push(`${leaders.length} leaders at rest`);
  return out;
}

describe('paired layout over a grid of sizes', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`has no crossings, overlaps or specks at ${WIDTHS[0]}–${WIDTHS.at(-1)} px × ${HEIGHTS.join('/')} (${lang})`, () => {
      const failures: string[] = [];
      for (const width of WIDTHS)
        for (const height of HEIGHTS)
          for (const [name, state] of STATES) {
            // A stacked layout does not depend on the height: check it once per width.
            if (height !== HEIGHTS[0] && layoutPaired(model, { width, height, lang, state: STATES[0]![1] }).arrangement === 'stacked') continue;
            const layout = layoutPaired(model, { width, height, lang, state });
            for (const p of problems(layout, state)) failures.push(`${width}×${height} ${layout.arrangement} ${name}: ${p}`);
          }
      expect(failures.slice(0, 40), `${failures.length} problems`).toEqual([]);
    }, 240_000);
  }

  // An embed in an article column: 300–1,200 px wide, laid out for its width alone.
  for (const lang of ['zh', 'en'] as const) {
    it(`has no crossings, overlaps or specks in an embed at 300–1200 px (${lang})`, () => {
      const failures: string[] = [];
      for (let width = 300; width <= 1200; width += 20)
        // With a mouse, and under a finger (44 px zoom buttons).
        for (const touch of [false, true])
        for (const [name, state] of STATES) {
          const layout = layoutEmbed(model, { width, lang, state, touch });
          const at = `${width}${touch ? ' touch' : ''}`;
          for (const p of problems(layout, state)) failures.push(`${at} ${layout.arrangement} ${name}: ${p}`);
          const c = layout.controls;
          // The column of three buttons (2 px apart: styles.css, .zoom-controls.is-vertical).
          const columnH = 3 * c.size + 4;
          for (const city of CITIES) {
            const f = layout.cities[city].frame;
            if (c.x < f.x + f.width && c.x + c.width > f.x && c.y < f.y + f.height && c.y + columnH > f.y) failures.push(`${at} zoom buttons over the ${city} map`);
          }
          if (c.x + c.width > width) failures.push(`${at} zoom buttons off the page`);
          const tj = layout.cities.tianjin.frame;
          if (c.y + columnH > tj.y + tj.height) failures.push(`${at} zoom buttons below the Tianjin map (into the chart)`);
          if (touch && c.size < TAP) failures.push(`${at} zoom buttons ${c.size} px under a finger`);
        }
      expect(failures.slice(0, 40), `${failures.length} problems`).toEqual([]);
    }, 240_000);
  }

  it('gives an embed a chart that fits an article column: ≤ 500 px at 680 wide, ≤ 610 px at 320–360', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(layoutEmbed(model, { width: 680, lang, state: { pair: null, place: null } }).height).toBeLessThanOrEqual(500);
      for (const width of [320, 360]) expect(layoutEmbed(model, { width, lang, state: { pair: null, place: null } }).height).toBeLessThanOrEqual(610);
      // Thumb-sized zoom buttons on a touch screen cost no height.
      for (const width of [320, 360, 680]) expect(layoutEmbed(model, { width, lang, state: { pair: null, place: null }, touch: true }).height).toBe(layoutEmbed(model, { width, lang, state: { pair: null, place: null } }).height);
    }
  });

  // The zoom hint ran a line past the bottom of the map's box at 2,560 × 1,440 (under the buttons at any size).
  it('keeps the zoom hint inside the map box and clear of the zoom buttons at every desktop size', () => {
    const failures: string[] = [];
    for (const lang of ['zh', 'en'] as const)
      for (let width = 1024; width <= 2560; width += 64)
        for (const height of [560, 700, 800, 900, 1000, 1080, 1300, 1440]) {
          const layout = layoutPaired(model, { width, height, lang, state: { pair: null, place: null } });
          const h = layout.hint;
          if (layout.arrangement !== 'wide' || !h) continue;
          // 12 px type, 17 px lines (styles.css .zoom-hint); the longer of its two wordings.
          const textW = Math.max(...[PAIRED_STRINGS[lang].hintWheel, PAIRED_STRINGS[lang].hintTouch].map((t) => textWidth(t, 12)));
          const box = { x: h.x, y: h.y, w: h.width, h: h.height || Math.ceil(textW / h.width) * 17 };
          const c = layout.controls;
          if (box.y + box.h > layout.height) failures.push(`${width}×${height} ${lang}: hint ends ${Math.round(box.y + box.h - layout.height)} px below the map`);
          if (overlaps(box, { x: c.x, y: c.y, w: c.width, h: c.size })) failures.push(`${width}×${height} ${lang}: hint over the zoom buttons`);
        }
    expect(failures.slice(0, 20), `${failures.length} problems`).toEqual([]);
  });

  // Presenting: the map's box on each projector (the screen less the card's column and the
  // control bar, as measured in the browser on main 8a39ef1) and the room's type size (a 45th of
  // the screen's height, present.css). At 1024×768 the English names' columns left no wide
  // arrangement over the desk's 13 px, and the room read 13 px names (< 0.9 × 768 / 45).
  const PROJECTORS = [
    { screen: '1024×768', box: [748, 719], h: 768 },
    { screen: '1280×720', box: [794, 660], h: 720 },
    { screen: '1366×768', box: [847, 704], h: 768 },
    { screen: '1920×1080', box: [1190, 991], h: 1080 },
    { screen: '3840×2160', box: [2381, 1985], h: 2160 },
  ] as const;
  it('lays the chart out in the room\'s type size on every projector, with no crossings, overlaps or specks', () => {
    const failures: string[] = [];
    for (const lang of ['zh', 'en'] as const)
      for (const { screen, box: [width, height], h } of PROJECTORS)
        for (const [name, state] of STATES) {
          const layout = layoutPaired(model, { width, height, lang, state, fontSize: h / 45, presenting: true });
          const at = `${screen} ${lang} ${name}`;
          if (layout.arrangement !== 'wide') failures.push(`${at}: ${layout.arrangement}`);
          if (layout.fontSize < (0.9 * h) / 45) failures.push(`${at}: names ${layout.fontSize} px < ${((0.9 * h) / 45).toFixed(1)} px`);
          for (const p of problems(layout, state, true)) failures.push(`${at}: ${p}`);
        }
    expect(failures.slice(0, 40), `${failures.length} problems`).toEqual([]);
  });

  it('is a pure function of its input', () => {
    const a = layoutPaired(model, { width: 1280, height: 700, lang: 'zh', state: { pair: 'chaoyang-heping', place: null } });
    const b = layoutPaired(model, { width: 1280, height: 700, lang: 'zh', state: { pair: 'chaoyang-heping', place: null } });
    expect(a.links.map(linkPath)).toEqual(b.links.map(linkPath));
    expect(a.cities.tianjin.focus).toEqual(b.cities.tianjin.focus);
  });

  it('puts a one-to-two pairing\'s single end between its two partners, and the sub-pairing under its parent', () => {
    const layout = layoutPaired(model, { width: 1280, height: 700, lang: 'zh', state: { pair: null, place: null } });
    const y = (id: string) => CITIES.flatMap((c) => layout.cities[c].labels).find((b) => b.party.id === id)!.y;
    expect(y('cc-jingyue')).toBeCloseTo((y('nankai') + y('tj-cbd')) / 2, 5);
    expect(y('cc-xinglong')).toBeGreaterThan(y('cc-etdz'));
    expect(y('cc-xinglong')).toBeLessThan(y('cc-jingyue'));
  });
});

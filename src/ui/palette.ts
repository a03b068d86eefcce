// The page's colours, defined once. The CSS reads them as custom properties (`--changchun` …),
// generated from this file at build time (config/palette.ts → `virtual:palette.css`); the WebGL
// layers and the exported picture read the same values here (src/geo-view/colors.ts,
// src/views/picture-legend.ts). tests/unit/palette.test.ts checks that nothing redefines them.

/** The light palette: the page, print, the exported picture, and the maps drawn on light paper. */
export const LIGHT = {
  ink: '#1d232b',
  muted: '#5b6570',
  paper: '#ffffff',
  wash: '#f4f6f8',
  line: '#d5dbe1',
  changchun: '#2a6fb0',
  'changchun-fill': '#dbe8f5',
  tianjin: '#b8472d',
  'tianjin-fill': '#f6e0d9',
  link: '#7d8792',
  accent: '#c0392b',
  focus: '#1a56db',
  // Surfaces and states, named so the dark scheme can change them in one place.
  surface: '#ffffff',
  'unit-stroke': '#ffffff',
  leader: '#a9b2bb',
  'changchun-box': '#b7cde3',
  'tianjin-box': '#e5bfb4',
  'notice-bg': '#fff4d6',
  'notice-line': '#e6c65c',
  // The paired view's symbols, shared with its legend (src/legend) so the two cannot drift apart.
  'unpaired-fill': '#eceef0',
  'changchun-strong': '#9fc2e6',
  'tianjin-strong': '#eeb4a4',
  // Key-task filter (src/find): the document's own basis colours, as in the panel's badges.
  stated: '#1f6f43',
  related: '#7a6a1f',
  // The geographic map (always on light paper): sea, land, borders, unpaired districts, and the
  // second pair of hues for functional-zone arcs so the two kinds of pair read apart at a glance.
  'geo-sea': '#d3e4ef',
  'geo-land': '#f4f2ec',
  'geo-border': '#a89c92',
  'geo-unpaired': '#e6e8ea',
  'zone-from': '#148c6e',
  'zone-to': '#d68c1a',
  // The tour's progress track: the light line's grey, kept when the projector theme deepens --line.
  'progress-track': '#d5dbe1',
  // The national view: the two regions (their cities in the two cities' hues), Inner Mongolia's note,
  // other provinces, the timeline's events.
  northeast: '#2a6fb0',
  'northeast-fill': '#d3e3f3',
  east: '#b8472d',
  'east-fill': '#f5dcd3',
  'note-fill': '#efe8d2',
  province: '#eef0f2',
  event: '#e0a100',
} as const;

export type Token = keyof typeof LIGHT;

/** The dark scheme, for readers who ask for it: what changes (the rest stays light). */
export const DARK: Partial<Record<Token, string>> = {
  ink: '#e6e9ed',
  muted: '#a9b3bd',
  paper: '#14181d',
  wash: '#1b2128',
  line: '#3d4650',
  changchun: '#8ab9e8',
  'changchun-fill': '#1f3a57',
  tianjin: '#f29a80',
  'tianjin-fill': '#4d2c24',
  link: '#8f9aa6',
  accent: '#ff8a75',
  focus: '#8ab4ff',
  surface: '#222a33',
  'unit-stroke': '#14181d',
  'unpaired-fill': '#2b3139',
  'changchun-strong': '#33618f',
  'tianjin-strong': '#83402f',
  leader: '#66717c',
  'changchun-box': '#3b6189',
  'tianjin-box': '#85503f',
  'notice-bg': '#3b3118',
  'notice-line': '#8a7320',
  stated: '#1f7d48',
  related: '#e3cc6f',
  // The national panel's names lighten (its map keeps its light paper).
  northeast: '#8ab9e8',
  east: '#f29a80',
};

/** The projector theme (presentation mode, src/present): black on white, deeper city hues. */
export const PRESENTING: Partial<Record<Token, string>> = {
  ink: '#000000',
  muted: '#333333',
  changchun: '#1d5a96',
  tianjin: '#9a3720',
  link: '#56606b',
  line: '#8a949e',
};

/**
 * The tokens the geographic and national maps take back from the light palette in the dark scheme:
 * they are drawn on light paper (MapLibre's style, province fills), so their text stays dark on light.
 */
export const LIGHT_PAPER: readonly Token[] = ['ink', 'muted', 'paper', 'wash', 'line', 'changchun', 'changchun-fill', 'tianjin', 'tianjin-fill', 'accent', 'focus', 'surface', 'notice-bg', 'notice-line', 'northeast', 'east'];

export type RGB = [number, number, number];

/** `#2a6fb0` → [42, 111, 176], for deck.gl. */
export function rgb(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

// The paired view in an article's column (an embed): the height is what matters, so rows are
// short and the layout's height follows from its width alone. Loaded only in an embed.
// Side:    the chart (both columns and the links), then the two maps beside it (side by side
//          or one above the other, whichever draws them bigger).
// Compact: both maps side by side on top, then the chart in short rows.
import type { CityProjection } from './city-mercator';
import type { Lang } from '../i18n/strings';
import type { Model } from '../model/build-model';
import { CITIES, type City } from '../model/types';
import { activeParties, fit, focusZoom, labelWidths, linksOf, placeLabels, raw, TAP, totalRows, type CityLayout, type LayoutInput, type PairedLayout, type Rect } from './paired-layout';

/** The embed's layout: beside the maps where that keeps them big enough, else under them. */
export function layoutEmbed(model: Model, { width, lang, state, touch = false }: Omit<LayoutInput, 'height'> & { height?: number }): PairedLayout {
  const active = activeParties(model, state);
  const button = touch ? TAP : COMPACT_BUTTON;
  // The chart beside the maps is shorter; but where it leaves the maps much smaller than
  // they are above the chart (a narrow column, long English names), the maps go on top.
  const narrow = layoutCompact(model, width, lang, active, button);
  const side = layoutSide(model, width, lang, active, button);
  return side && smallerMap(model, side) >= 0.8 * smallerMap(model, narrow) ? side : narrow;
}

/** The drawn area (px²) of the smaller of the two city maps at rest. */
function smallerMap(model: Model, l: PairedLayout): number {
  return Math.min(...CITIES.map((city) => {
    const [[x0, y0], [x1, y1]] = raw(model).city[city];
    return (x1 - x0) * (y1 - y0) * l.cities[city].projection.scale() ** 2;
  }));
}

/** The band over the maps in an embed that holds the city names. */
const COMPACT_TOP = 26;
/**
 * An embed's zoom buttons with a mouse: a column of small buttons beside a map (the frame's
 * height is precious). Under a finger (a coarse pointer) they are TAP (44) px: the column of
 * three, 136 px, fits beside the compact arrangement's maps (≥ 136 px from 305 px wide), so the
 * frame's height does not change (at 300 px the maps grow 2 px); the Tianjin map gives up 12 px of width.
 */
const COMPACT_BUTTON = 32;

/** Largest font (12, else 11 px) at which every name of a city fits `width` on one line. */
function compactFont(model: Model, lang: Lang, width: number): number {
  return CITIES.every((city) => labelWidths(model, city, lang, 12) <= width) ? 12 : 11;
}

/** An embed's zoom buttons, a column in the strip right of the Tianjin map (Tianjin is tall and narrow: it costs the map little). */
function stripControls(frame: Rect, button: number): PairedLayout['controls'] {
  return { x: frame.x + frame.width + 4, y: frame.y, width: button, size: button, vertical: true };
}

/** The Tianjin map's box less the strip for the zoom buttons (`button` px wide and a 4 px gap). */
const lessStrip = (city: City, box: Rect, button: number): Rect => (city === 'tianjin' ? { ...box, width: box.width - button - 4 } : box);

/** Fits a city into a box and centres it there; the frame is the whole box. */
function fitCentred(model: Model, city: City, box: Rect): CityProjection {
  const fitted = fit(model, city, box);
  const [tx, ty] = fitted.projection.translate();
  return fitted.projection.translate([tx + (box.width - fitted.width) / 2, ty + (box.height - fitted.height) / 2]);
}

/**
 * An embed at least ~480 px wide: the chart on the left in short rows, the two maps on the right.
 * Null when the maps would come out under 110 px (then the compact arrangement).
 */
function layoutSide(model: Model, width: number, lang: Lang, active: Set<string>, button: number): PairedLayout | null {
  const pad = 8;
  const fontSize = 12;
  const pitch = width < 900 ? 20 : 22;
  const boxH = pitch - 3;
  const colW = { changchun: labelWidths(model, 'changchun', lang, fontSize), tianjin: labelWidths(model, 'tianjin', lang, fontSize) };
  const corridor = Math.round(Math.min(90, Math.max(36, width * 0.07)));
  const chartW = colW.changchun + corridor + colW.tianjin;
  const top = COMPACT_TOP;
  const chartH = totalRows(model) * pitch;
  const mapsX = pad + chartW + 16;
  const mapsW = width - pad - mapsX;
  const gap = 10;
  const titleBand = COMPACT_TOP - 4;
  // Side by side, or one above the other (the second with its own name band): the one whose
  // smaller map is drawn bigger.
  const options: { city: City; box: Rect }[][] = [
    CITIES.map((city, i) => ({ city, box: { x: mapsX + i * ((mapsW + gap) / 2), y: top, width: (mapsW - gap) / 2, height: chartH } })),
    CITIES.map((city, i) => ({ city, box: { x: mapsX, y: top + i * ((chartH + titleBand) / 2), width: mapsW, height: (chartH - titleBand) / 2 } })),
  ];
  const drawnArea = (o: { city: City; box: Rect }[]) => Math.min(...o.map(({ city, box }) => { const f = fit(model, city, lessStrip(city, box, button)); return f.width * f.height; }));
  const chosen = drawnArea(options[0]!) >= drawnArea(options[1]!) ? options[0]! : options[1]!;
  if (Math.min(...chosen.map(({ box }) => Math.min(box.width, box.height))) < 110) return null;
  // Thumb-sized buttons take 12 px more from Tianjin's width: where that leaves it under 110 px
  // (a 500–520 px column in English), the maps go on top, where they are wider.
  if (button > COMPACT_BUTTON && Math.min(...chosen.map(({ city, box }) => lessStrip(city, box, button).width)) < 110) return null;
  const rowY = (r: number) => top + pitch * r + pitch / 2;
  const colX = { changchun: pad, tianjin: pad + colW.changchun + corridor };
  const cities = {} as Record<City, CityLayout>;
  for (const { city, box: whole } of chosen) {
    const box = lessStrip(city, whole, button);
    const base = { city, projection: fitCentred(model, city, box), frame: box, title: { x: box.x + box.width / 2, y: box.y - 8 } };
    cities[city] = {
      ...base,
      columnTitle: { x: colX[city] + colW[city] / 2, y: top - 8 },
      focus: focusZoom(model, base, active),
      labels: placeLabels(model, city, lang, rowY, colX[city], colW[city], fontSize, () => boxH, pitch, 'none', 1),
    };
  }
  return embedLayout(model, 'side', { width, height: top + chartH + 6, lang, cities, active, fontSize }, button);
}

/** A narrow embed (a phone's article): both maps side by side on top, the chart under them in short rows. */
function layoutCompact(model: Model, width: number, lang: Lang, active: Set<string>, button: number): PairedLayout {
  const pad = width < 340 ? 6 : 8;
  const pitch = 18;
  const boxH = pitch - 2;
  const mapW = Math.floor((width - 3 * pad) / 2);
  // Never shorter than the column of zoom buttons beside Tianjin (136 px under a finger: 2 px more below 306 px wide).
  const mapH = Math.max(Math.round(Math.min(150, mapW * 0.95)), 3 * button + 4);
  const top = COMPACT_TOP;
  const colW = Math.floor(Math.min(Math.max(...CITIES.map((c) => labelWidths(model, c, lang, 12))), (width - 2 * pad - 28) / 2));
  const fontSize = compactFont(model, lang, colW);
  const chartTop = top + mapH + 8;
  const rowY = (r: number) => chartTop + pitch * r + pitch / 2;
  const cities = {} as Record<City, CityLayout>;
  for (const city of CITIES) {
    const x = city === 'changchun' ? pad : width - pad - mapW;
    const frame = lessStrip(city, { x, y: top, width: mapW, height: mapH }, button);
    const base = { city, projection: fitCentred(model, city, frame), frame, title: { x: frame.x + frame.width / 2, y: top - 8 } };
    const colX = city === 'changchun' ? pad : width - pad - colW;
    cities[city] = {
      ...base,
      focus: focusZoom(model, base, active),
      labels: placeLabels(model, city, lang, rowY, colX, colW, fontSize, () => boxH, pitch, 'none', 1),
    };
  }
  return embedLayout(model, 'compact', { width, height: chartTop + pitch * totalRows(model) + 4, lang, cities, active, fontSize }, button);
}

/** What both embed arrangements share: links from the placed labels, the zoom strip beside Tianjin, no hint. */
function embedLayout(
  model: Model,
  arrangement: 'side' | 'compact',
  p: { width: number; height: number; lang: Lang; cities: Record<City, CityLayout>; active: Set<string>; fontSize: number },
  button: number,
): PairedLayout {
  return { arrangement, ...p, links: linksOf(model, p.cities), controls: stripControls(p.cities.tianjin.frame, button), hint: null, spare: null, elbows: false };
}


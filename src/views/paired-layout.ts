// Where everything in the paired view goes, for a given size: two city maps, two
// label columns between them and a band for the links. Pure geometry, no DOM.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Model } from '../model/build-model';
import { spreadLabels } from '../model/label-layout';
import { byPairOrder } from '../model/ordering';
import { CITIES, type City, type Party } from '../model/types';

export type Arrangement = 'wide' | 'stacked';

export interface LabelBox {
  party: Party;
  x: number; // left edge
  y: number; // centre
  width: number;
  height: number;
  /** Where a leader line from the map meets the label (the side facing the map). */
  edgeX: number;
}

export interface CityLayout {
  city: City;
  projection: GeoProjection;
  /** The box the map is fitted into. */
  frame: { x: number; y: number; width: number; height: number };
  labels: LabelBox[];
}

export interface PairedLayout {
  arrangement: Arrangement;
  width: number;
  height: number;
  cities: Record<City, CityLayout>;
  leaders: boolean;
}

export const WIDE_MIN_WIDTH = 720;
const PAD = 12;
const TITLE = 34;

function fitProjection(model: Model, city: City, frame: CityLayout['frame']): GeoProjection {
  const collection: FeatureCollection<Geometry> = {
    type: 'FeatureCollection',
    features: model.partiesByCity[city].flatMap((p) => (p.feature ? [p.feature] : [])),
  };
  return geoMercator().fitExtent(
    [
      [frame.x, frame.y],
      [frame.x + frame.width, frame.y + frame.height],
    ],
    collection,
  );
}

/**
 * @param labelWidth widest label text in px (measured by the view, depends on language and font)
 * @param rowHeight  label box height in px
 */
export function layoutPaired(model: Model, width: number, height: number, labelWidth: number, rowHeight: number): PairedLayout {
  const colW = Math.ceil(labelWidth) + 22; // room for the zone symbol and padding
  const step = rowHeight + 4;
  if (width >= WIDE_MIN_WIDTH) {
    const band = Math.max(70, Math.min(180, width * 0.12));
    const mapW = Math.max(120, (width - 2 * colW - band - 6 * PAD) / 2);
    const top = PAD + TITLE;
    const frameH = Math.max(200, height - top - PAD);
    const ccFrame = { x: PAD, y: top, width: mapW, height: frameH };
    const ccColX = PAD + mapW + 2 * PAD;
    const tjColX = ccColX + colW + band;
    const tjFrame = { x: tjColX + colW + 2 * PAD, y: top, width: mapW, height: frameH };
    const cities = {} as Record<City, CityLayout>;
    for (const city of CITIES) {
      const frame = city === 'changchun' ? ccFrame : tjFrame;
      const projection = fitProjection(model, city, frame);
      // Order by where each party sits on the map, so leader lines rarely cross.
      const parties = model.partiesByCity[city]
        .map((party) => ({ party, y: projection(party.point)![1] }))
        .sort((a, b) => a.y - b.y || a.party.id.localeCompare(b.party.id));
      const ys = spreadLabels(parties.map((p) => p.y), step, top + rowHeight / 2, height - PAD - rowHeight / 2);
      const x = city === 'changchun' ? ccColX : tjColX;
      cities[city] = {
        city,
        projection,
        frame,
        labels: parties.map(({ party }, i) => ({
          party, x, y: ys[i]!, width: colW, height: rowHeight,
          edgeX: city === 'changchun' ? x : x + colW,
        })),
      };
    }
    return { arrangement: 'wide', width, height: Math.max(height, 400), cities, leaders: true };
  }

  // Stacked: Changchun map, then both label columns with the links between them, then Tianjin.
  const innerW = width - 2 * PAD;
  const mapH = Math.round(Math.min(340, Math.max(220, innerW * 0.85)));
  const colWStacked = Math.min(colW, (innerW - 40) / 2);
  const bandX1 = width - PAD - colWStacked;
  const ccFrame = { x: PAD, y: PAD + TITLE, width: innerW, height: mapH };
  const bandTop = ccFrame.y + mapH + PAD;
  const cc = byPairOrder(model, 'changchun');
  const tj = byPairOrder(model, 'tianjin');
  const rows = Math.max(cc.length, tj.length);
  const bandH = rows * step;
  const tjFrame = { x: PAD, y: bandTop + bandH + PAD + TITLE, width: innerW, height: mapH };
  const column = (parties: Party[], x: number, city: City): LabelBox[] =>
    parties.map((party, i) => ({
      party, x, y: bandTop + rowHeight / 2 + i * step, width: colWStacked, height: rowHeight,
      edgeX: city === 'changchun' ? x + colWStacked : x,
    }));
  return {
    arrangement: 'stacked',
    width,
    height: tjFrame.y + mapH + PAD,
    leaders: false,
    cities: {
      changchun: { city: 'changchun', frame: ccFrame, projection: fitProjection(model, 'changchun', ccFrame), labels: column(cc, PAD, 'changchun') },
      tianjin: { city: 'tianjin', frame: tjFrame, projection: fitProjection(model, 'tianjin', tjFrame), labels: column(tj, bandX1, 'tianjin') },
    },
  };
}

/** Links attach to the side of a label that faces the band between the columns. */
export function linkEnd(box: LabelBox): [number, number] {
  return [box.party.city === 'changchun' ? box.x + box.width : box.x, box.y];
}

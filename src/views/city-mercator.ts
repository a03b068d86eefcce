// The paired view's city maps in Mercator, without d3-geo in the first paint. The two cities lie far
// from the antimeridian and their district outlines are dense, so d3's spherical clipping (a
// point-in-polygon test per ring) and adaptive resampling change nothing a reader could see; its
// geoMercator() also clips every path to the whole world's square (the SVG's clip path to the map's
// frame makes that moot). What is left is x = λ, y = ln tan(π/4 + φ/2), scaled and moved: d3's
// geoProjection(geoMercatorRaw) without clipping or resampling, to the last bit
// (tests/unit/city-mercator.test.ts). d3-geo (8 KB gzip) now loads with the views that need it.
import type { Position } from 'geojson';
import type { UnitFeature } from '../model/geometry';

/** A fitted city Mercator, chainable as a d3 projection: screen = (λ, −ln tan(π/4 + φ/2)) × scale + translate. */
export interface CityProjection {
  (point: [number, number]): [number, number];
  scale(): number;
  scale(k: number): CityProjection;
  translate(): [number, number];
  translate(t: [number, number]): CityProjection;
}

const RAD = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan((Math.PI / 2 + lat * RAD) / 2));

/** d3's defaults: scale 150, translate [480, 250]. */
export function cityMercator(): CityProjection {
  let k = 150;
  let tx = 480;
  let ty = 250;
  const projection = (([lon, lat]: [number, number]): [number, number] => [tx + lon * RAD * k, ty - mercatorY(lat) * k]) as CityProjection;
  projection.scale = ((s?: number) => (s === undefined ? k : ((k = +s), projection))) as CityProjection['scale'];
  projection.translate = ((t?: [number, number]) => (t === undefined ? [tx, ty] : (([tx, ty] = [+t[0], +t[1]]), projection))) as CityProjection['translate'];
  return projection;
}

/** 0 … 999 thousandths as a decimal fraction without trailing zeros: '', '.5', '.05', '.123'. */
const FRACTIONS = Array.from({ length: 1000 }, (_, i) => (i ? `.${String(i).padStart(3, '0').replace(/0+$/, '')}` : ''));

/** Thousandths of a pixel (an integer) as a decimal number: -1500 → '-1.5'. */
function decimal(v: number): string {
  return v < 0 ? `-${Math.floor(-v / 1000)}${FRACTIONS[-v % 1000]}` : `${Math.floor(v / 1000)}${FRACTIONS[v % 1000]}`;
}

/**
 * A district's outline as SVG path data: the points d3's geoPath draws with this projection at its
 * default three decimals, each relative to the one before. d3's stream pipeline and its formatting
 * of decimal numbers made the districts' paths the longest part of a phone's first render (≈ 115 ms
 * at 4× CPU); here the points are rounded to whole thousandths of a pixel and written from integers
 * (in Node, all 27 districts in 1–2 ms against d3's 20–30 ms).
 */
export function unitPath(feature: UnitFeature, projection: CityProjection): string {
  const k = projection.scale() * 1000;
  const [tx, ty] = projection.translate();
  const g = feature.geometry;
  const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // A ring's last point repeats its first: closed by z, as d3 does.
      let px = 0;
      let py = 0;
      for (let i = 0, n = ring.length - 1; i < n; i++) {
        const [lon, lat] = ring[i]!;
        const x = Math.round(tx * 1000 + lon! * RAD * k);
        const y = Math.round(ty * 1000 - mercatorY(lat!) * k);
        d += i ? `l${decimal(x - px)},${decimal(y - py)}` : `M${decimal(x)},${decimal(y)}`;
        px = x;
        py = y;
      }
      d += 'z';
    }
  }
  return d;
}

// Writes an HTML page (temp dir) drawing public/geo/cities.topo.json with d3-geo: every unit filled,
// its label point and Chinese name; the third panel zooms to Tianjin's six inner districts.
//   node geo/preview.mjs   (then open the printed file, or screenshot it with headless Chromium)
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import { geoMercator, geoPath } from 'd3-geo';
const t = JSON.parse(readFileSync(fileURLToPath(new URL('../public/geo/cities.topo.json', import.meta.url)), 'utf8'));
const colors = ['#e6194b','#3cb44b','#ffe119','#4363d8','#f58231','#911eb4','#46f0f0','#f032e6','#bcf60c','#fabebe','#008080','#e6beff','#9a6324','#fffac8','#800000','#aaffc3'];
let svgs = '';
for (const [city, size, extra] of [['changchun', 900, null], ['tianjin', 900, null], ['tianjin', 900, ['120101','120102','120103','120104','120105','120106']]]) {
  let fc = feature(t, t.objects[city]);
  const fit = extra ? { type: 'FeatureCollection', features: fc.features.filter((f) => extra.includes(f.id)) } : fc;
  const proj = geoMercator().fitExtent([[20, 20], [size - 20, size - 20]], fit);
  const path = geoPath(proj);
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" style="background:#fff;border:1px solid #ccc">`;
  fc.features.forEach((f, i) => { s += `<path d="${path(f)}" fill="${colors[i % colors.length]}" fill-opacity="0.5" stroke="#333" stroke-width="0.8"/>`; });
  for (const f of fc.features) { const [x, y] = proj(f.properties.label); s += `<circle cx="${x}" cy="${y}" r="3"/><text x="${x + 4}" y="${y - 4}" font-size="14" font-family="Noto Sans CJK SC">${f.properties.name_zh}</text>`; }
  s += '</svg>';
  svgs += s;
}
const out = join(tmpdir(), 'cities-preview.html');
writeFileSync(out, `<html><body style="margin:0">${svgs}</body></html>`);
console.log(out);

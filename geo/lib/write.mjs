// Assemble the output Topology with a fixed key order, serialise it, measure it.
import { readFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Fixed key order everywhere: Topology {type, bbox, transform, objects, arcs};
 * objects {changchun, tianjin}; geometry {type, id, properties, arcs};
 * properties {code, city, name_zh, name_en, label, mercator_bounds, mercator_area}. Geometries sorted by code.
 */
export function assemble(topo, byCode, labels, measures) {
  const objects = {};
  for (const city of ['changchun', 'tianjin']) {
    const geometries = [...topo.objects[city].geometries]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((g) => {
        const u = byCode.get(g.id);
        return {
          type: g.type,
          id: u.code,
          properties: { code: u.code, city: u.city, name_zh: u.name_zh, name_en: u.name_en, label: labels.get(u.code), ...measures.get(u.code) },
          arcs: g.arcs,
        };
      });
    objects[city] = { type: 'GeometryCollection', geometries };
  }
  return {
    type: 'Topology',
    bbox: topo.bbox,
    transform: { scale: topo.transform.scale, translate: topo.transform.translate },
    objects,
    arcs: topo.arcs,
  };
}

/** Compact JSON, one trailing newline: the same input always gives the same bytes. */
export function serialise(topology) {
  return JSON.stringify(topology) + '\n';
}

export function gzipBytes(text) {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
}

export function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

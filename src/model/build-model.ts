// Joins content and geometry into what the views draw. Pure: no DOM, no fetch.
import type { Content } from '../content/index';
import { GEO_FILE, indexCities, type CitiesTopology } from './geometry';
import { CITIES, type City, type PairNode, type Party } from './types';

export interface Model {
  content: Content;
  parties: Map<string, Party>;
  /** Units first, then zones, per city. */
  partiesByCity: Record<City, Party[]>;
  pairs: PairNode[];
  pairById: Map<string, PairNode>;
  /** The 15 pairings of plan2018 §三(四)15, in the plan's order (sub-pairings excluded). */
  topPairs: PairNode[];
}

/**
 * @param topology null when the boundaries could not be loaded: the model still holds every party
 * and pairing from the bundled content (the panel, search and table work), but no unit has a
 * shape or an anchor point, so the views that draw the cities must not be shown (src/load).
 */
export function buildModel(content: Content, topology: CitiesTopology | null): Model {
  // The units' properties now; their shapes when a view first draws them (src/model/geometry.ts).
  const geometries = topology ? indexCities(topology) : null;
  const parties = new Map<string, Party>();
  const partiesByCity: Record<City, Party[]> = { changchun: [], tianjin: [] };

  for (const city of CITIES) {
    const byCode = new Map(geometries?.[city]);
    for (const unit of content.units.filter((u) => u.city === city)) {
      const geometry = byCode.get(unit.code);
      if (!geometry && geometries) throw new Error(`${GEO_FILE}: no ${city} feature with code ${unit.code} (unit "${unit.id}")`);
      byCode.delete(unit.code);
      const party: Party = {
        id: unit.id, kind: 'unit', city, name: unit.name, short: unit.short,
        point: geometry?.properties.label ?? [NaN, NaN], approximate: false, kindLabel: unit.kind, pairs: [], unit, properties: geometry?.properties,
      };
      if (geometry) Object.defineProperty(party, 'feature', { get: geometry.feature, enumerable: true });
      parties.set(unit.id, party);
      partiesByCity[city].push(party);
    }
    for (const code of byCode.keys()) throw new Error(`${GEO_FILE}: feature ${code} in ${city} has no unit in src/content/units.ts`);
  }
  for (const zone of content.zones) {
    const party: Party = {
      id: zone.id, kind: 'zone', city: zone.city, name: zone.name, short: zone.short,
      point: [zone.location.lon, zone.location.lat], approximate: zone.location.approximate, kindLabel: 'zone', pairs: [], zone,
    };
    parties.set(zone.id, party);
    partiesByCity[zone.city].push(party);
  }

  const party = (id: string): Party => {
    const p = parties.get(id);
    if (!p) throw new Error(`src/content/pairings.ts: unknown party "${id}"`);
    return p;
  };
  const tasks = new Map(content.focusAreas.map((t) => [t.id, t]));
  const pairs: PairNode[] = content.pairings.map((pairing) => {
    const changchun = pairing.changchun.map(party);
    const tianjin = pairing.tianjin.map(party);
    for (const p of [...changchun, ...tianjin]) p.pairs.push(pairing.id);
    return {
      id: pairing.id,
      pairing,
      changchun,
      tianjin,
      links: changchun.flatMap((from) => tianjin.map((to) => ({ from, to }))),
      parent: pairing.parent ?? null,
      children: content.pairings.filter((c) => c.parent === pairing.id).map((c) => c.id),
      focus: pairing.focus.map((f) => ({ ...f, area: tasks.get(f.task)! })),
      projects: content.projects.flatMap((project) =>
        project.pairs.filter((l) => l.pair === pairing.id).map((l) => ({ project, basis: l.basis, note: l.note, sources: l.sources })),
      ),
    };
  });
  const pairById = new Map(pairs.map((p) => [p.id, p]));
  const topPairs = pairs.filter((p) => p.parent === null).sort((a, b) => a.pairing.order - b.pairing.order);
  return { content, parties, partiesByCity, pairs, pairById, topPairs };
}

// What the search box searches: every unit, zone, project and project part, with its
// names in both languages and (from the build, see config/search-index.ts) their pinyin,
// and where choosing it takes the reader. Pure: no DOM, so the unit tests run it in Node.
import type { Content } from '../content/index';
import type { Text } from '../content/schema';
import type { City } from '../model/types';
import { normalize } from './normalize';
import type { PinyinIndex } from './names';

export { chineseNames, type PinyinIndex } from './names';

export type EntryKind = 'district' | 'county' | 'county-level city' | 'zone' | 'project' | 'part';

/** Choosing an entry selects a pairing or, for a place no pairing names, the place itself. */
/** What choosing a result selects: a pairing, a place, or a major project (shown by its zones). */
export type Target = { pair: string } | { place: string } | { project: string };

export interface SearchEntry {
  id: string;
  kind: EntryKind;
  name: Text;
  city: City;
  target: Target;
  /** Normalized names and full pinyin: matched exactly, as a prefix or inside. */
  keys: string[];
  /** Initials (hp, hpq): matched exactly or as a prefix only, or two letters would match half the list. */
  initials: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  /** 3 exact, 2 prefix, 1 substring. */
  score: number;
}

const KIND_ORDER: EntryKind[] = ['district', 'county', 'county-level city', 'zone', 'project', 'part'];

export function buildEntries(content: Content, pinyin: PinyinIndex): SearchEntry[] {
  const pairsOf = (party: string) => content.pairings.filter((p) => p.changchun.includes(party) || p.tianjin.includes(party)).map((p) => p.id);
  // Like clicking the place on the map: its first pairing (in the plan's order), or the place.
  const placeTarget = (party: string): Target => {
    const first = pairsOf(party)[0];
    return first ? { pair: first } : { place: party };
  };
  const entry = (id: string, kind: EntryKind, name: Text, city: City, target: Target, zhNames: string[], enNames: string[], extra: string[] = []): SearchEntry => {
    const full = zhNames.flatMap((n) => pinyin[n]?.full ?? []);
    const initials = zhNames.flatMap((n) => pinyin[n]?.initials ?? []);
    const keys = [...zhNames, ...enNames, ...extra].map(normalize).concat(full);
    return { id, kind, name, city, target, keys: [...new Set(keys)].filter(Boolean), initials: [...new Set(initials)] };
  };
  const zoneCity = new Map(content.zones.map((z) => [z.id, z.city]));
  return [
    ...content.units.map((u) => entry(u.id, u.kind, u.name, u.city, placeTarget(u.id), [u.name.zh, u.short.zh], [u.name.en, u.short.en], [u.pinyin])),
    ...content.zones.map((z) => entry(z.id, 'zone', z.name, z.city, placeTarget(z.id), [z.name.zh, z.short.zh], [z.name.en, z.short.en])),
    ...content.projects.flatMap((p) => {
      // A project → the project itself: its zones on the maps, its panel (src/projects).
      const target = { project: p.id };
      const city = zoneCity.get(p.parts[0]!.zone) ?? 'changchun';
      return [
        entry(p.id, 'project', p.name, city, target, [p.name.zh], [p.name.en]),
        // A part → the zone it lies in (the zone's panel lists its parts, or its pairing lists the project).
        ...p.parts.map((part) => entry(part.id, 'part', part.name, zoneCity.get(part.zone) ?? city, placeTarget(part.zone), [part.name.zh], [part.name.en])),
      ];
    }),
  ];
}

function scoreKey(key: string, q: string, substring: boolean): number {
  if (key === q) return 3;
  if (key.startsWith(q)) return 2;
  return substring && key.includes(q) ? 1 : 0;
}

/** Best matches first: exact > prefix > substring, then units before zones before projects, then shorter names. */
export function search(entries: SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let score = 0;
    for (const k of entry.keys) score = Math.max(score, scoreKey(k, q, true));
    for (const k of entry.initials) score = Math.max(score, scoreKey(k, q, false));
    if (score) hits.push({ entry, score });
  }
  return hits
    .sort((a, b) => b.score - a.score || KIND_ORDER.indexOf(a.entry.kind) - KIND_ORDER.indexOf(b.entry.kind) || a.entry.name.zh.length - b.entry.name.zh.length)
    .slice(0, limit);
}

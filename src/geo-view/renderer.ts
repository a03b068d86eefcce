// What the geographic view's two renderers (WebGL, SVG fallback) offer the view definition.
import { partyTarget } from '../model/selection';
import type { AppState } from '../state/app-state';

/** `task`/`group`: the key-task filter of src/find, shown on the arcs. */
export type GeoState = Pick<AppState, 'lang' | 'pair' | 'place' | 'basemap' | 'task' | 'group'>;

export interface GeoRenderer {
  update(state: GeoState): void;
  hover(ids: string[]): void;
  destroy(): void;
}

/** What clicking a party selects: its pairing, or the party itself if it has none (as in the paired view). */
export function activateParty(party: { id: string; pairs: string[] }, events: { selectPair(id: string): void; selectPlace(id: string): void }): void {
  const target = partyTarget(party);
  if (target.pair) events.selectPair(target.pair);
  else events.selectPlace(target.place!);
}

export { prefersReducedMotion } from '../ui/motion';

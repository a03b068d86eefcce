// The national view (loaded on demand): the map of China with the seven pairings and its panel.
// Choosing 长春–天津 opens the paired view; any other pairing opens its panel.
import type { Model } from '../model/build-model';
import type { AppState } from '../state/app-state';
import type { ViewEvents, ViewInstance } from '../views/view-registry';
import { nationalContent } from '../content/national/index';
import type { ChinaTopology } from './china-geometry';
import { PAIRED_VIEW_PAIRING } from '../content/national/ids';
import { buildNationalModel } from './model';
import { createNationalMap } from './national-map';
import { createNationalPanel } from './national-panel';

export function createNationalView(root: HTMLElement, model: Model, topology: ChinaTopology, events: ViewEvents): ViewInstance {
  const national = buildNationalModel(nationalContent, topology);
  let current: AppState | null = null;
  const choose = (id: string | null) => {
    if (id === PAIRED_VIEW_PAIRING) events.setState({ view: 'paired', national: null, pair: null, place: null });
    else events.setState({ national: id !== null && current?.national === id ? null : id });
  };
  const mapBox = document.createElement('div');
  mapBox.className = 'national-map-box';
  root.append(mapBox);
  const map = createNationalMap(mapBox, national, choose);
  // The panel never toggles: its buttons always mean "show this one" (or the overview).
  const panel = createNationalPanel(root, national, model.content, {
    choose: (id) => (id === PAIRED_VIEW_PAIRING ? choose(id) : events.setState({ national: id })),
  });

  return {
    update(state) {
      const previous = current;
      current = state;
      const event = state.event ? national.content.timeline.find((e) => e.id === state.event) : undefined;
      map.update({ lang: state.lang, selected: state.national, eventPlaces: new Set(event?.places ?? []), eventPairings: new Set(event?.pairings ?? []) });
      panel.update(state.lang, state.national);
      if (previous && previous.national !== state.national && state.national) panel.focus();
    },
    hover() {},
    destroy() {
      map.destroy();
      root.replaceChildren();
    },
  };
}

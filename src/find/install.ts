// "Finding things": the search box and the key-task filter, in a row of the page header.
// One line in main.ts: installFind(app).
import './find.css';
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { createFilterControl } from './filter-control';
import { filterMatches, type FilterMatch } from './filter';
import { paintMap, paintPanel } from './highlight';
import { createSearchBox } from './search-box';
import type { SearchEntry } from './search-index';

/** Views that show the pairings of plan2018 §三(四)15; from any other, a search result opens the paired view. */
const PAIR_VIEWS = new Set(['paired', 'geo']);

export function installFind(app: AppContext): void {
  const { store, model, elements } = app;
  const search = createSearchBox({
    // The index and ranking are their own chunk, fetched when the box is first focused.
    load: () => import('./search-lazy').then((m) => m.createSearch(model.content)),
    choose: (entry: SearchEntry) => {
      const patch: Partial<AppState> = 'pair' in entry.target ? { pair: entry.target.pair, place: null } : { pair: null, place: entry.target.place };
      if (!PAIR_VIEWS.has(store.get().view)) patch.view = 'paired';
      store.set(patch);
    },
  });
  const filter = createFilterControl(model.content, (patch) => store.set(patch));
  const bar = h('div', { class: 'find-bar' }, search.element, filter.control, filter.summary);
  elements.toolbar.closest('header')!.append(bar);

  let match: FilterMatch | null = null;
  /** What the map shows: the match, except while presenting (the tour tells its own story, and its stage has no room to explain a highlight). */
  let shown: FilterMatch | null = null;
  let matchFor = '';

  function paint(): void {
    paintMap(elements.map, model, shown);
    // The national view replaces #panel with its own; paint whichever panel is on the page.
    const panel = document.getElementById('panel');
    if (panel) paintPanel(panel, shown, store.get().lang);
  }

  function render(state: AppState): void {
    const key = `${state.task}|${state.group}`;
    if (key !== matchFor) {
      matchFor = key;
      match = filterMatches(model.content, state);
    }
    shown = state.mode === 'present' ? null : match;
    search.update(state.lang);
    filter.update(state, match);
    paint();
  }
  // Installed after the first render: draw now, then after every render.
  render(store.get());
  app.onRender(render);

  // The views redraw on their own (resize, the lazy geographic view arriving): paint again after.
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      paintMap(elements.map, model, shown);
    });
  }).observe(elements.map, { childList: true, subtree: true });
}

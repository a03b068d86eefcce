// "Finding things": the search box and the key-task filter, in a row of the page header.
// One line in main.ts: installFind(app).
import './find.css';
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { loadOnce } from '../load/bounded';
import { createFilterControl } from './filter-control';
import { filterMatches, type FilterMatch } from '../model/filter';
import { paintPanel } from './highlight';
import { createSearchBox } from './search-box';
import type { SearchEntry } from './search-index';

export function installFind(app: AppContext): void {
  const { store, model } = app;
  // The index and ranking are their own chunk, fetched when the box is first focused.
  const code = loadOnce(() => import('./search-lazy'), 'search-lazy.js', (m) => m.createSearch(model.content));
  const search = createSearchBox({
    load: code.get,
    choose: (entry: SearchEntry) => {
      const t = entry.target;
      const patch: Partial<AppState> =
        'pair' in t ? { pair: t.pair, place: null, project: null } : 'place' in t ? { pair: null, place: t.place, project: null } : { pair: null, place: null, project: t.project };
      // From a view without the pairings of plan2018 §三(四)15, a result opens the first view with them.
      if (!app.view(store.get().view).showsPairings) patch.view = app.views.find((v) => v.showsPairings)?.id;
      store.set(patch);
    },
  });
  const filter = createFilterControl(model.content, (patch) => store.set(patch));
  const bar = h('div', { class: 'find-bar' }, search.element, filter.control, filter.summary);
  app.mount('header', bar);

  let match: FilterMatch | null = null;
  /** What the map shows: the match, except while presenting (the tour tells its own story, and its stage has no room to explain a highlight). */
  let shown: FilterMatch | null = null;
  let matchFor = '';

  function paint(): void {
    // The views draw the filter themselves (src/model/filter.ts, views/filter-classes.ts); the panel is painted here.
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
  // Installed before the first render (src/app.ts): draw now, then after every render, and when the panel adds
  // entries between renders (a fold a phone's reader opens is built then: src/views/panel.ts).
  render(store.get());
  app.onRender(render);
  document.addEventListener('panel-content', paint);
}

// A legend for every symbol and colour of the paired view: real text in the page (so it
// is read aloud, translated, printed), right under the map. Collapsible; closed at first on a
// phone and in an embed, where it would push the map down; always open on paper.
import './legend.css';
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { LEGEND_KEYS, LEGEND_STRINGS } from './strings';
import { swatch } from './swatches';

export function installLegend(app: AppContext): void {
  const summary = h('summary', { class: 'legend-title' });
  const texts = new Map(LEGEND_KEYS.map((key) => [key, h('span', { class: 'legend-text' })]));
  const legend = h('details', { class: 'legend', id: 'legend' }, summary);
  // The swatches (a dozen small SVGs, ≈ 57 ms of a phone's start-up with their styles) are built
  // the first time a view shows the legend: the national and geographic views never do.
  let built = false;
  const build = () => {
    built = true;
    legend.append(h('ul', { class: 'legend-list' }, LEGEND_KEYS.map((key) => h('li', { 'data-legend': key }, swatch(key), texts.get(key)!))));
  };
  // Folded on a phone and in an embed (an article's iframe has a fixed height): one line until opened.
  legend.open = !matchMedia('(max-width: 600px)').matches && !app.env.embedded;

  // Printing opens it (and closes it again if the reader had it closed).
  let wasOpen = legend.open;
  addEventListener('beforeprint', () => {
    wasOpen = legend.open;
    legend.open = true;
  });
  addEventListener('afterprint', () => {
    legend.open = wasOpen;
  });

  let drawn = '';
  const render = (state: AppState): void => {
    // Only for a view that draws these symbols (the geographic view has a legend of its own).
    legend.hidden = !app.view(state.view).usesPageLegend;
    if (!legend.hidden && !built) build();
    if (drawn === state.lang) return;
    drawn = state.lang;
    const t = LEGEND_STRINGS[state.lang];
    summary.textContent = t.title;
    for (const [key, span] of texts) span.textContent = t.items[key];
  };
  // Installed before the first render (src/app.ts): draw now, then after every render.
  render(app.store.get());
  app.onRender(render);
  // Right under the map (a grid row of its own, legend.css), so on a phone it comes before the long
  // panel; or in the room the view offers for it. Mounted whole, so the view measures it once.
  app.mount('map-legend', legend);
}

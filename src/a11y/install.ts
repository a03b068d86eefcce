// Accessibility features that are not part of one view: a skip button to the pairings list
// and the table of all pairings under the map.
import type { AppContext } from '../app-context';
import { h } from '../views/dom';
import { createPairingsTable } from './pairings-table';
import { A11Y_STRINGS } from './strings';
import './a11y.css';

export function installA11y(app: AppContext): void {
  // A button, not <a href="#panel">: the hash is the app's state and must not change.
  const skip = h('button', { type: 'button', class: 'skip-link' });
  skip.addEventListener('click', () => {
    const panel = app.elements.panel;
    panel.focus();
    panel.querySelector<HTMLElement>('[data-pair], button')?.focus();
  });
  app.mount('skip', skip);

  const section = h('section', { class: 'pairings-table-section' });
  app.mount('pairings-table', section);
  const table = createPairingsTable(section, app.model, (id) => {
    app.store.set({ pair: id, place: null });
    app.elements.map.scrollIntoView({ block: 'nearest' });
  });
  const render = (lang: 'zh' | 'en') => {
    skip.textContent = A11Y_STRINGS[lang].skipToPanel;
  };
  app.onRender((state) => {
    render(state.lang);
    table.render(state);
  });
  render(app.store.get().lang);
  table.render(app.store.get());
  // The table's rows (≈ 160 elements, closed under the map) are built once the page is shown, when
  // the browser is idle: built with the features before the showing, they were a quarter of the
  // last install task (≈ 25 ms at 4× CPU). Opening the table first builds them at once.
  app.onShow(() => idle(() => table.build()));
}

/** After the showing frame, when nothing else waits (a timer where the browser has no idle callbacks). */
function idle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 200);
}

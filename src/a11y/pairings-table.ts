// Every pairing as a real table (caption, column and row headers), for screen readers and for
// anyone who would rather read than look at a map. Under the map, closed until asked for; its rows
// (pairings-table-rows.ts, with their strings) load once the page is shown, or when it is opened.
import type { Model } from '../model/build-model';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { loadOnce } from '../load/bounded';
import { A11Y_STRINGS } from './strings';

export interface PairingsTable {
  render(state: AppState): void;
  /** Builds the table's rows from now on (until then only its closed summary is there). */
  build(): void;
}

const rowsModule = loadOnce(() => import('./pairings-table-rows'), 'pairings-table-rows.js', (m) => m.pairingsTable);

export function createPairingsTable(container: HTMLElement, model: Model, selectPair: (id: string) => void): PairingsTable {
  const summary = h('summary', {});
  const scroll = h('div', { class: 'pairings-table-scroll' });
  const details = h('details', { class: 'pairings-table-box' }, summary, scroll);
  container.append(details);
  let drawnLang = '';
  let lang: AppState['lang'] | null = null;
  /** The rows wait until the page is shown (or the table is opened first): closed, they are not part of the first paint. */
  let wanted = false;
  // Opened before then (a click, or find in page opening it): built as soon as its code is here.
  summary.addEventListener('click', () => build());
  details.addEventListener('toggle', () => {
    if (details.open) build();
  });

  function build(): void {
    wanted = true;
    const table = rowsModule.loaded();
    if (!table) {
      // A chunk that fails leaves the summary; the next opening asks again.
      rowsModule.get().then(build, (error: unknown) => console.error(error));
      return;
    }
    if (lang && lang !== drawnLang) {
      drawnLang = lang;
      scroll.replaceChildren(table(model, lang, selectPair));
    }
  }

  return {
    render(state) {
      // Rebuilt only when the language changes; opening state is the reader's and is kept.
      lang = state.lang;
      summary.textContent = A11Y_STRINGS[lang].tableSummary;
      if (wanted && lang !== drawnLang) build();
    },
    build,
  };
}

// Print: the current map and panel on one A4 landscape page (see print.css), with a footer
// saying where and when it was printed, so a sheet on a meeting table leads back to the map.
import './print.css';
import type { AppContext } from '../app-context';
import { PRINT_STRINGS } from './strings';
import { STRINGS } from '../i18n/strings';
import { h } from '../views/dom';
import { clearFit, fitText } from './fit';

export function installPrint(app: AppContext): void {
  const { elements, store } = app;
  const where = h('span', { class: 'print-where' });
  const note = h('span', { class: 'print-note' });
  const footer = h('footer', { class: 'print-only print-footer', 'aria-hidden': 'true' }, where, note);
  app.mount('print-footer', footer);

  function prepare(): void {
    const lang = store.get().lang;
    const p = PRINT_STRINGS[lang];
    where.textContent = `${p.printed} ${location.href} · ${p.printDate(new Date())}`;
    note.textContent = STRINGS[lang].aboutText.split(/(?<=[。.])\s*/)[0] ?? '';
    fitText(elements.panel);
  }

  // Chrome applies print styles before it calls `change` listeners of a print media query,
  // so the panel is measured at its printed size; `beforeprint` covers browsers that do not.
  const print = matchMedia('print');
  print.addEventListener('change', (e) => (e.matches ? prepare() : clearFit(elements.panel)));
  window.addEventListener('beforeprint', () => {
    if (print.matches) prepare();
  });
  window.addEventListener('afterprint', () => clearFit(elements.panel));
  // The panel's text changes with the selection: measure again if it changes while printing.
  app.onRender(() => {
    if (print.matches) prepare();
  });
}

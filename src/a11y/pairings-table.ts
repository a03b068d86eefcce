// Every pairing as a real table (caption, column and row headers), for screen readers and for
// anyone who would rather read than look at a map. Under the map, closed until asked for.
import type { Model } from '../model/build-model';
import type { PairNode } from '../model/types';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { partyNames, shortSource, tx, uniqueSources } from '../views/format';
import { A11Y_STRINGS } from './strings';

export interface PairingsTable {
  render(state: AppState): void;
}

function rows(model: Model): PairNode[] {
  // The plan's order, each sub-pairing right after its parent.
  return model.topPairs.flatMap((p) => [p, ...p.children.map((id) => model.pairById.get(id)!)]);
}

export function createPairingsTable(container: HTMLElement, model: Model, selectPair: (id: string) => void): PairingsTable {
  const details = h('details', { class: 'pairings-table-box' });
  container.append(details);
  let drawnLang = '';

  function draw(state: AppState): void {
    const lang = state.lang;
    const t = A11Y_STRINGS[lang];
    const sep = lang === 'zh' ? '、' : '; ';
    const head = h('tr', {}, ...[t.colNo, t.colChangchun, t.colTianjin, t.colKind, t.colFocus, t.colSources, t.colShow].map((c) => h('th', { scope: 'col' }, c)));
    const body = rows(model).map((p) => {
      const cc = partyNames(p.changchun, lang, sep);
      const tj = partyNames(p.tianjin, lang, sep);
      const zone = [...p.changchun, ...p.tianjin].some((x) => x.kind === 'zone');
      const stated = p.focus.filter((f) => f.basis === 'stated');
      const related = p.focus.length - stated.length;
      const focus = [stated.map((f) => `${f.area.id}. ${tx(f.area.title, lang)}`).join(sep) || t.none, related ? ` (${t.related(related)})` : ''].join('');
      const sources = uniqueSources([p.pairing.sources]).map((s) => shortSource(model.content, s, lang)).join(sep);
      const no = String(p.pairing.order) + (p.parent ? t.within(String(p.pairing.order)) : '');
      // Visible text is the name too (no aria-label that could drift from it); the row header gives the pair.
      const show = h('button', { type: 'button', class: 'table-show', 'data-pair': p.id, title: t.show(`${cc} – ${tj}`) }, t.showShort);
      show.addEventListener('click', () => selectPair(p.id));
      return h('tr', { 'data-pair': p.id, class: p.parent ? 'is-sub' : undefined },
        h('td', {}, no), h('th', { scope: 'row' }, cc), h('td', {}, tj), h('td', {}, zone ? t.kindZone : t.kindDistrict),
        h('td', {}, focus), h('td', { class: 'cite-cell' }, sources), h('td', {}, show));
    });
    const table = h('table', { class: 'pairings-table' }, h('caption', {}, t.tableCaption), h('thead', {}, head), h('tbody', {}, ...body));
    details.replaceChildren(h('summary', {}, t.tableSummary), h('div', { class: 'pairings-table-scroll' }, table));
  }

  return {
    render(state) {
      // Rebuilt only when the language changes; opening state is the reader's and is kept.
      if (state.lang === drawnLang) return;
      const open = details.open;
      draw(state);
      details.open = open;
      drawnLang = state.lang;
    },
  };
}

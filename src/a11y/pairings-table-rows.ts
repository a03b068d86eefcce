// The rows of the table of all pairings (pairings-table.ts): built after the page is shown, so
// this module and its strings load then, not with the first paint.
import type { Model } from '../model/build-model';
import type { Lang } from '../i18n/strings';
import type { PairNode } from '../model/types';
import { h } from '../views/dom';
import { partyNames, shortSource, tx, uniqueSources } from '../views/format';
import { TABLE_STRINGS } from './table-strings';

function rows(model: Model): PairNode[] {
  // The plan's order, each sub-pairing right after its parent.
  return model.topPairs.flatMap((p) => [p, ...p.children.map((id) => model.pairById.get(id)!)]);
}

/** Every pairing as a real table (caption, column and row headers); `selectPair` for each row's button. */
export function pairingsTable(model: Model, lang: Lang, selectPair: (id: string) => void): HTMLTableElement {
  const t = TABLE_STRINGS[lang];
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
  return h('table', { class: 'pairings-table' }, h('caption', {}, t.tableCaption), h('thead', {}, head), h('tbody', {}, ...body));
}

// The embed's compact card, in place of the full panel (which in an article column was a second
// scroll box inside the frame): a fixed height, so choosing a pair never changes the frame's
// height. Selected: both names on one line, a one-line summary, its sources and "open the full
// map". Nothing selected: how to choose. A native <select> of the pairings is the keyboard's
// (and screen reader's) way to choose, as the panel's list is in the full page.
import './embed-card.css';
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { shortSource } from '../views/format';
import { MODE_STRINGS } from './mode-strings';

/** The card's own strings (loaded with it, only in an embed). */
const CARD_STRINGS = {
  zh: {
    cardChoose: '选择结对',
    cardAll: '全部 15 组结对',
    cardHint: '点击区县、功能区或连线，或从上面的列表选择结对。',
    cardUnpaired: '未列入实施方案的结对名单。',
  },
  en: {
    cardChoose: 'Choose a pairing',
    cardAll: 'All 15 pairings',
    cardHint: 'Click a district, zone or link, or choose a pairing above.',
    cardUnpaired: 'Not in the implementation plan’s list of pairings.',
  },
};

/**
 * Fills `card` (an empty, fixed-height section placed by embed-mode.ts); returns its render.
 * Three lines, so the whole embed fits an article column (≤ 650 px at 680 px wide): the list of
 * pairings, whose shown entry is the selection's two names; its summary; its sources and "open
 * the full map".
 */
export function fillEmbedCard(app: AppContext, card: HTMLElement, fullUrl: (state: AppState) => string): (state: AppState) => void {
  const { model } = app;
  const choose = h('select', { class: 'embed-card-choose', id: 'embed-card-choose' });
  const summary = h('p', { class: 'embed-card-summary' });
  const sources = h('span', { class: 'embed-card-sources' });
  const open = h('a', { class: 'embed-card-open', target: '_blank', rel: 'noopener' });
  card.setAttribute('aria-live', 'polite');
  card.append(choose, summary, h('p', { class: 'embed-card-meta' }, sources, ' ', open));
  choose.addEventListener('change', () => {
    const v = choose.value;
    if (v.startsWith('place:')) return;
    app.store.set({ pair: v || null, place: null });
  });
  /** The entry that names a selected place outside every pairing (only while it is selected). */
  const placeOption = h('option', { value: '' });

  let lang: AppState['lang'] | null = null;
  const side = (ids: { name: Record<string, string>; short: Record<string, string> }[], l: AppState['lang']) => ids.map((p) => p.short[l]).join(l === 'zh' ? '、' : ', ');

  return function render(state: AppState): void {
      const t = { ...MODE_STRINGS[state.lang], ...CARD_STRINGS[state.lang] };
      if (lang !== state.lang) {
        lang = state.lang;
        choose.setAttribute('aria-label', t.cardChoose);
        choose.replaceChildren(
          h('option', { value: '' }, t.cardAll),
          ...model.topPairs.flatMap((p) => [p, ...p.children.map((id) => model.pairById.get(id)!)]).map((p) =>
            h('option', { value: p.id }, `${side(p.changchun, state.lang)} ⟷ ${side(p.tianjin, state.lang)}`),
          ),
        );
      }
      const pair = state.pair ? model.pairById.get(state.pair) : undefined;
      const place = !pair && state.place ? model.parties.get(state.place) : undefined;
      placeOption.remove();
      if (place) {
        placeOption.value = `place:${place.id}`;
        placeOption.textContent = place.name[state.lang];
        choose.append(placeOption);
      }
      choose.value = pair?.id ?? (place ? placeOption.value : '');
      card.classList.toggle('has-selection', Boolean(pair || place));
      if (pair) {
        choose.title = `${pair.changchun.map((p) => p.name[state.lang]).join('、')} ⟷ ${pair.tianjin.map((p) => p.name[state.lang]).join('、')}`;
        summary.textContent = pair.pairing.summary[state.lang];
        summary.title = summary.textContent;
        // The pairing's own citation, in brackets as the panel writes one: the source line under
        // the card already says "Source:" (the document), and a short frame says it once.
        sources.textContent = `[${pair.pairing.sources.map((s) => shortSource(model.content, s, state.lang)).join(state.lang === 'zh' ? '；' : '; ')}]`;
      } else if (place) {
        choose.title = place.name[state.lang];
        summary.textContent = t.cardUnpaired;
        summary.title = '';
        sources.textContent = '';
      } else {
        choose.title = t.cardChoose;
        summary.textContent = t.cardHint;
        summary.title = '';
        sources.textContent = '';
      }
      sources.title = sources.textContent;
      open.textContent = `${t.openFull} ↗`;
      open.setAttribute('aria-label', t.openFullLabel);
      open.href = fullUrl(state);
  };
}

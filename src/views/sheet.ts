// On a stacked page (phone, tablet portrait) a selection is summed up in a sheet fixed to the
// bottom of the screen, so the highlight in the chart and its words are seen together instead of
// the page jumping ~1,000 px down to the panel. It is fixed: appearing and going never move the
// page (no layout shift). "Details" scrolls to the panel; × clears the selection.
import type { Model } from '../model/build-model';
import type { Party } from '../model/types';
import { STRINGS, type Lang } from '../i18n/strings';
import { h } from './dom';

const SHEET_STRINGS: Record<Lang, { details: string; label: string }> = {
  zh: { details: '详情 ↓', label: '所选' },
  en: { details: 'Details ↓', label: 'Selected' },
};

export interface SheetState {
  lang: Lang;
  pair: string | null;
  place: string | null;
  project?: string | null;
}

/**
 * The places by the names the chart gives them: a sheet is a summary on a phone, and the full
 * official names ("Changchun Jingyue High-tech Industrial Development Zone ⟷ Nankai District and
 * Binhai New Area Central Business District") took five of its lines. The panel has them in full.
 */
const shortNames = (parties: Party[], lang: Lang) => parties.map((p) => p.short[lang]).join(lang === 'zh' ? '、' : ' and ');

export function createSheet(model: Model, events: { clear(): void; details(): void }) {
  const title = h('p', { class: 'sheet-title' });
  const summary = h('p', { class: 'sheet-summary' });
  const details = h('button', { type: 'button', class: 'sheet-details', onclick: () => events.details() });
  const close = h('button', { type: 'button', class: 'sheet-close', onclick: () => events.clear() }, '×');
  const sheet = h('section', { class: 'sheet', role: 'region', 'aria-live': 'polite' }, h('div', { class: 'sheet-text' }, title, summary), h('div', { class: 'sheet-actions' }, details, close));
  sheet.hidden = true;
  return {
    element: sheet,
    /** `show`: the page is stacked and not embedded or presenting. */
    update(state: SheetState, show: boolean): void {
      const t = STRINGS[state.lang];
      const pair = state.pair ? model.pairById.get(state.pair) : undefined;
      const place = !pair && state.place ? model.parties.get(state.place) : undefined;
      const project = !pair && !place && state.project ? model.content.projects.find((p) => p.id === state.project) : undefined;
      sheet.hidden = !show || !(pair || place || project);
      if (sheet.hidden) return;
            title.textContent = pair ? `${shortNames(pair.changchun, state.lang)} ⟷ ${shortNames(pair.tianjin, state.lang)}` : place ? place.name[state.lang] : project!.name[state.lang];
      summary.textContent = pair ? pair.pairing.summary[state.lang] : place ? `${t[place.city]} · ${t.kind[place.kindLabel]}` : project!.summary[state.lang];
      details.textContent = SHEET_STRINGS[state.lang].details;
      close.setAttribute('aria-label', t.clear);
      close.title = t.clear;
      sheet.setAttribute('aria-label', SHEET_STRINGS[state.lang].label);
    },
  };
}

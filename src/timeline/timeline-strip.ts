// A horizontal strip of the dated events and targets the documents give, in date order (stacked on
// phones). Selecting one (#event=…) shows its text and sources and highlights its places on the
// national map. Arrow keys, Home and End move along the strip; Escape closes the event.
import type { AppContext } from '../app-context';
import type { TimelineEvent } from '../content/national/schema';
import { nationalContent } from '../content/national/index';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { cite, sourcesList } from '../national/cite';
import { NATIONAL_VIEW_ID } from '../content/national/ids';
import { NATIONAL_STRINGS } from '../national/strings';
import { inDateOrder } from '../content/national/timeline-order';
import { STRINGS } from '../i18n/strings';

export function createTimelineStrip(section: HTMLElement, app: AppContext) {
  const events = inDateOrder(nationalContent.timeline);
  const places = new Map(nationalContent.places.map((p) => [p.id, p]));
  let shown = '';
  /** The reader's choice to open or close the folded strip (null: not made yet). */
  let foldOpen: boolean | null = null;
  let drawnOpen = false;

  const dateText = (e: TimelineEvent, state: AppState) => {
    const d = STRINGS[state.lang].dateFmt(e.date);
    return e.end ? `${d}–${STRINGS[state.lang].dateFmt(e.end)}` : d;
  };

  const select = (id: string | null) => app.store.set({ event: id });

  function onKey(e: KeyboardEvent, index: number): void {
    const buttons = [...section.querySelectorAll<HTMLButtonElement>('.timeline-event')];
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
    if (to !== null) {
      e.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
    } else if (e.key === 'Escape' && app.store.get().event) {
      e.stopPropagation();
      select(null);
    }
  }

  function detail(e: TimelineEvent, state: AppState): HTMLElement {
    const t = NATIONAL_STRINGS[state.lang];
    return h(
      'div',
      { class: 'timeline-detail', 'data-event': e.id, role: 'region', 'aria-label': e.title[state.lang] },
      h('p', { class: 'timeline-when' }, h('time', { datetime: e.date }, dateText(e, state)), ' · ', t[e.kind]),
      h('h3', {}, e.title[state.lang]),
      h('p', {}, e.text[state.lang], ' ', cite(e.sources, state.lang)),
      h('p', { class: 'timeline-places' }, e.places.map((id) => places.get(id)!.short[state.lang]).join(state.lang === 'zh' ? '、' : ', ')),
      state.view !== NATIONAL_VIEW_ID ? h('button', { type: 'button', class: 'show-on-map', onclick: () => app.store.set({ view: NATIONAL_VIEW_ID }) }, t.showOnMap) : null,
      h('button', { type: 'button', class: 'close-event', onclick: () => select(null) }, t.closeEvent),
      sourcesList(app.model.content, [e.sources], state.lang),
    );
  }

  function render(state: AppState): void {
    const key = `${state.lang}|${state.event}|${state.view}`;
    if (key === shown) return;
    const focused = section.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.event : undefined;
    shown = key;
    const t = NATIONAL_STRINGS[state.lang];
    const selected = events.find((e) => e.id === state.event);
    section.classList.toggle('has-event', Boolean(selected));
    // On a phone the strip folds under its heading below another view's map (the paired page
    // stays within three screens); the national view is its home, and an event is shown open.
    // Once the reader opens or closes it, it stays so.
    const fold = h('details', { class: 'timeline-fold' }) as HTMLDetailsElement;
    fold.open = foldOpen ?? (Boolean(selected) || state.view === NATIONAL_VIEW_ID || !matchMedia('(max-width: 600px)').matches);
    fold.addEventListener('toggle', () => {
      // A toggle event also follows setting `open` above: only a change from what was drawn is the reader's.
      if (fold.isConnected && fold.open !== drawnOpen) foldOpen = drawnOpen = fold.open;
    });
    drawnOpen = fold.open;
    fold.append(
      h('summary', {}, h('h2', { class: 'timeline-heading' }, t.timeline)),
      h('ol', { class: 'timeline-list' }, events.map((e, i) =>
        h('li', { class: `is-${e.kind}` },
          h('button', {
            type: 'button',
            class: 'timeline-event',
            'data-event': e.id,
            'data-date': e.date,
            'aria-pressed': String(e.id === state.event),
            onclick: () => select(e.id === app.store.get().event ? null : e.id),
            onkeydown: (ev: Event) => onKey(ev as KeyboardEvent, i),
          }, h('time', { datetime: e.date }, dateText(e, state)), h('span', { class: 'timeline-title' }, e.title[state.lang])),
        ),
      )),
      ...(selected ? [detail(selected, state)] : []),
    );
    section.replaceChildren(fold);
    if (focused) section.querySelector<HTMLElement>(`.timeline-event[data-event="${focused}"]`)?.focus({ preventScroll: true });
  }

  return { render };
}

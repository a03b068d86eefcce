// Wires state to the URL and the views. Data flows one way: model → state → views.
import type { AppContext, AppEnv } from './app-context';
import { createSlots } from './slots';
import type { Model } from './model/build-model';
import { STRINGS } from './i18n/strings';
import { pageWords, writePageWords } from './i18n/page-words';
import type { AppState, Notice } from './state/app-state';
import { createStore } from './state/store';
import { preferredLang, type UrlCodec } from './state/url';
import { createPanel } from './views/panel';
import { createSheet } from './views/sheet';
import { showNotices } from './views/notices';
import type { ViewDefinition, ViewInstance } from './views/view-registry';
import { createViewSwitch } from './views/view-switch';
import { keepLayoutTop } from './ui/first-screen';

/** What `drawn()` returns for a view that draws at once: one settled promise, so main.ts can tell whether a newer drawing began. */
const DRAWN: Promise<void> = Promise.resolve();

/**
 * @param views the ways of looking at the map; the first is the default (`paired`).
 * @param url the URL's keys, composed from the features' fields (src/url-fields.ts).
 * @param install plugs the first screen's features in (main.ts), before the first render: their
 *   buttons, find bar and legend are then in the page when the view first measures its box, so
 *   the view is laid out and drawn once, and the page can be shown as soon as that drawing is whole.
 */
export function startApp(model: Model, views: ViewDefinition[], url: UrlCodec, install: (app: AppContext) => void = () => {}): AppContext {
  const DEFAULT_STATE = url.defaults;
  const known = url.known(model, {
    pairs: new Set(model.pairById.keys()),
    places: new Set(model.parties.keys()),
    views: new Set(views.map((v) => v.id)),
  });
  const parseHash = (hash: string) => url.parse(hash, known);
  const serializeHash = (state: AppState) => url.serialize(state);
  const first = parseHash(location.hash);
  const store = createStore<AppState>({ ...DEFAULT_STATE, lang: preferredLang(navigator.languages), ...first.state });
  let notices: Notice[] = first.notices;
  const renderListeners: ((state: AppState) => void)[] = [];
  let pageShown!: () => void;
  const shownOnce = new Promise<void>((resolve) => (pageShown = resolve));

  const elements = {
    toolbar: document.getElementById('toolbar')!,
    map: document.getElementById('map')!,
    panel: document.getElementById('panel')!,
    notices: document.getElementById('notices')!,
  };
  const langButton = document.getElementById('lang-switch')!;
  // On a phone the toolbar's feature buttons and the key-task filter wait behind "More"
  // (styles.css keys on aria-expanded), so the first screen keeps the maps and the chart.
  const moreButton = document.getElementById('toolbar-more')!;
  moreButton.addEventListener('click', () => moreButton.setAttribute('aria-expanded', String(moreButton.getAttribute('aria-expanded') !== 'true')));

  // One selection at a time: a pairing, a place, or a major project (src/projects) shown by its zones.
  const selectPair = (pair: string | null) => store.set({ pair, place: null, project: null });
  const selectPlace = (place: string) => store.set({ pair: null, place, project: null });
  const selectProject = (project: string) => store.set({ pair: null, place: null, project });
  /** True while the page itself moves focus back to a list entry (see render): not a reader pointing at it. */
  let returningFocus = false;
  const panel = createPanel(elements.panel, model, {
    shown: shownOnce,
    selectPair,
    selectPlace,
    selectProject,
    // Focus on a pair's entry lights it on the map as hover does (for the keyboard), except the
    // focus the page gives back on leaving a pairing: that lit the pair just cleared, and kept its
    // districts named on the map (over the city names) until focus went elsewhere.
    hoverPair: (id) => {
      if (!returningFocus) map?.hover(id ? [id] : []);
    },
  });
  const sheet = createSheet(model, { clear: () => selectPair(null), details: () => elements.panel.scrollIntoView({ block: 'start' }) });
  document.body.append(sheet.element);
  let shown = false;
  // The environment, read from the state here and nowhere else.
  const env: AppEnv = {
    get shown() {
      return shown;
    },
    get embedded() {
      return store.get().embed;
    },
    get presenting() {
      return store.get().mode === 'present' && store.get().step !== null;
    },
    get lang() {
      return store.get().lang;
    },
  };
  const viewEvents = { selectPair, selectPlace, hover: (ids: string[]) => panel.highlight(ids), setState: (patch: Partial<AppState>) => store.set(patch), env: () => env, room: (place: HTMLElement | null) => slots.dock('map-legend', place) };
  const slots = createSlots(
    { map: elements.map, main: elements.map.closest('main')! },
    { toolbar: elements.toolbar, header: elements.toolbar.closest('header')!, footer: document.querySelector<HTMLElement>('.site-footer')!, body: document.body },
  );
  let map: ViewInstance | null = null;
  let mapView = '';
  let mapDefinition = views[0]!;
  /** Switching views keeps everything else in the state: only the map is replaced. */
  function showView(id: string): ViewInstance {
    if (map && mapView === id) return map;
    map?.destroy();
    const definition = views.find((v) => v.id === id) ?? views[0]!;
    mapView = definition.id;
    mapDefinition = definition;
    elements.map.dataset.view = definition.id;
    map = definition.create(elements.map, model, viewEvents);
    return map;
  }
  const viewSwitch = createViewSwitch(elements.toolbar, views, (view) => store.set({ view }));
  // A desktop's map box and panel end at the window's bottom edge, under the header as tall as it is.
  const fitLayout = keepLayoutTop(elements.map.parentElement!, [document.querySelector<HTMLElement>('.site-header')!, elements.notices]);

  function render(state: AppState, previous: AppState | null): void {
    // Everything the render writes above and beside the map comes first, the view's measure and
    // drawing last: the header's words, the toolbar's, the panel, the notices and the features'
    // words then make one layout, which the view's measure of its box reads (with the view
    // measured first and the features after, the start-up laid the hidden page out four times
    // before the chart was drawn: docs/performance.md, "Start-up, 8 Dec").
    // The header's words: for an English page public/boot.js has usually written them before the
    // first frame, and what is already there is left alone (src/i18n/page-words.ts).
    writePageWords(pageWords(state.lang));
    const aboutText = document.getElementById('about-text')!;
    if (aboutText.textContent !== STRINGS[state.lang].aboutText) aboutText.textContent = STRINGS[state.lang].aboutText;
    const view = showView(state.view);
    viewSwitch.update(state);
    // The side panel is hidden under a view with a panel of its own (national.css): not built there.
    if (mapDefinition.usesPagePanel !== false) panel.update(state);
    showNotices(elements.notices, notices, state.lang, url.noticeText);

    const selectionChanged = previous !== null && (previous.pair !== state.pair || previous.place !== state.place || previous.project !== state.project);
    const hash = serializeHash(state);
    // An embed never adds history entries: they would pile up in the article's back button.
    // One entry per state the reader chose: the canonical form of an arriving URL, and what features
    // change to bring it in line (a tour step's pairing), replace it (`settling`), so Back leaves it in one press.
    if (hash !== location.hash) history[selectionChanged && !state.embed && !settling ? 'pushState' : 'replaceState'](null, '', hash);
    // Where the panel lies below the map (one column: phone, tablet portrait) the sheet sums the
    // selection up where the reader is; the page does not jump to the panel, which the sheet's
    // "Details" reaches. Keyed on where the panel is, not on the chart's arrangement: a 1024 px
    // laptop stacks its chart beside the panel (a sheet repeated it, over the chart), and a 768 px
    // tablet draws a wide chart above the panel (no sheet left the selection's words off screen).
    // Measured only with a selection to sum up: the offsets force a layout of the whole page, and
    // on the first render (nothing selected, the page still hidden) that layout was a third of
    // the start-up's longest task on a phone (Lighthouse's Total Blocking Time).
    const selected = Boolean(state.pair || state.place || state.project);
    const panelBelow = selected && elements.panel.offsetLeft <= elements.map.offsetLeft;
    sheet.update(state, panelBelow && !state.embed && !env.presenting);
    if (selectionChanged && (state.pair || state.place || state.project)) {
      elements.panel.focus({ preventScroll: true });
    } else if (selectionChanged && previous) {
      // Back to the overview: return focus to the entry the reader came from.
      const from = previous.pair ?? previous.place;
      returningFocus = true;
      try {
        elements.panel.querySelector<HTMLElement>(`[data-pair="${from}"], [data-place="${from}"]`)?.focus();
      } finally {
        returningFocus = false;
      }
    }
    // The features' words (their toolbar buttons, the find bar's) may wrap the header onto another
    // row (Chinese at 1280 px): written before the layout's top is measured, so the view measures
    // its box once, under the header as tall as it ends up.
    for (const listener of renderListeners) listener(state);
    // Where the layout begins, for the first screen's height (src/ui/first-screen.ts); then the view
    // measures its box in the same layout.
    fitLayout();
    view.update(state);
    elements.map.removeAttribute('aria-busy');
  }

  /** True while a URL that just arrived (the first load, Back, Forward, a typed hash) is being applied. */
  let settling = true;
  const settle = () => {
    settling = true;
    // After the features' own corrections (sync or queued as microtasks), the next change is the reader's.
    setTimeout(() => (settling = false), 0);
  };
  // A key or a pointer is the reader acting: what it changes is theirs even before the settling's
  // timer has run. Chrome runs input ahead of timers, so a clicker's key pressed just as a step
  // arrived (typed, Back, the tour's code landing) replaced that step's entry instead of adding its
  // own, and Back skipped a step (history.test).
  // (Capture phase, `true`: before the tour's own key listener acts.)
  for (const type of ['keydown', 'pointerdown'] as const) window.addEventListener(type, () => (settling = false), true);

  window.addEventListener('popstate', () => {
    settle();
    const parsed = parseHash(location.hash);
    notices = parsed.notices;
    // Keys the URL leaves out go back to their defaults; the language stays as it was.
    store.set({ ...DEFAULT_STATE, lang: store.get().lang, ...parsed.state });
    showNotices(elements.notices, notices, store.get().lang, url.noticeText);
  });
  langButton.addEventListener('click', () => store.set({ lang: store.get().lang === 'zh' ? 'en' : 'zh' }));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && (store.get().pair || store.get().place || store.get().project)) selectPair(null);
  });

  const app: AppContext = {
    model,
    store,
    elements,
    url,
    views,
    view: (id) => views.find((v) => v.id === id) ?? views[0]!,
    env,
    mount(slot, element) {
      // The start of the page, before everything else.
      if (slot === 'skip') document.body.prepend(element);
      else slots.mount(slot, element);
    },
    provide: slots.provide,
    notify(next) {
      notices = next;
      showNotices(elements.notices, notices, store.get().lang, url.noticeText);
    },
    report(notice) {
      const key = JSON.stringify(notice);
      notices = [...notices.filter((n) => JSON.stringify(n) !== key), notice];
      showNotices(elements.notices, notices, store.get().lang, url.noticeText);
    },
    onRender(listener) {
      renderListeners.push(listener);
    },
    settle,
    // One settled promise for a view that draws at once, so main.ts can tell whether a newer drawing began.
    drawn: () => map?.drawn?.() ?? DRAWN,
    show() {
      shown = true;
      panel.beforeShow();
      document.documentElement.classList.add('is-ready');
      pageShown();
    },
    onShow(listener) {
      if (shown) listener();
      // The panel's results wait on the same promise: one record of the showing.
      else void shownOnce.then(listener);
    },
  };

  store.subscribe((state, previous) => render(state, previous));
  // The features first (a feature that changes the state while it installs, a tour's link, renders
  // then), then the first render, which reaches them all through their onRender listeners.
  install(app);
  render(store.get(), null);
  settle();
  return app;
}

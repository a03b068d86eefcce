// Wires state to the URL and the views. Data flows one way: model → state → views.
import type { Model } from './model/build-model';
import { STRINGS } from './i18n/strings';
import type { AppState, Notice } from './state/app-state';
import { createStore } from './state/store';
import { parseHash, preferredLang, serializeHash, type KnownIds } from './state/url';
import { createPairedView } from './views/paired-view';
import { createPanel } from './views/panel';
import { showNotices } from './views/notices';

export function startApp(model: Model): void {
  const known: KnownIds = { pairs: new Set(model.pairById.keys()), places: new Set(model.parties.keys()) };
  const first = parseHash(location.hash, known);
  const store = createStore<AppState>({
    lang: first.state.lang ?? preferredLang(navigator.languages),
    pair: first.state.pair ?? null,
    place: first.state.place ?? null,
  });
  let notices: Notice[] = first.notices;

  const mapEl = document.getElementById('map')!;
  const panelEl = document.getElementById('panel')!;
  const noticesEl = document.getElementById('notices')!;
  const langButton = document.getElementById('lang-switch')!;

  const selectPair = (pair: string | null) => store.set({ pair, place: null });
  const selectPlace = (place: string) => store.set({ pair: null, place });
  const panel = createPanel(panelEl, model, {
    selectPair,
    selectPlace,
    hoverPair: (id) => map.hover(id ? [id] : []),
  });
  const map = createPairedView(mapEl, model, { selectPair, selectPlace, hover: (ids) => panel.highlight(ids) });

  function render(state: AppState, previous: AppState | null): void {
    const t = STRINGS[state.lang];
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.title} · ${STRINGS[state.lang === 'zh' ? 'en' : 'zh'].title}`;
    document.getElementById('title')!.textContent = t.title;
    document.getElementById('subtitle')!.textContent = t.subtitle;
    document.getElementById('about-summary')!.textContent = t.about;
    document.getElementById('about-text')!.textContent = t.aboutText;
    langButton.textContent = t.langSwitch;
    langButton.setAttribute('lang', state.lang === 'zh' ? 'en' : 'zh-CN');
    langButton.setAttribute('aria-label', t.langSwitchLabel);
    map.update(state);
    panel.update(state);
    showNotices(noticesEl, notices, state.lang);
    mapEl.removeAttribute('aria-busy');

    const selectionChanged = previous !== null && (previous.pair !== state.pair || previous.place !== state.place);
    const hash = serializeHash(state);
    if (hash !== location.hash) history[selectionChanged ? 'pushState' : 'replaceState'](null, '', hash);
    if (selectionChanged && (state.pair || state.place)) {
      panelEl.focus({ preventScroll: true });
      if (mapEl.classList.contains('is-stacked')) panelEl.scrollIntoView({ block: 'start' });
    } else if (selectionChanged && previous) {
      // Back to the overview: return focus to the entry the reader came from.
      const from = previous.pair ?? previous.place;
      panelEl.querySelector<HTMLElement>(`[data-pair="${from}"], [data-place="${from}"]`)?.focus();
    }
  }

  store.subscribe((state, previous) => render(state, previous));
  render(store.get(), null);

  window.addEventListener('popstate', () => {
    const parsed = parseHash(location.hash, known);
    notices = parsed.notices;
    store.set({ pair: parsed.state.pair ?? null, place: parsed.state.place ?? null, lang: parsed.state.lang ?? store.get().lang });
    showNotices(noticesEl, notices, store.get().lang);
  });
  langButton.addEventListener('click', () => store.set({ lang: store.get().lang === 'zh' ? 'en' : 'zh' }));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && (store.get().pair || store.get().place)) selectPair(null);
  });
}

// Presentation mode: a full-screen tour for joint meetings (联席会议) on a projector.
// State (mode, step, play) lives in the store and the URL, so every step is a link;
// this module turns keys and buttons into store changes and draws the stage from state.
// Loaded on first use (src/present/install.ts keeps only the toolbar button in the first paint):
// the stage, its keys, its strings and its projector CSS are of no use to a reader who never presents.
import { prefersReducedMotion } from '../ui/motion';
import './present.css';
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { PRESENT_STRINGS } from '../i18n/present';
import { STRINGS } from '../i18n/strings';
import { createTimer, dwellMs } from './autoplay';
import { createBlankScreen } from './blank';
import { createStage } from './controls';
import { enterFullscreen, exitFullscreen, isFullscreen, onFullscreenExit } from './fullscreen';
import { actionForKey, keyInfo, type TourAction } from './keys';
import { loadOnce, loadFailed } from '../load/bounded';
import { buildTour, stepForSelection } from './tour';

const reducedMotion = prefersReducedMotion;

export interface TourMode {
  /** Starts the tour where the reader is (the toolbar button's click). */
  enter(): void;
  /** What a key or control of the tour does (src/present/keys.ts). */
  act(action: TourAction): void;
}

/** The cards' code, through the loader: after a failure the next step asks for it again (src/load/bounded.ts). */
const stepCards = loadOnce(() => import('./step-card'), 'step-card.js');

/**
 * Puts the stage on the page and brings the current state in line with the tour (a deep link to
 * a step shows it at once). @param enterButton the toolbar's button (src/present/install.ts): focus returns to it on leaving.
 */
export function startTourMode(app: AppContext, enterButton: HTMLElement): TourMode {
  const { store, model } = app;
  const tour = buildTour(model);
  const total = tour.length;
  const stage = createStage((action) => act(action));
  app.mount('present-stage', stage.stage);
  app.mount('present-bar', stage.bar);
  // Back from a blank screen: the step's autoplay wait starts again from the full time.
  const blank = createBlankScreen(() => renderStage(store.get()));
  stage.bar.append(blank.element);

  let status = '';
  /** The step whose selection was last put on the map; a different selection then is the reader's click. */
  let appliedStep: number | null = null;
  let cardFor = '';
  /** What the reader had before the tour started (view, pairing, place, filter, language …): leaving brings it back. */
  let before: Partial<AppState> | null = null;

  /** The cards' code loads when a tour first shows (it is not part of the first paint); once. */
  let cards: typeof import('./step-card') | null = null;
  let cardsLoading = false;
  function loadCards(): void {
    if (cardsLoading) return;
    cardsLoading = true;
    stepCards
      .get()
      .then((m) => {
        cards = m;
        cardFor = '';
        renderStage(store.get());
      })
      .catch((error: unknown) => {
        // The tour still steps through the pairings on the map; the notice says what is missing.
        console.error(error);
        cardsLoading = false;
        app.report(loadFailed('tour', error));
      });
  }

  // Started with the tour (not when its first card is drawn): one wait for the reader, not two in a row.
  loadCards();

  const selectionOf = (n: number) => tour[n - 1]!.selection;
  /** Step and selection change together, so the URL never holds one without the other. */
  function goTo(n: number, extra: Partial<AppState> = {}): void {
    const step = Math.min(total, Math.max(1, n));
    appliedStep = step;
    store.set({ mode: 'present', step, ...selectionOf(step), ...extra });
  }

  function enter(): void {
    const { mode: _mode, step: _step, play: _play, ...rest } = store.get();
    before = rest;
    // Called from a click or key: the gesture full screen needs. Resume where the reader is.
    void enterFullscreen().then(() => renderStage(store.get()));
    goTo(stepForSelection(tour, store.get().pair));
    stage.next.focus();
  }

  function leave(): void {
    blank.hide();
    // Back to the page as it was before the tour; a tour opened from a link (nothing before it)
    // keeps the step's pairing on the map, so the reader can go on from there.
    store.set({ ...(before ?? {}), mode: 'normal', step: null, play: false });
    before = null;
    appliedStep = null;
    status = '';
    void exitFullscreen();
    enterButton.focus();
  }

  function act(action: TourAction): void {
    const s = store.get();
    if (s.mode !== 'present' || s.step === null) return;
    switch (action) {
      case 'next':
        return goTo(s.step + 1);
      case 'prev':
        return goTo(s.step - 1);
      case 'first':
        return goTo(1);
      case 'last':
        return goTo(total);
      case 'leave':
        return leave();
      case 'play':
        status = '';
        return store.set({ play: !s.play });
      case 'fullscreen':
        void (isFullscreen() ? exitFullscreen() : enterFullscreen()).then(() => renderStage(store.get()));
        return;
      case 'black':
      case 'white':
        blank.show(action, PRESENT_STRINGS[s.lang].blanked);
        return renderStage(s);
    }
  }

  // Capture phase, before the page's own Esc (which would clear the selection) and any other key handler.
  window.addEventListener(
    'keydown',
    (e) => {
      if (store.get().mode !== 'present' || e.defaultPrevented) return;
      // While the screen is blank, any key brings the step back and does nothing else (as in
      // slide software: the presenter's next press must not skip a step nobody has seen).
      if (blank.shown) {
        if (['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key)) return;
        e.preventDefault();
        e.stopPropagation();
        blank.hide();
        return;
      }
      const action = actionForKey(keyInfo(e));
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      act(action);
    },
    { capture: true },
  );
  // Esc in real full screen is taken by the browser: leaving full screen leaves the tour too.
  onFullscreenExit(() => {
    if (store.get().mode === 'present') leave();
  });

  const timer = createTimer(() => {
    const s = store.get();
    if (s.mode !== 'present' || !s.play || s.step === null) return;
    // Loops, so a screen in the lobby keeps going; a presenter pauses or leaves.
    goTo(s.step >= total ? 1 : s.step + 1);
  });
  let timedStep: number | null = null;

  /** Brings a state from outside (a link, Back, a click on the map) in line with the tour. */
  function normalize(s: AppState): Partial<AppState> | null {
    if (s.mode !== 'present') return s.step !== null ? { mode: 'present' } : s.play ? { play: false } : null;
    if (s.step === null) return { step: stepForSelection(tour, s.pair), ...selectionOf(stepForSelection(tour, s.pair)) };
    const want = selectionOf(s.step);
    if (want.pair === s.pair && want.place === s.place && want.project === s.project) return null;
    if (appliedStep === s.step && s.pair) {
      // The presenter clicked another pairing on the map: go to its step.
      const n = stepForSelection(tour, s.pair);
      if (tour[n - 1]?.kind === 'pair') return { step: n, ...selectionOf(n) };
      return null;
    }
    if (appliedStep === s.step) return null; // looking at a place the tour does not stop at
    return { ...want };
  }

  function renderStage(s: AppState): void {
    const presenting = s.mode === 'present' && s.step !== null;
    document.documentElement.classList.toggle('is-presenting', presenting);
    stage.stage.hidden = !presenting;
    stage.bar.hidden = !presenting;
    const p = PRESENT_STRINGS[s.lang];
    if (!presenting) {
      timer.stop();
      timedStep = null;
      cardFor = '';
      return;
    }
    const step = tour[s.step! - 1]!;
    const key = `${step.id}:${s.lang}:${s.view}`;
    if (!cards) loadCards();
    else if (key !== cardFor) {
      cardFor = key;
      // The card's words are true of the view it is shown in (how to read it, what it draws).
      stage.card.replaceChildren(...cards.renderStepCard(step, model, s.lang, app.view(s.view)));
      stage.card.dataset.step = String(s.step);
      stage.card.dataset.stepId = step.id;
      stage.card.dataset.kind = step.kind;
      stage.card.setAttribute('aria-label', `${p.counter(s.step!, total)} · ${STRINGS[s.lang].title}`);
      stage.card.scrollTop = 0;
      fitCard();
    }
    if (s.play && !blank.shown) {
      if (timedStep !== s.step || !timer.running) {
        timedStep = s.step;
        timer.start(dwellMs(stage.card.textContent ?? '', s.lang));
      }
    } else {
      timer.stop();
      timedStep = null;
    }
    stage.update({ step: s.step!, total, lang: s.lang, play: s.play, fullscreen: isFullscreen(), status });
  }

  /**
   * The card's type fills its column: from FIT_MIN to FIT_MAX of the room size (1 rem), the largest
   * at which the whole card shows without a scroll bar. A short card reads from further back; a
   * long one (the timeline, the sources, any card on a small projector) still fits. Again when the
   * window changes or the card fills in (the timeline's events arrive lazily).
   */
  const FIT_MIN = 0.7;
  const FIT_MAX = 1.3;
  let fitting = false;
  function fitCard(): void {
    const card = stage.card;
    if (fitting || card.closest('[hidden]') || !card.clientHeight) return;
    fitting = true;
    const fits = (scale: number) => {
      card.style.setProperty('--card-fit', scale.toFixed(3));
      return card.scrollHeight <= card.clientHeight + 1;
    };
    let [lo, hi] = [FIT_MIN, FIT_MAX];
    if (fits(hi)) lo = hi;
    else for (let i = 0; i < 7; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    fits(lo);
    fitting = false;
  }
  new MutationObserver(() => fitCard()).observe(stage.card, { childList: true, subtree: true, characterData: true });
  new ResizeObserver(() => fitCard()).observe(stage.stage);
  // Measured in the fallback font, a card would keep the size it had before the web font came.
  document.fonts?.addEventListener('loadingdone', () => fitCard());

  app.onRender((s) => {
    renderStage(s);
    const fix = normalize(s);
    // After the render in progress, so every listener sees one consistent state.
    if (fix) queueMicrotask(() => store.set(fix));
  });

  // A link with autoplay on a machine that asks for reduced motion opens paused: motion only on request.
  const start = store.get();
  if (start.play && reducedMotion()) {
    status = PRESENT_STRINGS[start.lang].reducedMotionPaused;
    store.set({ play: false });
  }
  const fix = normalize(store.get());
  if (fix) store.set(fix);
  appliedStep = store.get().step;
  renderStage(store.get());
  return { enter, act };
}

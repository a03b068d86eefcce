// Presentation mode's part of the first paint: the toolbar's Present button, nothing else. The
// tour itself (stage, keys, strings, projector CSS: src/present/tour-mode.ts) loads on the first
// click, or — for a link that opens a step (`#mode=present&step=5`, `#step=17`) — while the
// boundaries load, before the first render (main.ts waits for `tourLoaded`), so such a link does
// not show the page first and then turn into the stage. Bounded: a chunk that fails or never
// answers ends in a notice naming it, and the button tries again.
import './present-enter.css';
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { beforeFirstRender, loadOnce, loadFailed } from '../load/bounded';
import { PRESENT_ENTRY_STRINGS } from './entry-strings';
import type { TourMode } from './tour-mode';
import { actionForKey, keyInfo, type TourAction } from './keys';

type TourModule = typeof import('./tour-mode');

/** The tour's code; once it has arrived (a link's early load), installPresent starts it at once. */
const tour = loadOnce(() => import('./tour-mode'), 'tour-mode.js');
const loadTour = tour.get;
/** Why a link's early load failed: reported once the app is up (it has no notices before). */
let earlyFailure: unknown = null;

/** A link that names a tour key: worth fetching the tour's code with the boundaries (a false hit only fetches it early). */
const OPENS_TOUR = /(?:^#|&)(?:mode|step|play)=/;

/**
 * Settles (never rejects) once a link that opens the tour has its code, or at once for any other
 * link. The first render waits for it 3 s at most, as for the timeline strip: a slow tour starts
 * once it arrives (or says it could not, after the bounded wait) rather than hold the map back.
 */
export const tourLoaded: Promise<void> = OPENS_TOUR.test(location.hash)
  ? beforeFirstRender(loadTour().catch((error: unknown) => void (earlyFailure = error)))
  : Promise.resolve();

/** A state the tour has to act on: presenting, a step without the mode (it starts the tour), autoplay without a tour (it turns it off). */
const wantsTour = (s: AppState) => s.mode === 'present' || s.step !== null || s.play;

export function installPresent(app: AppContext): void {
  const { store } = app;
  const button = h('button', { type: 'button', class: 'present-enter' }, h('span', { 'aria-hidden': 'true' }, '▶ '), h('span', { class: 'present-enter-label' }));
  app.mount('toolbar', button);

  let mode: TourMode | null = null;
  /** Loading, or starting (the tour's first state change renders before startTourMode returns). */
  let pending = false;
  /** @param fromUrl started for a URL that arrived before the code (Back to a step, a slow link): its corrections replace that entry. */
  function start(m: TourModule, fromUrl: boolean): TourMode {
    if (mode) return mode;
    pending = true;
    if (fromUrl) app.settle();
    const started = (mode = m.startTourMode(app, button));
    pending = false;
    // After the URL has settled (the settling ends in the task queued before this one): each
    // step a held key takes is an entry of its own, as it is once the tour is here.
    const held = queued.splice(0);
    if (held.length) setTimeout(() => held.forEach((action) => started.act(action)));
    return started;
  }
  function failed(error: unknown): void {
    pending = false;
    queued.length = 0;
    console.error(error);
    app.report(loadFailed('present', error));
    // A link's step cannot be shown: the page as it is, without a half-started tour.
    if (!mode && wantsTour(store.get())) store.set({ mode: 'normal', step: null, play: false });
  }
  function ensure(fromUrl: boolean): Promise<TourMode> {
    if (mode) return Promise.resolve(mode);
    pending = true;
    return loadTour().then((m) => {
      pending = false;
      return start(m, fromUrl);
    });
  }

  button.addEventListener('click', () => ensure(false).then((m) => m.enter(), failed));

  /**
   * Keys pressed for the tour while its code is on its way (a link to a step, Back to one): held
   * and played once it is here, not lost (nor scrolling the page meanwhile). Capture phase, before
   * the page's own Esc, as the tour's own listener (tour-mode.ts) once it is here.
   */
  const queued: TourAction[] = [];
  window.addEventListener(
    'keydown',
    (e) => {
      if (mode || !pending || e.defaultPrevented || store.get().mode !== 'present') return;
      const action = actionForKey(keyInfo(e));
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      queued.push(action);
    },
    { capture: true },
  );
  // A pointer on its way to the button starts the download: the click then rarely waits.
  button.addEventListener('pointerenter', () => void loadTour().catch(() => undefined), { once: true });

  const label = (s: AppState) => {
    const t = PRESENT_ENTRY_STRINGS[s.lang];
    button.querySelector('.present-enter-label')!.textContent = t.present;
    button.title = t.presentLabel;
  };
  app.onRender((s) => {
    label(s);
    // Back or Forward to a tour step, or a step typed into the address bar: the tour, once here,
    // brings that entry in line in place (its step's pairing), as it would have on arrival.
    if (!mode && !pending && wantsTour(s)) ensure(true).catch(failed);
  });
  label(store.get());

  // (While the first render's URL is still settling: its corrections replace it either way.)
  const loaded = tour.loaded();
  if (loaded) start(loaded, true);
  else if (wantsTour(store.get())) {
    if (earlyFailure) failed(earlyFailure);
    else ensure(true).catch(failed);
  }
}

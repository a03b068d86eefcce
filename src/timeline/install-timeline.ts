// The timeline strip under the map. Its content (the national content) loads apart from the
// entry; until it is filled the strip is an empty band (see timelineBeforeShow for when).
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { NATIONAL_ENTRY_STRINGS } from '../national/entry-strings';
import { h } from '../views/dom';
import { beforeFirstRender, loadOnce, needsReload, reason } from '../load/bounded';
import { LOAD_STRINGS } from '../load/strings';
import { afterNextPaint } from '../ui/after-paint';
import { followsFirstScreen } from '../ui/first-screen';

/**
 * The strip's code and content. The built page names its chunks as modulepreload links
 * (config/first-paint-preload.ts), so the browser fetches and compiles them with the entry; they
 * are imported (evaluated) only when the strip is filled. Bounded (src/load): a chunk that never
 * answers must not hold the page's first render; a failure says so in the strip, with a button
 * that asks again.
 */
const strip = loadOnce(() => import('./timeline-strip'), 'timeline-strip.js');

/** The strip installed while the page is hidden, waiting for `timelineBeforeShow` to say when it fills. */
let waiting: { section: HTMLElement; fill: () => Promise<void>; app: AppContext } | null = null;

/**
 * main.ts awaits this just before it shows the page. Where the strip's band begins on the first
 * screen (a tall screen, a short view above it, a page scrolled down) it is filled now, and the page
 * is shown with it (bounded), so it never fills in and pushes what follows down in view. Elsewhere
 * (the band under the screen's bottom edge: 1280×800, 1366×768, a phone) it fills in a task after
 * the showing frame: its chunk's evaluation, its ≈ 90 elements and their first layout (≈ 40–50 ms at
 * 4× CPU) were on the path to the first paint for nothing on screen, and what it pushes down then
 * (the pairings table, the footer) is all under the screen's bottom edge too.
 */
export function timelineBeforeShow(): Promise<void> {
  const pending = waiting;
  waiting = null;
  if (!pending) return Promise.resolve();
  // A desktop's first screen ends with the layout: the band is under it, and nothing need be measured.
  // Elsewhere, within a pixel of the bottom edge the band shows nothing (a box's edge falls on a fraction of a pixel).
  const below = followsFirstScreen(pending.app.view(pending.app.store.get().view).usesPagePanel !== false) || pending.section.getBoundingClientRect().top >= innerHeight - 1;
  if (!below) return beforeFirstRender(pending.fill());
  pending.app.onShow(() => afterNextPaint(() => void pending.fill()));
  return Promise.resolve();
}

export function installTimeline(app: AppContext): void {
  const section = document.createElement('section');
  section.className = 'timeline';
  section.id = 'timeline';
  app.mount('timeline', section);
  let render: ((state: AppState) => void) | null = null;
  const label = (state: AppState) => section.setAttribute('aria-label', NATIONAL_ENTRY_STRINGS[state.lang].timelineLabel);
  label(app.store.get());
  app.onRender((state) => {
    label(state);
    render?.(state);
  });
  const fill = () =>
    strip.get().then(
      ({ createTimelineStrip }) => {
        section.replaceChildren();
        render = createTimelineStrip(section, app).render;
        render(app.store.get());
      },
      (error: unknown) => {
        // Never a silently empty strip: say what is missing, in the reader's language, and offer to ask again.
        console.error(error);
        const why = reason(error);
        const text = h('span');
        // A shared chunk that failed (needsReload) comes only with a reload.
        const reload = needsReload(error);
        const retry = h('button', { type: 'button', class: 'load-retry', onclick: reload ? () => location.reload() : fill });
        section.replaceChildren(h('p', { class: 'timeline-failed', 'data-failed': 'timeline' }, text, ' ', retry));
        render = (state) => {
          text.textContent = LOAD_STRINGS[state.lang].timelineFailed(why);
          retry.textContent = LOAD_STRINGS[state.lang][reload ? 'reload' : 'retry'];
        };
        render(app.store.get());
      },
    );
  // While the page is hidden, main.ts decides when (timelineBeforeShow); once it is shown, at once.
  if (app.env.shown) void fill();
  else waiting = { section, fill, app };
}

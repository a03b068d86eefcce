// The timeline strip under the map. Its content (the national content) loads after the first
// paint, so the paired view comes up as fast as before; until then the strip is an empty band.
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { NATIONAL_ENTRY_STRINGS } from '../national/entry-strings';
import { h } from '../views/dom';
import { beforeFirstRender, loadOnce, needsReload, reason } from '../load/bounded';
import { LOAD_STRINGS } from '../load/strings';

/**
 * The strip's code and content, requested when this module is evaluated (with the entry, in
 * parallel with the boundaries) so that it is usually there by the first render: the strip then
 * appears filled, and never pushes what comes after it (the pairings table, the footer) down.
 * main.ts waits for it next to the boundaries. Bounded (src/load): a chunk that never answers must
 * not hold the page's first render; a failure says so in the strip, with a button that asks again.
 */
const strip = loadOnce(() => import('./timeline-strip'), 'timeline-strip.js');
// The first render waits for it a bounded time: a slow strip fills in later rather than hold the map back.
export const timelineLoaded: Promise<void> = beforeFirstRender(strip.get());

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
  void fill();
}

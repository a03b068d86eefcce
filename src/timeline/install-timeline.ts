// The timeline strip under the map. Its content (the national content) loads after the first
// paint, so the paired view comes up as fast as before; until then the strip is an empty band.
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { NATIONAL_STRINGS } from '../national/strings';

/**
 * The strip's code and content, requested when this module is evaluated (with the entry, in
 * parallel with the boundaries) so that it is usually there by the first render: the strip then
 * appears filled, and never pushes what comes after it (the pairings table, the footer) down.
 * main.ts waits for it next to the boundaries; a failure leaves an empty band, as before.
 */
const strip = import('./timeline-strip');
export const timelineLoaded: Promise<unknown> = strip.catch(() => undefined);

export function installTimeline(app: AppContext): void {
  const section = document.createElement('section');
  section.className = 'timeline';
  section.id = 'timeline';
  app.mount('timeline', section);
  let render: ((state: AppState) => void) | null = null;
  const label = (state: AppState) => section.setAttribute('aria-label', NATIONAL_STRINGS[state.lang].timelineLabel);
  label(app.store.get());
  app.onRender((state) => {
    label(state);
    render?.(state);
  });
  strip
    .then(({ createTimelineStrip }) => {
      render = createTimelineStrip(section, app).render;
      render(app.store.get());
    })
    .catch((error: unknown) => console.error(error));
}

// The timeline strip under the map. Its content (the national content) loads after the first
// paint, so the paired view comes up as fast as before; until then the strip is an empty band.
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { NATIONAL_STRINGS } from '../national/strings';

export function installTimeline(app: AppContext): void {
  const section = document.createElement('section');
  section.className = 'timeline';
  section.id = 'timeline';
  document.querySelector('main.layout')?.after(section);
  let render: ((state: AppState) => void) | null = null;
  const label = (state: AppState) => section.setAttribute('aria-label', NATIONAL_STRINGS[state.lang].timelineLabel);
  label(app.store.get());
  app.onRender((state) => {
    label(state);
    render?.(state);
  });
  import('./timeline-strip')
    .then(({ createTimelineStrip }) => {
      render = createTimelineStrip(section, app).render;
      render(app.store.get());
    })
    .catch((error: unknown) => console.error(error));
}

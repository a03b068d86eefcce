// The results and news reports (src/content/outcomes.ts) arrive after the first paint, with the code
// that writes them (src/views/panel-outcomes.ts): the panel shows them below the list of pairings,
// out of the first screen's way. Bounded, like every lazy part.
import { beforeFirstRender, loadOnce } from '../load/bounded';

const outcomes = loadOnce(() => import('./panel-outcomes'), 'panel-outcomes.js', (m) => m.panelOutcomes);

/** The outcomes if they have arrived (a page drawn after that shows them at once), else null. */
export const loadedOutcomes = outcomes.loaded;

/** Fetches the outcomes (once; the next panel that needs them asks again after a failure). */
export const loadOutcomes = outcomes.get;

/** A link that opens on a selection: its page shows the pairing's results near the top, so they are fetched with the boundaries. */
const SELECTS = /(?:^#|&)(?:pair|place|project)=/;

/**
 * Settles (never rejects) once a link to a selection has the outcomes, or at once for any other
 * link (the overview shows them far below the list). The first render waits for them a bounded time.
 */
export const outcomesForFirstRender: Promise<void> = SELECTS.test(location.hash) ? beforeFirstRender(loadOutcomes()) : Promise.resolve();

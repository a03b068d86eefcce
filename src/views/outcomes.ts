// The results and news reports (src/content/outcomes.ts) arrive after the first paint: the panel
// shows them below the list of pairings, out of the first screen's way. Bounded, like every lazy part.
import type { Outcomes } from '../content/outcomes';
import { withTimeout } from '../load/bounded';

let loading: Promise<Outcomes> | null = null;
let loaded: Outcomes | null = null;

/** The outcomes if they have arrived (a page drawn after that shows them at once), else null. */
export const loadedOutcomes = (): Outcomes | null => loaded;

export function loadOutcomes(): Promise<Outcomes> {
  loading ??= withTimeout(import('../content/outcomes'), 'outcomes.js').then(
    (m) => (loaded = m.outcomes),
    (error: unknown) => {
      // The next panel that needs them asks again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** A link that opens on a selection: its page shows the pairing's results near the top, so they are fetched with the boundaries. */
const SELECTS = /(?:^#|&)(?:pair|place|project)=/;

/**
 * Settles (never rejects) once a link to a selection has the outcomes, or at once for any other
 * link (the overview shows them far below the list). The first render waits 3 s at most.
 */
export const outcomesForFirstRender: Promise<void> = SELECTS.test(location.hash)
  ? Promise.race([loadOutcomes().then(() => undefined, () => undefined), new Promise<void>((done) => setTimeout(done, 3000))])
  : Promise.resolve();

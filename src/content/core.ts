// The content the page draws from its first paint: documents, places, key tasks, pairings and
// projects. Plain typed data: validated at build time and in tests (see validate.ts), so the page
// itself carries no schema library. What came of the pairings (results, news reports) is in
// outcomes.ts and loads after the first paint; index.ts joins the two for the build and the tests.
import { documents } from './documents';
import { units } from './units';
import { zones } from './zones';
import { focusGroups, focusAreas } from './focus-areas';
import { pairings } from './pairings';
import { projects } from './projects';
import type * as S from './schema';

export interface Content {
  documents: S.Document[];
  units: S.Unit[];
  zones: S.Zone[];
  focusGroups: S.FocusGroup[];
  focusAreas: S.FocusArea[];
  pairings: S.Pairing[];
  projects: S.Project[];
}

export const coreContent: Content = { documents, units, zones, focusGroups, focusAreas, pairings, projects };

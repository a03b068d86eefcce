// All content in one object. Plain typed data: validated at build time and in tests
// (see validate.ts), so the page itself carries no schema library.
import { documents } from './documents';
import { units } from './units';
import { zones } from './zones';
import { focusGroups, focusAreas } from './focus-areas';
import { pairings } from './pairings';
import { projects } from './projects';
import { results } from './results';
import { news } from './news';
import type * as S from './schema';

export interface Content {
  documents: S.Document[];
  units: S.Unit[];
  zones: S.Zone[];
  focusGroups: S.FocusGroup[];
  focusAreas: S.FocusArea[];
  pairings: S.Pairing[];
  projects: S.Project[];
  results: S.Result[];
  news: S.NewsItem[];
}

export const content: Content = { documents, units, zones, focusGroups, focusAreas, pairings, projects, results, news };

// What came of the pairings: the results reported in 2018 and the later news reports. The page
// shows them below the list of pairings (src/views/panel.ts), on the tour's cards and in the data
// downloads — never in the chart or on the maps — so they load after the first paint
// (src/views/outcomes.ts), and a lazy part that needs them imports this module.
import { results } from './results';
import { news } from './news';
import type { NewsItem, Result } from './schema';

export interface Outcomes {
  results: Result[];
  news: NewsItem[];
}

export const outcomes: Outcomes = { results, news };

// Which results and news reports concern a pairing. Pure; the outcomes arrive after the first
// paint (src/views/outcomes.ts), so they are looked up when shown rather than kept on the model.
import type { Outcomes } from '../content/outcomes';
import type { PairNode } from './types';

export const resultsOf = (outcomes: Outcomes, pair: PairNode) => outcomes.results.filter((r) => r.pairs.includes(pair.id));
export const newsOf = (outcomes: Outcomes, pair: PairNode) => outcomes.news.filter((n) => n.pairs.includes(pair.pairing.id));

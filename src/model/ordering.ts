// Order of parties in a label column when there are no leader lines to keep short:
// the plan's order of their pairing, so links run nearly straight across. Unpaired last.
import type { Model } from './build-model';
import type { City, Party } from './types';

export function byPairOrder(model: Model, city: City): Party[] {
  const rank = (p: Party): number => {
    const pair = p.pairs[0] ? model.pairById.get(p.pairs[0]) : undefined;
    if (!pair) return 1000 + (p.kind === 'zone' ? 1 : 0);
    const within = pair[city].indexOf(p); // keep the plan's order inside a multi-partner pairing
    return pair.pairing.order * 10 + (pair.parent ? 5 : 0) + within;
  };
  return [...model.partiesByCity[city]].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

// Order of parties in the paired chart's two columns: the plan's order of their pairing on
// both sides, so links run across without crossing. A pairing with two partners on one side
// takes two rows and its single partner sits between them (the links fan from the shared
// end); the sub-pairing follows its parent; places no pairing names come last.
import type { Model } from './build-model';
import type { City, PairNode, Party } from './types';

export interface ChartGroup {
  /** The pairing drawn in these rows, or null for the unpaired places at the end. */
  pair: PairNode | null;
  changchun: Party[];
  tianjin: Party[];
  /** Rows the group takes: its larger side. */
  rows: number;
}

export function chartGroups(model: Model): ChartGroup[] {
  const groups: ChartGroup[] = [];
  const add = (pair: PairNode) => {
    groups.push({ pair, changchun: pair.changchun, tianjin: pair.tianjin, rows: Math.max(pair.changchun.length, pair.tianjin.length) });
    for (const id of pair.children) add(model.pairById.get(id)!);
  };
  for (const pair of model.topPairs) add(pair);
  const unpaired = (city: City) => model.partiesByCity[city].filter((p) => p.pairs.length === 0);
  const cc = unpaired('changchun');
  const tj = unpaired('tianjin');
  if (cc.length || tj.length) groups.push({ pair: null, changchun: cc, tianjin: tj, rows: Math.max(cc.length, tj.length) });
  return groups;
}

/** One city's parties in chart order (the phone list, the table, keyboard order). */
export function byPairOrder(model: Model, city: City): Party[] {
  return chartGroups(model).flatMap((g) => g[city]);
}

// What a selection means, worked out once for every view: the pairings a selected (or hovered)
// pairing stands for, their parties, and what clicking a party selects.
import type { Model } from './build-model';
import type { Party } from './types';

/** A pairing and its sub-pairings (选中 滨海新区 selects the bonded-zone sub-pairing with it). */
export function selectedPairs(model: Model, pairId: string | null): Set<string> {
  const pair = pairId ? model.pairById.get(pairId) : undefined;
  return new Set(pair ? [pair.id, ...pair.children] : []);
}

/** The parties of some pairings (both sides). */
export function partiesOf(model: Model, pairIds: Iterable<string>): Set<string> {
  const parties = new Set<string>();
  for (const id of pairIds) {
    const pair = model.pairById.get(id);
    if (pair) for (const p of [...pair.changchun, ...pair.tianjin]) parties.add(p.id);
  }
  return parties;
}

/** What clicking a party selects: its (first) pairing, or the party itself when no pairing names it. */
export function partyTarget(party: Pick<Party, 'id' | 'pairs'>): { pair: string; place: null } | { pair: null; place: string } {
  return party.pairs[0] ? { pair: party.pairs[0], place: null } : { pair: null, place: party.id };
}

/** Places (party ids) drawn as selected: a pairing's (with its sub-pairings), a place, or a project's zones. */
export function selectedParties(model: Model, sel: { pair: string | null; place: string | null; project?: string | null }): Set<string> {
  const out = partiesOf(model, selectedPairs(model, sel.pair));
  if (sel.place && model.parties.has(sel.place)) out.add(sel.place);
  for (const id of projectZones(model, sel.project ?? null)) out.add(id);
  return out;
}

/** The zones a project's parts lie in (a project is shown where it is, not by a pairing that mentions it). */
export function projectZones(model: Model, project: string | null): string[] {
  const pr = project ? model.content.projects.find((p) => p.id === project) : undefined;
  if (!pr) return [];
  return [...new Set(pr.parts.flatMap((part) => (part.zone && model.parties.has(part.zone) ? [part.zone] : [])))];
}

/** Places a hover names: the parties of hovered pairings, and hovered parties themselves. */
export function hoverParties(model: Model, ids: readonly string[]): Set<string> {
  const out = partiesOf(model, ids.filter((id) => model.pairById.has(id)));
  for (const id of ids) if (model.parties.has(id)) out.add(id);
  return out;
}

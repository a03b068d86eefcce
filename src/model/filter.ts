// Which pairings and projects a key task (or a group of tasks) of plan2018 §三 touches,
// and on what basis. Pure, from the content alone: the tests compute the same sets. Worked out
// here once; every view and the panel draw it in their own update() (they never paint each other).
import type { Content } from '../content/index';
import type { Source, Text } from '../content/schema';
import type { Model } from './build-model';

export type Basis = 'stated' | 'related';

export interface FilterChoice {
  task: number | null;
  group: number | null;
}

export interface FilterMatch {
  kind: 'task' | 'group';
  id: number;
  /** The plan's own heading. */
  title: Text;
  /** Our short label for it (menus, the filter's line). */
  label: Text;
  sources: Source[];
  /** The key tasks chosen: the one task, or every task of the group. */
  tasks: Set<number>;
  /** Pairing id → basis of its strongest link to the task(s): stated beats related. */
  pairs: Map<string, Basis>;
  /**
   * Project id → basis, through the pairings: a project the content links to a matched pairing.
   * Stated only when both links are stated (pairing → task and project → pairing).
   */
  projects: Map<string, Basis>;
}

const stronger = (a: Basis | undefined, b: Basis): Basis => (a === 'stated' || b === 'stated' ? 'stated' : 'related');

/** Null when no filter is chosen or the id is not in the content. A task wins over a group. */
export function filterMatches(content: Content, choice: FilterChoice): FilterMatch | null {
  let tasks: Set<number>;
  let head: Pick<FilterMatch, 'kind' | 'id' | 'title' | 'label' | 'sources'>;
  if (choice.task !== null) {
    const task = content.focusAreas.find((t) => t.id === choice.task);
    if (!task) return null;
    tasks = new Set([task.id]);
    head = { kind: 'task', id: task.id, title: task.title, label: task.label, sources: task.sources };
  } else if (choice.group !== null) {
    const group = content.focusGroups.find((g) => g.id === choice.group);
    if (!group) return null;
    tasks = new Set(content.focusAreas.filter((t) => t.group === group.id).map((t) => t.id));
    head = { kind: 'group', id: group.id, title: group.title, label: group.label, sources: group.sources };
  } else return null;

  const pairs = new Map<string, Basis>();
  for (const pairing of content.pairings)
    for (const link of pairing.focus) if (tasks.has(link.task)) pairs.set(pairing.id, stronger(pairs.get(pairing.id), link.basis));
  const projects = new Map<string, Basis>();
  for (const project of content.projects)
    for (const link of project.pairs) {
      const pairBasis = pairs.get(link.pair);
      if (!pairBasis) continue;
      const basis: Basis = pairBasis === 'stated' && link.basis === 'stated' ? 'stated' : 'related';
      projects.set(project.id, stronger(projects.get(project.id), basis));
    }
  return { ...head, tasks, pairs, projects };
}

/** Parties of the matched pairings, with the strongest basis among them. */
export function partyBasis(model: Model, match: FilterMatch): Map<string, Basis> {
  const parties = new Map<string, Basis>();
  for (const [id, basis] of match.pairs) {
    const pair = model.pairById.get(id);
    if (!pair) continue;
    for (const p of [...pair.changchun, ...pair.tianjin]) parties.set(p.id, parties.get(p.id) === 'stated' ? 'stated' : basis);
  }
  return parties;
}

/** What a view highlights for the key-task filter: the pairings and their parties, by basis. */
export interface FilterHighlight {
  match: FilterMatch;
  pairs: ReadonlyMap<string, Basis>;
  parties: ReadonlyMap<string, Basis>;
}

const highlights = new WeakMap<Model, Map<string, FilterHighlight | null>>();

/**
 * The filter as the views draw it, worked out once per model and choice (cheap to call in every
 * update or animation frame). Null without a filter, and while presenting: the tour tells its own
 * story, and its stage has no room to explain a highlight.
 */
export function filterHighlight(model: Model, choice: FilterChoice, presenting = false): FilterHighlight | null {
  if (presenting) return null;
  const key = `${choice.task}|${choice.group}`;
  let byChoice = highlights.get(model);
  if (!byChoice) highlights.set(model, (byChoice = new Map()));
  if (!byChoice.has(key)) {
    const match = filterMatches(model.content, choice);
    byChoice.set(key, match && { match, pairs: match.pairs, parties: partyBasis(model, match) });
  }
  return byChoice.get(key)!;
}

// Which pairings and projects a key task (or a group of tasks) of plan2018 §三 touches,
// and on what basis. Pure, from the content alone: the tests compute the same sets.
import type { Content } from '../content/index';
import type { Source, Text } from '../content/schema';

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

// The presentation tour, built from the model: overview → each of the 15 pairings in the
// plan's order → the two major projects → the results → the timeline → the sources. Pure: no DOM.
import type { Project } from '../content/schema';
import type { TimelineEvent } from '../content/national/schema';
import { inDateOrder } from '../content/national/timeline-order';
import type { Model } from '../model/build-model';
import type { PairNode } from '../model/types';

interface Base {
  /** Stable id, for tests and for `data-step-id`. */
  id: string;
  /** What the map shows at this step (the tour sets it; the reader may look around). */
  selection: { pair: string | null; place: string | null; project: string | null };
}

export type TourStep =
  | (Base & { kind: 'overview' })
  | (Base & { kind: 'pair'; pair: PairNode; /** 1…15, the plan's order */ number: number; of: number })
  | (Base & { kind: 'project'; project: Project })
  /** The headline results: its card reads them from the outcomes (src/content/outcomes.ts), which load with it. */
  | (Base & { kind: 'results' })
  /** Its events come with the timeline's content, loaded when the card is shown (tourEvents). */
  | (Base & { kind: 'timeline' })
  | (Base & { kind: 'sources' });

const none = { pair: null, place: null, project: null };

export function buildTour(model: Model): TourStep[] {
  const { topPairs, content } = model;
  const steps: TourStep[] = [{ kind: 'overview', id: 'overview', selection: none }];
  topPairs.forEach((pair, i) => {
    steps.push({ kind: 'pair', id: `pair:${pair.id}`, pair, number: i + 1, of: topPairs.length, selection: { pair: pair.id, place: null, project: null } });
  });
  for (const project of content.projects) {
    // The project where it lies: its zones selected on the maps (not a pairing that mentions it).
    steps.push({ kind: 'project', id: `project:${project.id}`, project, selection: { pair: null, place: null, project: project.id } });
  }
  steps.push({ kind: 'results', id: 'results', selection: none });
  steps.push({ kind: 'timeline', id: 'timeline', selection: none });
  steps.push({ kind: 'sources', id: 'sources', selection: none });
  return steps;
}

/** The timeline step's events: those of the timeline strip that concern Tianjin–Changchun, in date order. */
export function tourEvents(timeline: readonly TimelineEvent[]): TimelineEvent[] {
  // The card tells the documents' story, 2016–2020; the later news reports are on the timeline strip.
  return inDateOrder(timeline.filter((e) => e.pairings.includes('changchun-tianjin') && e.kind !== 'news'));
}

/** The step showing a selection, to resume the tour where the reader is (1-based), else 1. */
export function stepForSelection(tour: TourStep[], pair: string | null): number {
  if (!pair) return 1;
  const i = tour.findIndex((s) => s.kind === 'pair' && (s.pair.id === pair || s.pair.children.includes(pair)));
  return i < 0 ? 1 : i + 1;
}

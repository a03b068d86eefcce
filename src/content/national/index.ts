// National content: loaded with the national view and the timeline, not with the first paint.
import { nationalPlaces } from './places';
import { nationalNotes, nationalPairings } from './pairings';
import { hgTaskGroups, hgTasks } from './hg-tasks';
import { timeline } from './timeline';
import type * as N from './schema';

export interface NationalContent {
  places: N.NationalPlace[];
  pairings: N.NationalPairing[];
  notes: N.NationalNote[];
  hgTaskGroups: N.HgTaskGroup[];
  hgTasks: N.HgTask[];
  timeline: N.TimelineEvent[];
}

export const nationalContent: NationalContent = { places: nationalPlaces, pairings: nationalPairings, notes: nationalNotes, hgTaskGroups, hgTasks, timeline };

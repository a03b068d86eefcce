import type { Lang } from '../i18n/strings';

/** Everything a link can restore. Hover is transient and never in the URL. */
export interface AppState {
  lang: Lang;
  /** Selected pairing id, or null for the overview. */
  pair: string | null;
  /** Selected unit or zone that no pairing names (公主岭市, 长德开发区 …); exclusive with `pair`. */
  place: string | null;
  /** Which way of looking at the map: an id from the views passed to startApp. */
  view: string;
  /** Online tiles under the geographic view: 'none' (default, no third-party request) or an id of src/geo-view/basemaps.ts. */
  basemap: string;
  /** Embedded in another page (`#embed=1`): no page chrome, cooperative gestures, height messages. */
  embed: boolean;
  /** National view: the selected pairing of workplan2017 §二 (src/content/national/ids.ts), or null. */
  national: string | null;
  /** Timeline: the selected event (src/content/national/ids.ts), or null. */
  event: string | null;
  /** 'present': the full-screen tour with the projector theme (src/present). */
  mode: Mode;
  /** The tour step shown while presenting, 1-based; null when not presenting. */
  step: number | null;
  /** Whether the tour advances by itself. */
  play: boolean;
  /** Filter: a key task of plan2018 §三 (1–18) whose pairings are highlighted; wins over `group`. */
  task: number | null;
  /** Filter: a group of key tasks, plan2018 §三(一)–(五) (1–5); only when no `task` is set. */
  group: number | null;
}

export type Mode = 'normal' | 'present';
export const MODES: readonly Mode[] = ['normal', 'present'];

/** What a key left out of the URL means. `lang` is overridden by the reader's preference. */
export const DEFAULT_STATE: AppState = {
  lang: 'zh',
  pair: null,
  place: null,
  view: 'paired',
  basemap: 'none',
  embed: false,
  national: null,
  event: null,
  mode: 'normal',
  step: null,
  play: false,
  task: null,
  group: null,
};

/** A value from the URL that was not understood: shown to the user, then ignored. */
export type Notice =
  | { kind: 'unknown-pair'; value: string }
  | { kind: 'unknown-place'; value: string }
  | { kind: 'unknown-lang'; value: string }
  | { kind: 'unknown-view'; value: string }
  | { kind: 'malformed' }
  | { kind: 'unknown-mode'; value: string }
  | { kind: 'bad-step'; value: string; steps: number }
  | { kind: 'bad-play'; value: string }
  | { kind: 'unknown-basemap'; value: string }
  | { kind: 'unknown-embed'; value: string }
  /** A message from the embedding page that was addressed to the map but could not be used. */
  | { kind: 'bad-message' }
  | { kind: 'unknown-national'; value: string }
  | { kind: 'unknown-event'; value: string }
  | { kind: 'unknown-task'; value: string }
  | { kind: 'unknown-group'; value: string };

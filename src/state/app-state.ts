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
  /** Embedded in another page (`#embed=1`): no page chrome, cooperative gestures, height messages. */
  embed: boolean;
  /** National view: the selected pairing of workplan2017 §二 (src/national/ids.ts), or null. */
  national: string | null;
  /** Timeline: the selected event (src/national/ids.ts), or null. */
  event: string | null;
}

/** What a key left out of the URL means. `lang` is overridden by the reader's preference. */
export const DEFAULT_STATE: AppState = { lang: 'zh', pair: null, place: null, view: 'paired', embed: false, national: null, event: null };

/** A value from the URL that was not understood: shown to the user, then ignored. */
export type Notice =
  | { kind: 'unknown-pair'; value: string }
  | { kind: 'unknown-place'; value: string }
  | { kind: 'unknown-lang'; value: string }
  | { kind: 'unknown-view'; value: string }
  | { kind: 'malformed' }
  | { kind: 'unknown-embed'; value: string }
  /** A message from the embedding page that was addressed to the map but could not be used. */
  | { kind: 'bad-message' }
  | { kind: 'unknown-national'; value: string }
  | { kind: 'unknown-event'; value: string };

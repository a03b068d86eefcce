import type { Lang } from '../i18n/strings';

/**
 * Everything a link can restore. Hover is transient and never in the URL.
 * The core keys are here; each feature adds its own keys next to its URL fields, by
 * declaration merging (`declare module '../state/app-state' { interface AppState { … } }`
 * in `src/<feature>/url-fields.ts`), so adding a key touches one folder.
 */
export interface AppState {
  lang: Lang;
  /** Selected pairing id, or null for the overview. */
  pair: string | null;
  /** Selected unit or zone that no pairing names (公主岭市, 长德开发区 …); exclusive with `pair`. */
  place: string | null;
  /** Which way of looking at the map: an id from the views passed to startApp. */
  view: string;
}

/**
 * Something the reader should know about input the page could not use (a bad link, a bad
 * message): shown in both languages, then ignored. The text comes from whoever defines the
 * kind (a URL field's `notices`, or a feature's notice table), see src/views/notices.ts.
 */
export interface Notice {
  kind: string;
  /** The value that was not understood, clipped, for the text to quote. */
  value?: string;
  /** Any further detail the text needs (e.g. `steps` for `bad-step`). */
  [detail: string]: string | number | undefined;
}

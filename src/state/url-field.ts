// The contract of one key of the URL hash. Each feature lists its own fields (src/<feature>/url-fields.ts)
// with everything about the key: its default, how to read and write it, the notice for a bad value
// in both languages, and its line in the README's table of URL keys. src/url-fields.ts composes them.
import type { Lang } from '../i18n/strings';
import type { Model } from '../model/build-model';
import type { AppState, Notice } from './app-state';

/**
 * What the parser may check a value against. Features that need more ids add them here by
 * declaration merging, next to their fields (e.g. `steps` in src/present/url-fields.ts).
 */
export interface KnownIds {
  pairs: ReadonlySet<string>;
  places: ReadonlySet<string>;
  views: ReadonlySet<string>;
}

export type Parsed<T> = { value: T } | { notice: Notice };

/** A notice's text in one language. */
export type NoticeText = (notice: Notice, lang: Lang) => string;

export interface UrlField<K extends keyof AppState = keyof AppState> {
  key: K;
  /** The value when the URL leaves the key out. */
  default: AppState[K];
  /** Read a non-empty value; `state` holds the fields read before this one. Null: ignore it silently. */
  parse(value: string, known: KnownIds, state: Partial<AppState>): Parsed<AppState[K]> | null;
  /** The value to write, or null to leave the key out. */
  write(state: AppState): string | null;
  /** The text of every notice kind `parse` can return. */
  notices: Record<string, NoticeText>;
  /** The ids this field checks against, worked out from the model when the app starts. */
  known?(model: Model): Partial<KnownIds>;
  /** The field's row in the table of URL keys (README.md): what it accepts, what its absence means. */
  doc: { values: string; absent: string };
}

/** Any field, for lists: the key ties value types together inside one field only. */
export type AnyField = { [K in keyof AppState]: UrlField<K> }[keyof AppState];

/** Long enough for any real id, short enough to show in a notice. */
const MAX_VALUE = 64;

export function clip(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

/** Reads `1`/`true` and `0`/`false`; anything else is a notice of `kind`. */
export function parseFlag(v: string, kind: string): Parsed<boolean> {
  return v === '1' || v === 'true' ? { value: true } : v === '0' || v === 'false' ? { value: false } : { notice: { kind, value: clip(v) } };
}

/** A value from a fixed list, or a notice of `kind`. */
export function parseOneOf<T extends string>(v: string, allowed: readonly T[] | ReadonlySet<string>, kind: string): Parsed<T> {
  const ok = Array.isArray(allowed) ? (allowed as readonly string[]).includes(v) : (allowed as ReadonlySet<string>).has(v);
  return ok ? { value: v as T } : { notice: { kind, value: clip(v) } };
}

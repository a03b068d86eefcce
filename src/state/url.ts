// The URL hash is the serialized state: `#pair=chaoyang-heping&lang=en`.
// Parsing never throws; whatever it cannot use becomes a Notice and a default.
// Each key of the hash is one entry of FIELDS: add a field there, nowhere else.
import { LANGS, type Lang } from '../i18n/strings';
import { DEFAULT_STATE, MODES, type AppState, type Mode, type Notice } from './app-state';
import { BASEMAP_IDS } from '../geo-view/basemaps';
import { NATIONAL_PAIRING_IDS, TIMELINE_EVENT_IDS } from '../content/national/ids';

/** Long enough for any real id, short enough to show in a notice. */
const MAX_VALUE = 64;

export interface ParsedHash {
  state: Partial<AppState>;
  notices: Notice[];
}

export interface KnownIds {
  pairs: ReadonlySet<string>;
  places: ReadonlySet<string>;
  views: ReadonlySet<string>;
  /** How many steps the presentation tour has (`#step=1…steps`). */
  steps?: number;
  /** Key tasks of plan2018 §三 (`#task=6`); none known when absent. */
  tasks?: ReadonlySet<number>;
  /** Groups of key tasks (`#group=2`); none known when absent. */
  groups?: ReadonlySet<number>;
}

type Parsed<T> = { value: T } | { notice: Notice };

interface Field<K extends keyof AppState> {
  key: K;
  /** Read a non-empty value; `state` holds the fields read before this one. */
  parse(value: string, known: KnownIds, state: Partial<AppState>): Parsed<AppState[K]> | null;
  /** The value to write, or null to leave the key out. */
  write(state: AppState): string | null;
}

/** A task or group number as written in a link: 1–99, no sign, no leading zero, and known. */
function parseId(v: string, ids: ReadonlySet<number> | undefined): number | null {
  const n = /^[1-9]\d?$/.test(v) ? Number(v) : NaN;
  return ids?.has(n) ? n : null;
}

function clip(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

const FIELDS: Field<keyof AppState>[] = [
  {
    key: 'pair',
    parse: (v, known) => (known.pairs.has(v) ? { value: v } : { notice: { kind: 'unknown-pair', value: clip(v) } }),
    write: (s) => s.pair,
  } satisfies Field<'pair'>,
  {
    key: 'place',
    // A pair wins over a place: they are two ways of saying what is selected.
    parse: (v, known, state) =>
      state.pair !== undefined ? null : known.places.has(v) ? { value: v } : { notice: { kind: 'unknown-place', value: clip(v) } },
    write: (s) => (s.pair ? null : s.place),
  } satisfies Field<'place'>,
  {
    key: 'lang',
    parse: (v) => ((LANGS as readonly string[]).includes(v) ? { value: v as Lang } : { notice: { kind: 'unknown-lang', value: clip(v) } }),
    write: (s) => s.lang,
  } satisfies Field<'lang'>,
  {
    key: 'view',
    parse: (v, known) => (known.views.has(v) ? { value: v } : { notice: { kind: 'unknown-view', value: clip(v) } }),
    // The default view is left out, so the plainest links stay short.
    write: (s) => (s.view === DEFAULT_STATE.view ? null : s.view),
  } satisfies Field<'view'>,
  {
    key: 'basemap',
    // An allow-list: the URL can never point the page at a tile host the site owner did not choose.
    parse: (v) => (BASEMAP_IDS.has(v) ? { value: v } : { notice: { kind: 'unknown-basemap', value: clip(v) } }),
    write: (s) => (s.basemap === DEFAULT_STATE.basemap ? null : s.basemap),
  } satisfies Field<'basemap'>,
  {
    key: 'embed',
    parse: (v) => (v === '1' || v === 'true' ? { value: true } : v === '0' || v === 'false' ? { value: false } : { notice: { kind: 'unknown-embed', value: clip(v) } }),
    write: (s) => (s.embed ? '1' : null),
  } satisfies Field<'embed'>,
  {
    key: 'national',
    // The ids are a fixed list (src/content/national/ids.ts): the national content loads later, with its view.
    parse: (v) => ((NATIONAL_PAIRING_IDS as readonly string[]).includes(v) ? { value: v } : { notice: { kind: 'unknown-national', value: clip(v) } }),
    write: (s) => s.national,
  } satisfies Field<'national'>,
  {
    key: 'event',
    parse: (v) => ((TIMELINE_EVENT_IDS as readonly string[]).includes(v) ? { value: v } : { notice: { kind: 'unknown-event', value: clip(v) } }),
    write: (s) => s.event,
  } satisfies Field<'event'>,
  {
    key: 'mode',
    parse: (v) => ((MODES as readonly string[]).includes(v) ? { value: v as Mode } : { notice: { kind: 'unknown-mode', value: clip(v) } }),
    write: (s) => (s.mode === DEFAULT_STATE.mode ? null : s.mode),
  } satisfies Field<'mode'>,
  {
    key: 'step',
    // A step is a place in the tour, so it is only written while presenting; read, it starts the tour there.
    parse: (v, known) => {
      const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
      const steps = known.steps ?? Infinity;
      return n >= 1 && n <= steps ? { value: n } : { notice: { kind: 'bad-step', value: clip(v), steps: known.steps ?? 0 } };
    },
    write: (s) => (s.mode === 'present' && s.step !== null ? String(s.step) : null),
  } satisfies Field<'step'>,
  {
    key: 'play',
    parse: (v) => (v === '1' || v === 'true' ? { value: true } : v === '0' || v === 'false' ? { value: false } : { notice: { kind: 'bad-play', value: clip(v) } }),
    write: (s) => (s.mode === 'present' && s.play ? '1' : null),
  } satisfies Field<'play'>,
  {
    key: 'task',
    parse: (v, known) => {
      const n = parseId(v, known.tasks);
      return n !== null ? { value: n } : { notice: { kind: 'unknown-task', value: clip(v) } };
    },
    write: (s) => (s.task !== null ? String(s.task) : null),
  } satisfies Field<'task'>,
  {
    key: 'group',
    // A task wins over a group (it is the narrower filter; the two never combine), like a pair over a place.
    parse: (v, known, state) => {
      if (state.task !== undefined) return null;
      const n = parseId(v, known.groups);
      return n !== null ? { value: n } : { notice: { kind: 'unknown-group', value: clip(v) } };
    },
    write: (s) => (s.task === null && s.group !== null ? String(s.group) : null),
  } satisfies Field<'group'>,
] as Field<keyof AppState>[];

/** Splits `a=b&c=d` itself, because URLSearchParams turns bad escapes into U+FFFD silently. */
function splitParams(body: string): Map<string, string> | null {
  const params = new Map<string, string>();
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    try {
      params.set(decodeURIComponent(rawKey.replace(/\+/g, ' ')), decodeURIComponent(rawValue.replace(/\+/g, ' ')));
    } catch {
      return null;
    }
  }
  return params;
}

export function parseHash(hash: string, known: KnownIds): ParsedHash {
  const notices: Notice[] = [];
  const state: Partial<AppState> = {};
  const params = splitParams(hash.replace(/^#/, ''));
  if (!params) return { state, notices: [{ kind: 'malformed' }] };
  for (const field of FIELDS) {
    const raw = params.get(field.key);
    if (raw === undefined || raw === '') continue;
    const parsed = field.parse(raw, known, state);
    if (!parsed) continue;
    if ('notice' in parsed) notices.push(parsed.notice);
    else (state as Record<string, unknown>)[field.key] = parsed.value;
  }
  return { state, notices };
}

export function serializeHash(state: AppState): string {
  const parts: string[] = [];
  for (const field of FIELDS) {
    const value = field.write(state);
    if (value !== null && value !== '') parts.push(`${field.key}=${encodeURIComponent(value)}`);
  }
  return `#${parts.join('&')}`;
}

/** The reader's preferred language, when the URL does not name one. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'zh';
}

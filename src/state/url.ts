// The URL hash is the serialized state: `#pair=chaoyang-heping&lang=en`.
// Parsing never throws; whatever it cannot use becomes a Notice and a default.
import { LANGS, type Lang } from '../i18n/strings';
import type { AppState, Notice } from './app-state';

/** Long enough for any real id, short enough to show in a notice. */
const MAX_VALUE = 64;

export interface ParsedHash {
  state: Partial<AppState>;
  notices: Notice[];
}

function clip(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…` : value;
}

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

export interface KnownIds {
  pairs: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

export function parseHash(hash: string, known: KnownIds): ParsedHash {
  const notices: Notice[] = [];
  const state: Partial<AppState> = {};
  const body = hash.replace(/^#/, '');
  if (!body) return { state, notices };
  const params = splitParams(body);
  if (!params) return { state, notices: [{ kind: 'malformed' }] };

  const pair = params.get('pair');
  if (pair !== undefined && pair !== '') {
    if (known.pairs.has(pair)) state.pair = pair;
    else notices.push({ kind: 'unknown-pair', value: clip(pair) });
  }
  const place = params.get('place');
  if (place !== undefined && place !== '' && state.pair === undefined) {
    if (known.places.has(place)) state.place = place;
    else notices.push({ kind: 'unknown-place', value: clip(place) });
  }
  const lang = params.get('lang');
  if (lang !== undefined && lang !== '') {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else notices.push({ kind: 'unknown-lang', value: clip(lang) });
  }
  return { state, notices };
}

export function serializeHash(state: AppState): string {
  const parts: string[] = [];
  if (state.pair) parts.push(`pair=${encodeURIComponent(state.pair)}`);
  else if (state.place) parts.push(`place=${encodeURIComponent(state.place)}`);
  parts.push(`lang=${state.lang}`);
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

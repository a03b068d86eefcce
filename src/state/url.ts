// The URL hash is the serialized state: `#pair=chaoyang-heping&lang=en`. This module knows no
// key: the keys are the fields the app is composed with (src/url-fields.ts), each owned by a feature.
// Parsing never throws; whatever it cannot use becomes a Notice and a default.
import type { Lang } from '../i18n/strings';
import type { Model } from '../model/build-model';
import type { AppState, Notice } from './app-state';
import { clip, type AnyField, type KnownIds, type NoticeText, type UrlField } from './url-field';

export interface ParsedHash {
  state: Partial<AppState>;
  notices: Notice[];
}

/** The hash as an input is read and written with one list of fields. */
export interface UrlCodec {
  fields: readonly AnyField[];
  /** Every key's default: the state of a bare link. */
  defaults: AppState;
  parse(hash: string, known: KnownIds): ParsedHash;
  serialize(state: AppState): string;
  /** The text of a notice in `lang`: from the field that made it, or the app's other notice texts. */
  noticeText(notice: Notice, lang: Lang): string;
  /** The ids the fields check against, from the model. */
  known(model: Model, base: KnownIds): KnownIds;
}

/**
 * One `key=value` part of a query or hash, split at its first `=` and decoded as a form would
 * (`+` is a space). A bad escape (`100%`) gives `null` for that half instead of throwing.
 * src/url-query.ts reads the query's keys with it too, so both agree on what a key is.
 */
export function decodePart(part: string): { rawKey: string; key: string | null; value: string | null } {
  const eq = part.indexOf('=');
  const rawKey = eq < 0 ? part : part.slice(0, eq);
  return { rawKey, key: decodeComponent(rawKey), value: decodeComponent(eq < 0 ? '' : part.slice(eq + 1)) };
}

function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Splits `a=b&c=d` itself, because URLSearchParams turns bad escapes into U+FFFD silently.
 * Each field is decoded on its own: a bad escape (`#pair=100%`) costs that field only, never
 * the others (`embed`, `lang` …); the keys it cost are returned for the notice.
 */
function splitParams(body: string): { params: Map<string, string>; malformed: string[]; overridden: [string, string][] } {
  const params = new Map<string, string>();
  const malformed: string[] = [];
  // A key given twice keeps its last value (as a form or a server would); the earlier one is named.
  const overridden: [string, string][] = [];
  for (const part of body.split('&')) {
    if (!part) continue;
    const { rawKey, key, value } = decodePart(part);
    if (key === null || value === null) {
      malformed.push(clip(rawKey));
      continue;
    }
    const earlier = params.get(key);
    if (earlier && earlier !== value) overridden.push([key, earlier]);
    params.set(key, value);
  }
  return { params, malformed, overridden };
}

export function parseHash(hash: string, known: KnownIds, fields: readonly AnyField[]): ParsedHash {
  const notices: Notice[] = [];
  const state: Partial<AppState> = {};
  const { params, malformed, overridden } = splitParams(hash.replace(/^#/, ''));
  for (const key of malformed) notices.push({ kind: 'malformed', value: key });
  for (const [key, value] of overridden) notices.push({ kind: 'repeated-key', value: clip(`${key}=${value}`) });
  // A key no field reads is named too, so a mistyped link (`#pari=…`) is not silently a bare one.
  const keys = new Set<string>(fields.map((f) => f.key));
  for (const [key, value] of params) if (!keys.has(key)) notices.push({ kind: 'unknown-key', value: clip(key || `=${value}`) });
  for (const field of fields as readonly UrlField[]) {
    const raw = params.get(field.key);
    if (raw === undefined || raw === '') continue;
    const parsed = field.parse(raw, known, state);
    if (!parsed) continue;
    if ('notice' in parsed) notices.push(parsed.notice);
    else (state as Record<string, unknown>)[field.key] = parsed.value;
  }
  return { state, notices };
}

export function serializeHash(state: AppState, fields: readonly AnyField[]): string {
  const parts: string[] = [];
  for (const field of fields as readonly UrlField[]) {
    const value = field.write(state);
    if (value !== null && value !== '') parts.push(`${field.key}=${encodeURIComponent(value)}`);
  }
  return `#${parts.join('&')}`;
}

/**
 * One codec for the app. `fields` in the order they are written; `otherNotices`: the texts of
 * notices that do not come from a field (a malformed link, a bad message from an embedding page).
 */
export function createUrlCodec(fields: readonly AnyField[], otherNotices: Record<string, NoticeText>): UrlCodec {
  const keys = new Set<string>();
  const texts = new Map<string, NoticeText>(Object.entries(otherNotices));
  for (const field of fields) {
    if (keys.has(field.key)) throw new Error(`URL key "${field.key}" is defined twice`);
    keys.add(field.key);
    for (const [kind, text] of Object.entries(field.notices)) {
      if (texts.has(kind)) throw new Error(`notice kind "${kind}" is defined twice`);
      texts.set(kind, text);
    }
  }
  const defaults = Object.fromEntries(fields.map((f) => [f.key, f.default])) as unknown as AppState;
  return {
    fields,
    defaults,
    parse: (hash, known) => parseHash(hash, known, fields),
    serialize: (state) => serializeHash(state, fields),
    noticeText(notice, lang) {
      const text = texts.get(notice.kind);
      // A kind nobody defined is a programming error; still say something rather than nothing.
      return text ? text(notice, lang) : `${notice.kind}${notice.value !== undefined ? `: ${notice.value}` : ''}`;
    },
    known: (model, base) => Object.assign({}, base, ...fields.map((f) => f.known?.(model) ?? {})) as KnownIds,
  };
}

/** The README's table of URL keys, written from the fields. */
export function urlKeysTable(fields: readonly AnyField[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| key | values | when left out |',
    '|---|---|---|',
    ...fields.map((f) => `| \`${f.key}\` | ${cell(f.doc.values)} | ${cell(f.doc.absent)} |`),
  ].join('\n');
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

// The URL keys every page has: what is selected, the language and the view. Features add theirs
// in their own folder (src/<feature>/url-fields.ts).
import { LANGS, STRINGS, type Lang } from '../i18n/strings';
import { clip, parseOneOf, type AnyField, type NoticeText, type UrlField } from './url-field';

export const CORE_FIELDS: AnyField[] = [
  {
    key: 'pair',
    default: null,
    parse: (v, known) => (known.pairs.has(v) ? { value: v } : { notice: { kind: 'unknown-pair', value: clip(v) } }),
    write: (s) => s.pair,
    notices: { 'unknown-pair': (n, lang) => STRINGS[lang].noticeUnknownPair(n.value ?? '') },
    doc: { values: 'a pairing id, e.g. `chaoyang-heping`', absent: 'the overview' },
  } satisfies UrlField<'pair'>,
  {
    key: 'place',
    default: null,
    // A pair wins over a place: they are two ways of saying what is selected.
    parse: (v, known, state) =>
      state.pair !== undefined ? null : known.places.has(v) ? { value: v } : { notice: { kind: 'unknown-place', value: clip(v) } },
    write: (s) => (s.pair ? null : s.place),
    notices: { 'unknown-place': (n, lang) => STRINGS[lang].noticeUnknownPlace(n.value ?? '') },
    doc: { values: 'a unit or zone no pairing names, e.g. `gongzhuling` (a `pair` wins)', absent: 'nothing selected' },
  } satisfies UrlField<'place'>,
  {
    key: 'lang',
    // Overridden by the reader's preference when the app starts (src/app.ts).
    default: 'zh',
    parse: (v) => parseOneOf<Lang>(v, LANGS, 'unknown-lang'),
    write: (s) => s.lang,
    notices: { 'unknown-lang': (n, lang) => STRINGS[lang].noticeUnknownLang(n.value ?? '') },
    doc: { values: '`zh`, `en`', absent: "the reader's browser language" },
  } satisfies UrlField<'lang'>,
  {
    key: 'view',
    default: 'paired',
    parse: (v, known) => parseOneOf<string>(v, known.views, 'unknown-view'),
    // The default view is left out, so the plainest links stay short.
    write: (s) => (s.view === 'paired' ? null : s.view),
    notices: { 'unknown-view': (n, lang) => STRINGS[lang].noticeUnknownView(n.value ?? '') },
    doc: { values: '`paired`, `geo`, `national`', absent: '`paired`' },
  } satisfies UrlField<'view'>,
];

/** Notices about the link as a whole rather than one key. */
export const CORE_NOTICES: Record<string, NoticeText> = {
  malformed: (n, lang) => (n.value === undefined ? STRINGS[lang].noticeMalformed : STRINGS[lang].noticeMalformedField(n.value)),
  'repeated-key': (n, lang) => STRINGS[lang].noticeRepeatedKey(n.value ?? ''),
  'unknown-key': (n, lang) => STRINGS[lang].noticeUnknownKey(n.value ?? ''),
};

// Embed mode's key of the URL (`#embed=1`), and its notice for a message it cannot use.
import { parseFlag, type AnyField, type NoticeText, type UrlField } from '../state/url-field';
import { EMBED_STRINGS } from './strings';

declare module '../state/app-state' {
  interface AppState {
    /** Embedded in another page (`#embed=1`): no page chrome, cooperative gestures, height messages. */
    embed: boolean;
  }
}

export const EMBED_FIELDS: AnyField[] = [
  {
    key: 'embed',
    default: false,
    parse: (v) => parseFlag(v, 'unknown-embed'),
    write: (s) => (s.embed ? '1' : null),
    notices: { 'unknown-embed': (n, lang) => EMBED_STRINGS[lang].noticeUnknownEmbed(n.value ?? '') },
    doc: { values: '`1` / `0`', absent: 'not embedded' },
  } satisfies UrlField<'embed'>,
];

/** Notices that do not come from the URL. */
export const EMBED_NOTICES: Record<string, NoticeText> = {
  /** A message from the embedding page that was addressed to the map but could not be used. */
  'bad-message': (_n, lang) => EMBED_STRINGS[lang].noticeBadMessage,
};

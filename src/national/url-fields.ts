// The national view's keys of the URL: `#national=harbin-shenzhen`, `#event=milestone-2019`.
// The ids are a fixed list (src/content/national/ids.ts): the national content loads later, with its view.
import { NATIONAL_PAIRING_IDS, TIMELINE_EVENT_IDS } from '../content/national/ids';
import { parseOneOf, type AnyField, type UrlField } from '../state/url-field';
import { NATIONAL_ENTRY_STRINGS } from './entry-strings';

declare module '../state/app-state' {
  interface AppState {
    /** National view: the selected pairing of workplan2017 §二 (src/content/national/ids.ts), or null. */
    national: string | null;
    /** Timeline: the selected event (src/content/national/ids.ts), or null. */
    event: string | null;
  }
}

export const NATIONAL_FIELDS: AnyField[] = [
  {
    key: 'national',
    default: null,
    parse: (v) => parseOneOf<string>(v, NATIONAL_PAIRING_IDS, 'unknown-national'),
    write: (s) => s.national,
    notices: { 'unknown-national': (n, lang) => NATIONAL_ENTRY_STRINGS[lang].noticeUnknownNational(n.value ?? '') },
    doc: { values: 'a pairing of 国办发〔2017〕22号 §二, e.g. `harbin-shenzhen`', absent: 'all seven' },
  } satisfies UrlField<'national'>,
  {
    key: 'event',
    default: null,
    parse: (v) => parseOneOf<string>(v, TIMELINE_EVENT_IDS, 'unknown-event'),
    write: (s) => s.event,
    notices: { 'unknown-event': (n, lang) => NATIONAL_ENTRY_STRINGS[lang].noticeUnknownEvent(n.value ?? '') },
    doc: { values: 'a timeline event, e.g. `milestone-2019`', absent: 'no event' },
  } satisfies UrlField<'event'>,
];

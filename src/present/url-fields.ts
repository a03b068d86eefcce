// Presentation mode's keys of the URL: `#mode=present&step=5&play=1`.
import { PRESENT_ENTRY_STRINGS } from './entry-strings';
import { clip, parseFlag, parseOneOf, type AnyField, type UrlField } from '../state/url-field';
import { buildTour } from './tour';

export type Mode = 'normal' | 'present';
export const MODES: readonly Mode[] = ['normal', 'present'];

declare module '../state/app-state' {
  interface AppState {
    /** 'present': the full-screen tour with the projector theme (src/present). */
    mode: Mode;
    /** The tour step shown while presenting, 1-based; null when not presenting. */
    step: number | null;
    /** Whether the tour advances by itself. */
    play: boolean;
  }
}

declare module '../state/url-field' {
  interface KnownIds {
    /** How many steps the presentation tour has (`#step=1…steps`); any number when absent. */
    steps?: number;
  }
}

export const PRESENT_FIELDS: AnyField[] = [
  {
    key: 'mode',
    default: 'normal',
    parse: (v) => parseOneOf<Mode>(v, MODES, 'unknown-mode'),
    write: (s) => (s.mode === 'normal' ? null : s.mode),
    notices: { 'unknown-mode': (n, lang) => PRESENT_ENTRY_STRINGS[lang].noticeUnknownMode(n.value ?? '') },
    doc: { values: '`present`', absent: '`normal`' },
  } satisfies UrlField<'mode'>,
  {
    key: 'step',
    default: null,
    // A step is a place in the tour, so it is only written while presenting; read, it starts the tour there.
    parse: (v, known) => {
      const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
      const steps = known.steps ?? Infinity;
      return n >= 1 && n <= steps ? { value: n } : { notice: { kind: 'bad-step', value: clip(v), steps: known.steps ?? 0 } };
    },
    write: (s) => (s.mode === 'present' && s.step !== null ? String(s.step) : null),
    notices: { 'bad-step': (n, lang) => PRESENT_ENTRY_STRINGS[lang].noticeBadStep(n.value ?? '', Number(n.steps ?? 0)) },
    known: (model) => ({ steps: buildTour(model).length }),
    doc: { values: '1…21, the tour step (written only while presenting)', absent: 'step 1' },
  } satisfies UrlField<'step'>,
  {
    key: 'play',
    default: false,
    parse: (v) => parseFlag(v, 'bad-play'),
    write: (s) => (s.mode === 'present' && s.play ? '1' : null),
    notices: { 'bad-play': (n, lang) => PRESENT_ENTRY_STRINGS[lang].noticeBadPlay(n.value ?? '') },
    doc: { values: '`1` / `0`: the tour advances by itself', absent: 'paused' },
  } satisfies UrlField<'play'>,
];

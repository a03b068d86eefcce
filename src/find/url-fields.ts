// The key-task filter's keys of the URL: `#task=6` or `#group=2` (plan2018 §三's numbering).
import { clip, type AnyField, type UrlField } from '../state/url-field';
import { FIND_STRINGS } from './strings';

declare module '../state/app-state' {
  interface AppState {
    /** Filter: a key task of plan2018 §三 (1–18) whose pairings are highlighted; wins over `group`. */
    task: number | null;
    /** Filter: a group of key tasks, plan2018 §三(一)–(五) (1–5); only when no `task` is set. */
    group: number | null;
  }
}

declare module '../state/url-field' {
  interface KnownIds {
    /** Key tasks of plan2018 §三 (`#task=6`); none known when absent. */
    tasks?: ReadonlySet<number>;
    /** Groups of key tasks (`#group=2`); none known when absent. */
    groups?: ReadonlySet<number>;
  }
}

/** A task or group number as written in a link: 1–99, no sign, no leading zero, and known. */
function parseId(v: string, ids: ReadonlySet<number> | undefined): number | null {
  const n = /^[1-9]\d?$/.test(v) ? Number(v) : NaN;
  return ids?.has(n) ? n : null;
}

export const FIND_FIELDS: AnyField[] = [
  {
    key: 'task',
    default: null,
    parse: (v, known) => {
      const n = parseId(v, known.tasks);
      return n !== null ? { value: n } : { notice: { kind: 'unknown-task', value: clip(v) } };
    },
    write: (s) => (s.task !== null ? String(s.task) : null),
    notices: { 'unknown-task': (n, lang) => FIND_STRINGS[lang].noticeUnknownTask(n.value ?? '') },
    known: (model) => ({ tasks: new Set(model.content.focusAreas.map((t) => t.id)) }),
    doc: { values: '1…18, a key task of plan2018 §三 (wins over `group`)', absent: 'no filter' },
  } satisfies UrlField<'task'>,
  {
    key: 'group',
    default: null,
    // A task wins over a group (it is the narrower filter; the two never combine), like a pair over a place.
    parse: (v, known, state) => {
      if (state.task !== undefined) return null;
      const n = parseId(v, known.groups);
      return n !== null ? { value: n } : { notice: { kind: 'unknown-group', value: clip(v) } };
    },
    write: (s) => (s.task === null && s.group !== null ? String(s.group) : null),
    notices: { 'unknown-group': (n, lang) => FIND_STRINGS[lang].noticeUnknownGroup(n.value ?? '') },
    known: (model) => ({ groups: new Set(model.content.focusGroups.map((g) => g.id)) }),
    doc: { values: '1…5, a group of key tasks, §三(一)–(五)', absent: 'no filter' },
  } satisfies UrlField<'group'>,
];

// The `project` key of the URL (`#project=jinchang-industrial-park`): a major project shown
// where it lies — its zones selected on the city maps — rather than by a pairing that mentions it.
import { clip, type AnyField, type UrlField } from '../state/url-field';
import { PROJECT_STRINGS } from '../i18n/projects';

declare module '../state/app-state' {
  interface AppState {
    /** A major project (content/projects.ts) whose zones are selected; a pair or place wins over it. */
    project: string | null;
  }
}

declare module '../state/url-field' {
  interface KnownIds {
    /** The major projects' ids. */
    projects?: ReadonlySet<string>;
  }
}

export const PROJECT_FIELDS: AnyField[] = [
  {
    key: 'project',
    default: null,
    // A pair or a place is a selection too: with one of them the link means that, not the project.
    parse: (v, known, state) =>
      state.pair || state.place ? null : known.projects?.has(v) ? { value: v } : { notice: { kind: 'unknown-project', value: clip(v) } },
    write: (s) => (s.pair || s.place ? null : s.project),
    notices: { 'unknown-project': (n, lang) => PROJECT_STRINGS[lang].noticeUnknownProject(n.value ?? '') },
    known: (model) => ({ projects: new Set(model.content.projects.map((p) => p.id)) }),
    doc: { values: 'a major project id, e.g. `jinchang-industrial-park`: its zones are selected on the maps', absent: 'no project' },
  } satisfies UrlField<'project'>,
];

// Checks all content against the schemas and against each other. Every problem is
// reported as `file: record "id": field: message`, so a broken record names itself.
import * as v from 'valibot';
import * as S from './schema';
import type { FullContent as Content } from './index';

export interface ContentProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

/** Where each collection lives, so a message can name the file to open. */
export const CONTENT_FILES = {
  documents: 'src/content/documents.ts',
  units: 'src/content/units.ts',
  zones: 'src/content/zones.ts',
  focusGroups: 'src/content/focus-areas.ts',
  focusAreas: 'src/content/focus-areas.ts',
  pairings: 'src/content/pairings.ts',
  projects: 'src/content/projects.ts',
  results: 'src/content/results.ts',
  news: 'src/content/news.ts',
} as const satisfies Record<keyof Content, string>;

const SCHEMAS = {
  documents: S.DocumentSchema,
  units: S.UnitSchema,
  zones: S.ZoneSchema,
  focusGroups: S.FocusGroupSchema,
  focusAreas: S.FocusAreaSchema,
  pairings: S.PairingSchema,
  projects: S.ProjectSchema,
  results: S.ResultSchema,
  news: S.NewsItemSchema,
} as const;

function recordName(record: unknown, index: number): string {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index}`;
}

export function validateContent(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (key: keyof Content, record: string, field: string, message: string) =>
    problems.push({ file: CONTENT_FILES[key], record, field, message });

  // 1. Each record against its schema.
  for (const key of Object.keys(SCHEMAS) as (keyof Content)[]) {
    const list: unknown[] = content[key];
    const seen = new Set<string>();
    list.forEach((record, index) => {
      const name = recordName(record, index);
      if (seen.has(name)) add(key, name, 'id', 'is used by more than one record');
      seen.add(name);
      const result = v.safeParse(SCHEMAS[key] as v.GenericSchema, record);
      if (!result.success) {
        for (const issue of result.issues) {
          add(key, name, v.getDotPath(issue) ?? '(record)', issue.message);
        }
      }
    });
  }
  if (problems.length) return problems; // cross-references assume well-formed records

  // 2. References between records.
  const units = new Map(content.units.map((u) => [u.id, u]));
  const zones = new Map(content.zones.map((z) => [z.id, z]));
  const pairings = new Map(content.pairings.map((p) => [p.id, p]));
  const projects = new Map(content.projects.map((p) => [p.id, p]));
  const tasks = new Map(content.focusAreas.map((t) => [t.id, t]));
  const groups = new Set(content.focusGroups.map((g) => g.id));
  const codes = new Set<string>();
  const partyCity = (id: string) => units.get(id)?.city ?? zones.get(id)?.city;

  for (const u of content.units) {
    if (codes.has(u.code)) add('units', u.id, 'code', `${u.code} is used by more than one unit`);
    codes.add(u.code);
  }
  for (const z of content.zones) {
    const fields: [string, string][] = [['pointUnit', z.pointUnit], ...z.districts.map((d, i): [string, string] => [`districts.${i}`, d])];
    for (const [field, id] of fields) {
      const unit = units.get(id);
      if (!unit) add('zones', z.id, field, `unknown unit "${id}"`);
      else if (unit.city !== z.city) add('zones', z.id, field, `"${id}" is in ${unit.city}, the zone in ${z.city}`);
    }
  }
  for (const t of content.focusAreas) {
    if (!groups.has(t.group)) add('focusAreas', String(t.id), 'group', `unknown group ${t.group}`);
  }
  const paired = new Set<string>();
  for (const p of content.pairings) {
    for (const side of ['changchun', 'tianjin'] as const) {
      p[side].forEach((party, i) => {
        paired.add(party);
        const c = partyCity(party);
        if (!c) add('pairings', p.id, `${side}.${i}`, `unknown unit or zone "${party}"`);
        else if (c !== side) add('pairings', p.id, `${side}.${i}`, `"${party}" is in ${c}, not ${side}`);
      });
    }
    if (p.parent !== undefined && !pairings.has(p.parent)) add('pairings', p.id, 'parent', `unknown pairing "${p.parent}"`);
    p.focus.forEach((f, i) => {
      if (!tasks.has(f.task)) add('pairings', p.id, `focus.${i}.task`, `unknown key task ${f.task}`);
    });
  }
  for (const u of content.units) {
    if (paired.has(u.id) && u.unpaired) add('units', u.id, 'unpaired', 'is set, but a pairing names this unit');
    if (!paired.has(u.id) && !u.unpaired) add('units', u.id, 'unpaired', 'no pairing names this unit: give the reason');
  }
  for (const pr of content.projects) {
    pr.parts.forEach((part, i) => {
      if (!zones.has(part.zone)) add('projects', pr.id, `parts.${i}.zone`, `unknown zone "${part.zone}"`);
    });
    pr.pairs.forEach((link, i) => {
      if (!pairings.has(link.pair)) add('projects', pr.id, `pairs.${i}.pair`, `unknown pairing "${link.pair}"`);
    });
  }
  for (const r of content.results) {
    r.pairs.forEach((id, i) => {
      if (!pairings.has(id)) add('results', r.id, `pairs.${i}`, `unknown pairing "${id}"`);
    });
    r.projects.forEach((id, i) => {
      if (!projects.has(id)) add('results', r.id, `projects.${i}`, `unknown project "${id}"`);
    });
  }
  // A news report is cited only by news items and thematic notes, never as the plan: every
  // citation of a news document must be to the whole report, and a news item cites only news.
  const docs = new Map(content.documents.map((d) => [d.id, d]));
  for (const n of content.news) {
    n.pairs.forEach((id, i) => pairings.has(id) || add('news', n.id, `pairs.${i}`, `unknown pairing "${id}"`));
    n.sources.forEach((s, i) => docs.get(s.doc)?.kind === 'news' || add('news', n.id, `sources.${i}.doc`, `"${s.doc}" is not a news report`));
  }
  return problems;
}

export const FOCUS_SUMMARIES_FILE = 'src/content/focus-summaries.ts';

/**
 * The key tasks' summaries (focus-summaries.ts, apart from the content the page draws with): each
 * against its schema, and exactly one for each key task.
 */
export function validateFocusSummaries(focusAreas: readonly S.FocusArea[], summaries: readonly unknown[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (record: string, field: string, message: string) => problems.push({ file: FOCUS_SUMMARIES_FILE, record, field, message });
  const seen = new Set<string>();
  summaries.forEach((record, index) => {
    const name = recordName(record, index);
    if (seen.has(name)) add(name, 'id', 'is used by more than one record');
    seen.add(name);
    const result = v.safeParse(S.FocusSummarySchema, record);
    if (!result.success) for (const issue of result.issues) add(name, v.getDotPath(issue) ?? '(record)', issue.message);
    else if (!focusAreas.some((t) => t.id === result.output.id)) add(name, 'id', `no key task ${result.output.id} in ${CONTENT_FILES.focusAreas}`);
  });
  for (const t of focusAreas) if (!seen.has(String(t.id))) add(String(t.id), 'summary', `key task ${t.id} has no summary`);
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: record "${p.record}": field "${p.field}": ${p.message}`).join('\n');
}

/** Throws one error listing every problem; used by the build and the tests. */
export function assertValidContent(content: Content, focusSummaries: readonly unknown[]): void {
  const problems = [...validateContent(content), ...validateFocusSummaries(content.focusAreas, focusSummaries)];
  if (problems.length) {
    throw new Error(`Content is invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
  }
}

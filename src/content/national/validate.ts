// Checks the national content like ../validate.ts checks the rest: each record against its
// schema, then the references between records, the ids the URL knows, and the documents'
// own facts (seven pairings, 18 tasks in 4 groups). Problems name file, record and field.
import * as v from 'valibot';
import { formatProblems, type ContentProblem } from '../validate';
import { NATIONAL_PAIRING_IDS, TIMELINE_EVENT_IDS } from './ids';
import { inDateOrder } from './timeline-order';
import type { NationalContent } from './index';
import * as N from './schema';

export const NATIONAL_FILES = {
  places: 'src/content/national/places.ts',
  pairings: 'src/content/national/pairings.ts',
  notes: 'src/content/national/pairings.ts',
  hgTaskGroups: 'src/content/national/hg-tasks.ts',
  hgTasks: 'src/content/national/hg-tasks.ts',
  timeline: 'src/content/national/timeline.ts',
} as const satisfies Record<keyof NationalContent, string>;

const SCHEMAS = {
  places: N.NationalPlaceSchema,
  pairings: N.NationalPairingSchema,
  notes: N.NationalNoteSchema,
  hgTaskGroups: N.HgTaskGroupSchema,
  hgTasks: N.HgTaskSchema,
  timeline: N.TimelineEventSchema,
} as const;

export function validateNational(content: NationalContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (key: keyof NationalContent, record: string, field: string, message: string) =>
    problems.push({ file: NATIONAL_FILES[key], record, field, message });

  for (const key of Object.keys(SCHEMAS) as (keyof NationalContent)[]) {
    const seen = new Set<string>();
    (content[key] as unknown[]).forEach((record, index) => {
      const rid = (record as { id?: unknown } | null)?.id;
      const name = typeof rid === 'string' || typeof rid === 'number' ? String(rid) : `#${index}`;
      if (seen.has(name)) add(key, name, 'id', 'is used by more than one record');
      seen.add(name);
      const result = v.safeParse(SCHEMAS[key] as v.GenericSchema, record);
      if (!result.success) for (const issue of result.issues) add(key, name, v.getDotPath(issue) ?? '(record)', issue.message);
    });
  }
  if (problems.length) return problems;

  const places = new Map(content.places.map((p) => [p.id, p]));
  const pairings = new Map(content.pairings.map((p) => [p.id, p]));
  const codes = new Set<string>();
  for (const p of content.places) {
    if (codes.has(p.code)) add('places', p.id, 'code', `${p.code} is used by more than one place`);
    codes.add(p.code);
  }
  for (const p of content.pairings) {
    for (const side of ['northeast', 'east'] as const) {
      const place = places.get(p[side]);
      if (!place) add('pairings', p.id, side, `unknown place "${p[side]}"`);
      else if (place.region !== side) add('pairings', p.id, side, `"${p[side]}" is not on the ${side} side`);
      else if (place.level !== p.level) add('pairings', p.id, side, `"${p[side]}" is a ${place.level}, the pairing is between ${p.level}s`);
    }
    if (p.within && !pairings.has(p.within.pairing)) add('pairings', p.id, 'within.pairing', `unknown pairing "${p.within.pairing}"`);
    p.coverage.forEach((c, i) => {
      if (!c.sources.some((s) => s.doc === c.doc)) add('pairings', p.id, `coverage.${i}.sources`, `cites no section of ${c.doc}, the document it describes`);
    });
  }
  if (content.pairings.length !== 7) add('pairings', '(all)', '(list)', `workplan2017 §二 names 7 pairings, found ${content.pairings.length}`);
  const idsMatch = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const byOrder = [...content.pairings].sort((a, b) => a.order - b.order).map((p) => p.id);
  if (!idsMatch(byOrder, NATIONAL_PAIRING_IDS)) add('pairings', '(all)', 'id', `ids in order must equal NATIONAL_PAIRING_IDS in src/content/national/ids.ts (${NATIONAL_PAIRING_IDS.join(', ')})`);
  for (const n of content.notes) if (!places.has(n.place)) add('notes', n.id, 'place', `unknown place "${n.place}"`);

  const groups = new Set(content.hgTaskGroups.map((g) => g.id));
  if (content.hgTaskGroups.length !== 4) add('hgTaskGroups', '(all)', '(list)', `plan2018hg §四 has 4 groups, found ${content.hgTaskGroups.length}`);
  if (content.hgTasks.length !== 18) add('hgTasks', '(all)', '(list)', `plan2018hg §四 has 18 tasks, found ${content.hgTasks.length}`);
  for (const t of content.hgTasks) {
    if (!groups.has(t.group)) add('hgTasks', String(t.id), 'group', `unknown group ${t.group}`);
    if (!t.sources.some((s) => s.doc === 'plan2018hg' && s.section.endsWith(String(t.id)))) add('hgTasks', String(t.id), 'sources', `cites no plan2018hg section of task ${t.id}`);
  }

  for (const e of content.timeline) {
    e.places.forEach((p, i) => places.has(p) || add('timeline', e.id, `places.${i}`, `unknown place "${p}"`));
    e.pairings.forEach((p, i) => pairings.has(p) || add('timeline', e.id, `pairings.${i}`, `unknown pairing "${p}"`));
    if (e.end && e.end <= e.date.slice(0, 4)) add('timeline', e.id, 'end', `${e.end} is not after ${e.date}`);
  }
  const timelineIds = inDateOrder(content.timeline).map((e) => e.id);
  if (!idsMatch(timelineIds, TIMELINE_EVENT_IDS)) add('timeline', '(all)', 'id', `ids in date order must equal TIMELINE_EVENT_IDS in src/content/national/ids.ts (${TIMELINE_EVENT_IDS.join(', ')})`);
  return problems;
}

export function assertValidNational(content: NationalContent): void {
  const problems = validateNational(content);
  if (problems.length) throw new Error(`National content is invalid (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n${formatProblems(problems)}`);
}

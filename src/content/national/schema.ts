// Schemas of the national content: the seven pairings of workplan2017 §二, the places they
// name, the key tasks of plan2018hg §四 and the timeline. Same rules as ../schema.ts:
// every record cited, zh + en, checked at build time and in the tests, never in the browser.
import * as v from 'valibot';
import { DOC_IDS, SourceSchema, TextSchema } from '../schema';

const sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'has no source'));
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'is not a lower-case slug'));
const ids = v.array(id);

export const NationalPlaceSchema = v.strictObject({
  id,
  /** GB/T 2260 code; the seat point and outline come from public/geo/china.topo.json by this code. */
  code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'is not a 6-digit GB/T 2260 code')),
  level: v.picklist(['province', 'city']),
  /** Which side of the pairings: the north-east (东北) or the east (东部); none for 内蒙古, which §二 names on neither. */
  region: v.optional(v.picklist(['northeast', 'east'])),
  /** As the document writes it (辽宁省, 沈阳市 …). */
  name: TextSchema,
  short: TextSchema,
  sources,
});

/** A document we hold about a pairing, and what it says about it. */
export const CoverageSchema = v.strictObject({
  doc: v.picklist(DOC_IDS),
  note: TextSchema,
  sources,
});

export const NationalPairingSchema = v.strictObject({
  id,
  /** Position in workplan2017 §二: the three provinces, then the four cities. */
  order: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
  level: v.picklist(['province', 'city']),
  northeast: id,
  east: id,
  /** A city pairing set inside a province pairing's plan (哈尔滨–深圳 in plan2018hg §三). */
  within: v.optional(v.strictObject({ pairing: id, note: TextSchema, sources })),
  /** Every document we hold about this pairing; the panel says plainly when it is only workplan2017. */
  coverage: v.pipe(v.array(CoverageSchema), v.minLength(1, 'names no document')),
  sources,
});

/** A statement of workplan2017 §二 that is not a pairing (内蒙古: encouraged to seek partners). */
export const NationalNoteSchema = v.strictObject({
  id,
  place: id,
  title: TextSchema,
  text: TextSchema,
  sources,
});

export const HgTaskGroupSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  title: TextSchema,
  sources,
});

export const HgTaskSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(18)),
  group: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
  title: TextSchema,
  summary: TextSchema,
  sources,
});

export const TimelineEventSchema = v.strictObject({
  id,
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the document is. */
  date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not YYYY, YYYY-MM or YYYY-MM-DD')),
  /** For a span (plan2018hg's 2018—2019): its last year. */
  end: v.optional(v.pipe(v.string(), v.regex(/^\d{4}$/, 'is not YYYY'))),
  /** Milestones are targets a plan sets, not things that happened; news: what a later news report (媒体报道) says happened. */
  kind: v.picklist(['event', 'document', 'milestone', 'news']),
  title: TextSchema,
  text: TextSchema,
  /** National places it involves (highlighted on the national map). */
  places: ids,
  pairings: ids,
  sources,
});

export type NationalPlace = v.InferOutput<typeof NationalPlaceSchema>;
export type Coverage = v.InferOutput<typeof CoverageSchema>;
export type NationalPairing = v.InferOutput<typeof NationalPairingSchema>;
export type NationalNote = v.InferOutput<typeof NationalNoteSchema>;
export type HgTaskGroup = v.InferOutput<typeof HgTaskGroupSchema>;
export type HgTask = v.InferOutput<typeof HgTaskSchema>;
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;

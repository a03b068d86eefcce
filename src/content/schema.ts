// Valibot schemas for every content record. They run at build time (vite plugin)
// and in the unit tests, never in the browser: the page ships plain typed data.
import * as v from 'valibot';

export const DOC_IDS = ['plan2018', 'workplan2017', 'progress2018', 'plan2018hg'] as const;

const CJK = /[\u3400-\u9fff]/;

/** Chinese text: non-empty and actually Chinese. */
const zhText = v.pipe(v.string(), v.trim(), v.nonEmpty('is empty'), v.regex(CJK, 'has no Chinese characters'));
/** English text: non-empty and free of Chinese characters (names in Chinese go in `zh`). */
const enText = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('is empty'),
  v.check((s) => !CJK.test(s), 'contains Chinese characters'),
);

export const TextSchema = v.strictObject({ zh: zhText, en: enText });

/** `§三(四)15`, `§二(三)`, `§四`, `§三`: the section numbering of the Chinese documents. */
/** Also the parts before §一: a plan's cover notice with its date (§通知), a page's header line (§题头), a report's lead (§导语). */
export const SECTION_PATTERN = /^§([一二三四五六七八九十]+(\([一二三四五六七八九十]+\))?(\d+)?|通知|题头|导语)$/;

export const SourceSchema = v.strictObject({
  doc: v.picklist(DOC_IDS, 'is not a known document id'),
  section: v.pipe(v.string(), v.regex(SECTION_PATTERN, 'is not a section like §三(四)15')),
});

const sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'has no source'));
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'is not a lower-case slug'));
const city = v.picklist(['changchun', 'tianjin']);
const basis = v.picklist(['stated', 'related'], "is neither 'stated' nor 'related'");

export const DocumentSchema = v.strictObject({
  id: v.picklist(DOC_IDS),
  title: TextSchema,
  /** Official document number, e.g. 发改振兴〔2018〕437号; absent for a news report. */
  number: v.optional(v.string()),
  issuer: TextSchema,
  date: v.pipe(v.string(), v.isoDate()),
  file: v.string(),
  kind: v.picklist(['plan', 'workplan', 'report']),
});

export const UnitSchema = v.strictObject({
  id,
  code: v.pipe(v.string(), v.regex(/^\d{6}$/, 'is not a 6-digit GB/T 2260 code')),
  city,
  kind: v.picklist(['district', 'county', 'county-level city']),
  name: TextSchema,
  /** Short label for the map (e.g. 朝阳区 / Chaoyang). */
  short: TextSchema,
  pinyin: v.pipe(v.string(), v.nonEmpty()),
  /** Set only for units the plan gives no partner: why. */
  unpaired: v.optional(v.strictObject({ reason: TextSchema, sources })),
  sources,
});

export const ZoneSchema = v.strictObject({
  id,
  city,
  name: TextSchema,
  short: TextSchema,
  /** What kind of zone, in words (国家级经济技术开发区 …). */
  type: TextSchema,
  /** The unit (district) the point lies in. */
  unit: id,
  location: v.strictObject({
    lon: v.number(),
    lat: v.number(),
    approximate: v.boolean(),
    /** What the point stands for (committee seat, landmark proxy, estimated centre). */
    note: TextSchema,
  }),
  sources,
});

export const FocusGroupSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  title: TextSchema,
  sources,
});

export const FocusAreaSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(18)),
  group: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  title: TextSchema,
  summary: TextSchema,
  sources,
});

export const FocusLinkSchema = v.strictObject({
  task: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(18)),
  basis,
  /** Why this link: for `related`, what makes it thematic rather than stated. */
  note: TextSchema,
  sources,
});

export const PairingSchema = v.strictObject({
  id,
  /** Position in the list of plan2018 §三(四)15 (1–15); a sub-pairing shares its parent's. */
  order: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(15)),
  /** A sub-pairing (兴隆综保区 within 长春经开区 → 武清区) names its parent pairing. */
  parent: v.optional(id),
  changchun: v.pipe(v.array(id), v.minLength(1)),
  tianjin: v.pipe(v.array(id), v.minLength(1)),
  summary: TextSchema,
  focus: v.array(FocusLinkSchema),
  sources,
});

export const ProjectPartSchema = v.strictObject({
  id,
  name: TextSchema,
  role: TextSchema,
  /** The functional zone the part sits in (its point is drawn there). */
  zone: id,
  sources,
});

export const ProjectSchema = v.strictObject({
  id,
  name: TextSchema,
  summary: TextSchema,
  /** Key fields of cooperation as the plan lists them. */
  fields: v.array(TextSchema),
  parts: v.pipe(v.array(ProjectPartSchema), v.minLength(1)),
  pairs: v.array(v.strictObject({ pair: id, basis, note: TextSchema, sources })),
  sources,
});

/** A figure's unit may be a bare symbol (%), so its zh side need not be Chinese. */
const FigureUnitSchema = v.strictObject({ zh: v.pipe(v.string(), v.trim(), v.nonEmpty('is empty')), en: enText });

export const FigureSchema = v.strictObject({
  value: v.pipe(v.number(), v.minValue(0)),
  /** Hedged exactly as the report hedges it: 'more-than' is 200余 / 200+, 'at-least' is 90%以上 / 90% or more. */
  qualifier: v.picklist(['exact', 'more-than', 'at-least']),
  unit: FigureUnitSchema,
  label: TextSchema,
});

export const ResultSchema = v.strictObject({
  id,
  /** When it happened or was reported: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not YYYY, YYYY-MM or YYYY-MM-DD')),
  title: TextSchema,
  text: TextSchema,
  figures: v.array(FigureSchema),
  /** Shown on the overview (the headline results). */
  headline: v.boolean(),
  pairs: v.array(id),
  projects: v.array(id),
  sources,
});

export type Text = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type DocId = (typeof DOC_IDS)[number];
export type Document = v.InferOutput<typeof DocumentSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type Zone = v.InferOutput<typeof ZoneSchema>;
export type FocusGroup = v.InferOutput<typeof FocusGroupSchema>;
export type FocusArea = v.InferOutput<typeof FocusAreaSchema>;
export type FocusLink = v.InferOutput<typeof FocusLinkSchema>;
export type Pairing = v.InferOutput<typeof PairingSchema>;
export type ProjectPart = v.InferOutput<typeof ProjectPartSchema>;
export type Project = v.InferOutput<typeof ProjectSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Result = v.InferOutput<typeof ResultSchema>;

// Valibot schemas for every content record. They run at build time (vite plugin)
// and in the unit tests, never in the browser: the page ships plain typed data.
import * as v from 'valibot';

/** The four documents in ../shared/sources, then the later news reports (媒体报道) we have read. */
export const DOC_IDS = [
  'plan2018',
  'workplan2017',
  'progress2018',
  'plan2018hg',
  'news-2016-11-jiutai',
  'news-2018-03-xinmao',
  'news-2018-12-symposium',
  'news-2019-03-delegation',
  'news-2019-04-heping-chaoyang',
  'news-2019-05-tianjin-delegation',
  'news-2020-10-meeting',
  'news-2023-11-framework',
  'news-undated-business-environment',
] as const;

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
/** Also the parts before §一: a plan's cover notice with its date (§通知), a page's header line (§题头), a report's lead (§导语); */
/** and §全文, the whole of a short news report (the passages we read are in tests/fixtures/reports/). */
export const SECTION_PATTERN = /^§([一二三四五六七八九十]+(\([一二三四五六七八九十]+\))?(\d+)?|通知|题头|导语|全文)$/;

/**
 * A citation. `evidence`: the few key words of the claim (names, figures, dates; a handful of
 * characters each, never sentences) that the cited section must contain, as the document writes
 * them (traditional characters for plan2018hg). tests/unit/evidence.test.ts checks each one against
 * the section's text; the build only checks that they are there. The page never shows them
 * (config/strip-evidence.ts drops them from the bundle).
 */
export const SourceSchema = v.strictObject({
  doc: v.picklist(DOC_IDS, 'is not a known document id'),
  section: v.pipe(v.string(), v.regex(SECTION_PATTERN, 'is not a section like §三(四)15')),
  evidence: v.pipe(
    v.array(v.pipe(v.string(), v.trim(), v.nonEmpty('is an empty key word'), v.maxLength(20, 'is a sentence, not a key word (20 characters at most)'))),
    v.minLength(1, 'has no key words: name what the cited section says'),
  ),
});

const sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'has no source'));
const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'is not a lower-case slug'));
const city = v.picklist(['changchun', 'tianjin']);
const basis = v.picklist(['stated', 'related'], "is neither 'stated' nor 'related'");

const isoDate = v.pipe(v.string(), v.isoDate());
const when = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not YYYY, YYYY-MM or YYYY-MM-DD'));

export const DocumentSchema = v.pipe(
  v.strictObject({
    id: v.picklist(DOC_IDS),
    /** plan / workplan: a policy document; report: the NDRC's account as a news site printed it; news: a later news report (媒体报道), never the plan. */
    kind: v.picklist(['plan', 'workplan', 'report', 'news']),
    /** The document's own title (a news report's headline). */
    title: TextSchema,
    /** The covering notice that issues it and carries its number (an attachment's 通知). */
    notice: v.optional(TextSchema),
    /** Official document number, e.g. 发改振兴〔2018〕437号 (of the notice); absent for a news report. */
    number: v.optional(v.string()),
    /** Who issued it; for a news report, who published it (the outlet, or the repost site and what it says of the original). */
    issuer: TextSchema,
    /** When it was issued (印发, the date the notice is signed); none for a news report. */
    issued: v.optional(isoDate),
    /** When it was made public (a news report's date; Xinhua's announcement of a circular), as precisely as we know it. */
    published: v.optional(when),
    /** Public web address where we know one. */
    url: v.optional(v.pipe(v.string(), v.url())),
    /** What a reader should know about this copy (a repost, a machine translation, an inferred year). */
    note: v.optional(TextSchema),
    /** The file in ../shared/sources (documents) or tests/fixtures/reports (the passages of a news report we read). */
    file: v.string(),
  }),
  v.check((d) => d.kind === 'news' || d.issued !== undefined || d.published !== undefined, 'has neither an issued nor a published date'),
);

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
  /** What kind of zone, in words (国家级经济技术开发区 …): background from the reference data, cited as such. */
  type: TextSchema,
  /**
   * The districts the zone lies in or spans, as far as the reference data knows: not a single
   * 所在区, because zones cross district lines or are run by their own committee.
   */
  districts: v.array(id),
  /** Whether `districts` is the whole answer, or only where our point falls / an uncertain reading. */
  districtsNote: TextSchema,
  /** Who runs it (its administrative committee, or the zone that administers it). */
  administeredBy: TextSchema,
  /** The unit (district) the map point falls in: where it is drawn, not where the zone lies. */
  pointUnit: id,
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
  /** The plan's own heading, word for word (zh); en is our translation of it. */
  title: TextSchema,
  /** Our short label for menus and chips; never shown as the plan's title. */
  label: TextSchema,
  sources,
});

export const FocusAreaSchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(18)),
  group: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  /** The plan's own heading, word for word (zh); en is our translation of it. */
  title: TextSchema,
  /** Our short label for menus and chips; never shown as the plan's title. */
  label: TextSchema,
  sources,
});

/** What a key task asks for, in our words (focus-summaries.ts): shown only in the data download. */
export const FocusSummarySchema = v.strictObject({
  id: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(18)),
  summary: TextSchema,
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

export const FigureSchema = v.pipe(
  v.strictObject({
    value: v.pipe(v.number(), v.minValue(0)),
    /** Hedged exactly as the report hedges it: 'more-than' is 200余 / 500多 (see `hedge`), 'at-least' is 90%以上 / 90% or more. */
    qualifier: v.picklist(['exact', 'more-than', 'at-least']),
    /** The report's own word for 'more than': 余 or 多. */
    hedge: v.optional(v.picklist(['余', '多'])),
    /** The figure as the report writes it when digits would change it (一百多次). */
    written: v.optional(v.string()),
    unit: FigureUnitSchema,
    /** The value in the English unit where it differs (97.2 亿元 = 9.72 billion yuan). */
    enValue: v.optional(v.number()),
    label: TextSchema,
  }),
  v.check((f) => (f.qualifier === 'more-than') === (f.hedge !== undefined), "gives a hedge (余/多) exactly when the qualifier is 'more-than'"),
);

export const ResultSchema = v.strictObject({
  id,
  /** When it happened, only if the report says so: YYYY, YYYY-MM or YYYY-MM-DD. Undated events have none. */
  date: v.optional(when),
  /** When the report that tells of it was published (progress2018: 2018-04). */
  reported: when,
  title: TextSchema,
  text: TextSchema,
  figures: v.array(FigureSchema),
  /** Shown on the overview (the headline results). */
  headline: v.boolean(),
  pairs: v.array(id),
  projects: v.array(id),
  sources,
});

/**
 * A later news report (媒体报道) about one or more pairings, shown in their panels as a news
 * report, never as the plan. Only what we have read in the report (see DocumentSchema kind 'news').
 */
export const NewsItemSchema = v.strictObject({
  id,
  /** When it happened, as the report gives it; none when it does not say. */
  date: v.optional(when),
  title: TextSchema,
  text: TextSchema,
  /** The pairings it concerns. */
  pairs: v.pipe(v.array(id), v.minLength(1)),
  sources,
});

export type NewsItem = v.InferOutput<typeof NewsItemSchema>;
export type Text = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
/** What the interface needs of a citation: the document and section (evidence is for the tests). */
export type SourceRef = Pick<Source, 'doc' | 'section'>;
export type DocId = (typeof DOC_IDS)[number];
export type Document = v.InferOutput<typeof DocumentSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type Zone = v.InferOutput<typeof ZoneSchema>;
export type FocusGroup = v.InferOutput<typeof FocusGroupSchema>;
export type FocusArea = v.InferOutput<typeof FocusAreaSchema>;
export type FocusSummary = v.InferOutput<typeof FocusSummarySchema>;
export type FocusLink = v.InferOutput<typeof FocusLinkSchema>;
export type Pairing = v.InferOutput<typeof PairingSchema>;
export type ProjectPart = v.InferOutput<typeof ProjectPartSchema>;
export type Project = v.InferOutput<typeof ProjectSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Result = v.InferOutput<typeof ResultSchema>;

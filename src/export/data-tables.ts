// The content as flat tables (one row per record, Chinese and English side by side, every row
// with its sources), for the CSV and JSON downloads. Pure: the build plugin (config/data-files.ts)
// and the page (single-file build) both call it, so the static files and the in-page downloads
// are the same bytes, and the unit tests check it without a browser.
import type { FullContent } from '../content/index';
// Imported here, not carried by the content: the download is the only place that shows them.
import { focusSummaries } from '../content/focus-summaries';
import { STRINGS } from '../i18n/strings';
import type { SourceRef, Text } from '../content/schema';
import { uniqueSources } from '../views/format';
import { formatFigure } from '../views/figure-format';

/** The evidence key words are for the tests; a download cites document and section. */
const refs = (sources: readonly SourceRef[]): SourceRef[] => sources.map((s) => ({ doc: s.doc, section: s.section }));

/** A cell keeps its type for JSON; CSV writes lists joined by "; " (see cellText). */
export type Cell = string | number | boolean | null | string[] | SourceRef[];
export type Row = Record<string, Cell>;

export const TABLE_NAMES = ['units', 'zones', 'pairings', 'focus-areas', 'projects', 'results', 'news', 'documents'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface Table {
  name: TableName;
  /** One line for the Data list in the dialog and the README. */
  description: Text;
  columns: string[];
  rows: Row[];
}

/** `plan2018 §三(四)15; progress2018 §三`: the document id (see documents.csv) and its section. */
export function sourcesText(sources: readonly SourceRef[]): string {
  return sources.map((s) => `${s.doc} ${s.section}`).join('; ');
}

/** What a cell becomes in CSV: lists joined by "; ", sources as `doc section`, null as empty. */
export function cellText(cell: Cell): string | number | boolean | null {
  if (!Array.isArray(cell)) return cell;
  return cell.length && typeof cell[0] === 'object' ? sourcesText(cell as SourceRef[]) : (cell as string[]).join('; ');
}

const both = (prefix: string, t: Text | undefined): Row => ({ [`${prefix}_zh`]: t?.zh ?? null, [`${prefix}_en`]: t?.en ?? null });

function table(name: TableName, description: Text, rows: Row[]): Table {
  // Columns from the first row: every builder below returns the same keys in the same order.
  const columns = Object.keys(rows[0] ?? {});
  for (const [i, row] of rows.entries()) {
    const keys = Object.keys(row).join(',');
    if (keys !== columns.join(',')) throw new Error(`data table ${name}, row ${i + 1}: columns ${keys} differ from ${columns.join(',')}`);
  }
  return { name, description, columns, rows };
}

export function dataTables(content: FullContent): Table[] {
  const names = new Map<string, Text>([...content.units, ...content.zones].map((p) => [p.id, p.name]));
  const nameOf = (id: string): Text => {
    const n = names.get(id);
    if (!n) throw new Error(`data tables: pairing names unknown unit or zone "${id}"`);
    return n;
  };
  const pairingsOf = (id: string) => content.pairings.filter((p) => p.changchun.includes(id) || p.tianjin.includes(id)).map((p) => p.id);
  const groups = new Map(content.focusGroups.map((g) => [g.id, g]));
  const summaries = new Map(focusSummaries.map((f) => [f.id, f.summary]));

  return [
    table('units', { zh: '两市27个县级行政区（区、县、县级市）：代码、名称、所在结对', en: 'The 27 county-level units of both cities: code, names, the pairings that name them' },
      content.units.map((u) => ({
        id: u.id,
        code: u.code,
        city: u.city,
        kind: u.kind,
        ...both('name', u.name),
        ...both('short', u.short),
        pinyin: u.pinyin,
        pairings: pairingsOf(u.id),
        ...both('unpaired_reason', u.unpaired?.reason),
        sources: refs(uniqueSources([u.sources, u.unpaired?.sources ?? []])),
      }))),
    table('zones', {
      zh: '13个功能区：类型（参考资料，非方案所载）、所跨的区（功能区没有单一的所在区）、管理机构、示意点位及其依据（WGS-84，是否为估计）',
      en: "The 13 functional zones: type (background from reference data, not from the plan), the districts each lies in or spans (a zone has no single district), who runs it, the point drawn and what it stands for (WGS-84, estimated or not)",
    },
      content.zones.map((z) => ({
        id: z.id,
        city: z.city,
        kind: 'zone',
        ...both('name', z.name),
        ...both('short', z.short),
        ...both('type', z.type),
        districts: z.districts,
        ...both('districts_name', { zh: z.districts.map((id) => nameOf(id).zh).join('、'), en: z.districts.map((id) => nameOf(id).en).join('; ') }),
        ...both('districts_note', z.districtsNote),
        ...both('administered_by', z.administeredBy),
        pairings: pairingsOf(z.id),
        lon: z.location.lon,
        lat: z.location.lat,
        location_approximate: z.location.approximate,
        point_unit: z.pointUnit,
        ...both('location_note', z.location.note),
        sources: refs(z.sources),
      }))),
    table('pairings', { zh: '15组结对及1组子结对（发改振兴〔2018〕437号 §三(四)15）', en: 'The 15 pairings and 1 sub-pairing of plan2018 §三(四)15' },
      content.pairings.map((p) => ({
        id: p.id,
        order: p.order,
        parent: p.parent ?? null,
        // 'Changchun side — Tianjin side', the way the plan lists each pair.
        ...both('name', {
          zh: `${p.changchun.map((id) => nameOf(id).zh).join('、')}—${p.tianjin.map((id) => nameOf(id).zh).join('、')}`,
          en: `${p.changchun.map((id) => nameOf(id).en).join(', ')} – ${p.tianjin.map((id) => nameOf(id).en).join(', ')}`,
        }),
        changchun: p.changchun,
        ...both('changchun_name', { zh: p.changchun.map((id) => nameOf(id).zh).join('、'), en: p.changchun.map((id) => nameOf(id).en).join('; ') }),
        tianjin: p.tianjin,
        ...both('tianjin_name', { zh: p.tianjin.map((id) => nameOf(id).zh).join('、'), en: p.tianjin.map((id) => nameOf(id).en).join('; ') }),
        focus_areas_stated: p.focus.filter((f) => f.basis === 'stated').map((f) => String(f.task)),
        focus_areas_related: p.focus.filter((f) => f.basis === 'related').map((f) => String(f.task)),
        ...both('description', p.summary),
        sources: refs(uniqueSources([p.sources, ...p.focus.map((f) => f.sources)])),
      }))),
    table('focus-areas', { zh: '实施方案的18项重点任务（5类）：标题为方案原文，简称和说明是本图的', en: "The 18 key tasks of the plan, in 5 groups: titles as the plan writes them (English: our translation); short labels and descriptions are ours" },
      content.focusAreas.map((f) => ({
        id: f.id,
        group: f.group,
        // name: the plan's own heading (English: our translation); label: our short wording.
        ...both('group_name', groups.get(f.group)?.title),
        ...both('name', f.title),
        ...both('label', f.label),
        ...both('description', summaries.get(f.id)),
        sources: refs(f.sources),
      }))),
    table('projects', { zh: '2个重大项目及其组成部分、相关结对', en: 'The 2 major projects, their parts and related pairings' },
      content.projects.map((p) => ({
        id: p.id,
        ...both('name', p.name),
        ...both('fields', { zh: p.fields.map((f) => f.zh).join('、'), en: p.fields.map((f) => f.en).join('; ') }),
        ...both('parts', { zh: p.parts.map((x) => x.name.zh).join('；'), en: p.parts.map((x) => x.name.en).join('; ') }),
        part_zones: p.parts.map((x) => x.zone),
        pairings: p.pairs.map((x) => `${x.pair} (${x.basis})`),
        ...both('description', p.summary),
        sources: refs(uniqueSources([p.sources, ...p.parts.map((x) => x.sources), ...p.pairs.map((x) => x.sources)])),
      }))),
    table('results', { zh: '2018年4月进展报道所载的合作成效（含数字）：date 为报道所给的发生时间（没有则空），reported 为报道时间', en: 'Results reported in the April 2018 progress report, with their figures: date is when it happened as the report gives it (empty when it does not), reported is when it was reported' },
      content.results.map((r) => ({
        id: r.id,
        date: r.date ?? null,
        reported: r.reported,
        ...both('when', { zh: r.date ? STRINGS.zh.dateFmt(r.date) : STRINGS.zh.reportedOn(STRINGS.zh.dateFmt(r.reported)), en: r.date ? STRINGS.en.dateFmt(r.date) : STRINGS.en.reportedOn(STRINGS.en.dateFmt(r.reported)) }),
        ...both('name', r.title),
        ...both('figures', { zh: r.figures.map((f) => `${f.label.zh} ${formatFigure(f, 'zh')}`).join('；'), en: r.figures.map((f) => `${f.label.en} ${formatFigure(f, 'en')}`).join('; ') }),
        headline: r.headline,
        pairings: r.pairs,
        projects: r.projects,
        ...both('description', r.text),
        sources: refs(r.sources),
      }))),
    table('news', { zh: '2018年以后有关单个结对的媒体报道（不是实施方案的内容）', en: 'Later news reports about single pairings (news reports, not the plan)' },
      content.news.map((n) => ({
        id: n.id,
        kind: 'news report',
        date: n.date ?? null,
        ...both('name', n.title),
        pairings: n.pairs,
        ...both('description', n.text),
        sources: refs(n.sources),
      }))),
    table('documents', { zh: '来源文件：sources 列中的文件编号所指的文件', en: 'The source documents the sources columns refer to by id' },
      content.documents.map((d) => ({
        id: d.id,
        kind: d.kind,
        ...both('name', d.title),
        ...both('notice', d.notice),
        number: d.number ?? null,
        ...both('issuer', d.issuer),
        issued: d.issued ?? null,
        published: d.published ?? null,
        url: d.url ?? null,
        ...both('note', d.note),
        file: d.file,
      }))),
  ];
}

// The current view as a picture (SVG document + size), ready for the SVG or PNG download. The
// view itself says how it is drawn for a figure and in what box (ViewDefinition.picture: draw,
// aspect), its legend, title, sources and boundaries: this file knows no view.
import type { AppContext } from '../app-context';
import type { Content } from '../content/index';
import type { SourceRef } from '../content/schema';
import { STRINGS, type Lang } from '../i18n/strings';
import { partyNames, uniqueSources } from '../views/format';
import { composePicture, svgText } from './compose';
import type { LegendItem, ViewEvents, ViewPicture } from '../views/view-registry';
import type { AppState } from '../state/app-state';
import { EXPORT_STRINGS } from './strings';
import { snapshotSvg } from './svg-snapshot';

export interface ExportedPicture {
  text: string;
  width: number;
  height: number;
  /** File name without extension, e.g. tianjin-changchun-paired-chaoyang-heping-zh */
  base: string;
}

/** `国家发展改革委《…》（发改振兴〔2018〕437号）§三(四)15` / `NDRC, … (发改振兴〔2018〕437号) §三(四)15` */
export function citeSources(content: Content, sources: SourceRef[], lang: Lang): string {
  const byDoc = new Map<string, string[]>();
  for (const s of sources) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s.section]);
  return [...byDoc].map(([id, sections]) => {
    const d = content.documents.find((x) => x.id === id);
    if (!d) return `${id} ${sections.join(' ')}`;
    const ref = d.number ?? d.issued ?? d.published ?? '';
    return lang === 'zh' ? `${d.issuer.zh}《${d.title.zh}》（${ref}）${sections.join('、')}` : `${d.issuer.en}, ${d.title.en} (${ref}) ${sections.join(', ')}`;
  }).join(lang === 'zh' ? '；' : '; ');
}

/** The two widths a figure is drawn at (CSS px; the PNG is twice that): an article column and a full page. */
export const FIGURE_WIDTHS = { column: 600, full: 1200 } as const;
export type FigureWidth = keyof typeof FIGURE_WIDTHS;
/** Margin of the picture around the map (compose.ts uses the same). */
const MARGIN = 24;
/** How long a view may take to draw off screen (the national view loads its map first). */
const DRAW_TIMEOUT = 20_000;

const NOOP_EVENTS: ViewEvents = { selectPair: () => {}, selectPlace: () => {}, hover: () => {}, setState: () => {}, env: () => ({ embedded: false, presenting: false, still: true }) };

/**
 * The view drawn afresh for the figure, off screen, at the figure's width — never a copy of the
 * screen: a phone and a desktop asking for the same state and width get the same drawing. The
 * view's picture draws it (ViewPicture.draw); the export bounds the wait and cleans up.
 * The map's box: `width` wide, and `height` tall where the view fills a box (the arrangements
 * that take their height from their content ignore it).
 */
async function stagedSvg(app: AppContext, look: ViewPicture, state: AppState, width: number, height: number): Promise<{ svg: SVGSVGElement; cleanup: () => void }> {
  const t = EXPORT_STRINGS[state.lang];
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  stage.style.width = `${width}px`;
  stage.style.height = `${height}px`;
  document.body.append(stage);
  const undo: (() => void)[] = [];
  const cleanup = () => {
    for (const u of undo.splice(0)) u();
    stage.remove();
  };
  let timer = 0;
  try {
    // The figure shows the selection and nothing transient: no hover, no filter bands.
    const figureState: AppState = { ...state, task: null, group: null };
    const drawing = look.draw(stage, { create: app.view(state.view).create, model: app.model, state: figureState, events: NOOP_EVENTS, release: (u) => undo.push(u) });
    const late = new Promise<never>((_, reject) => (timer = window.setTimeout(() => reject(new Error(t.noMap)), DRAW_TIMEOUT)));
    return { svg: await Promise.race([drawing, late]), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  } finally {
    window.clearTimeout(timer);
  }
}

export async function exportPicture(app: AppContext, size: FigureWidth = 'column'): Promise<ExportedPicture> {
  const state = app.store.get();
  const { lang, view } = state;
  const t = EXPORT_STRINGS[lang];
  const content = app.model.content;
  const width = FIGURE_WIDTHS[size];
  const mapBoxWidth = width - 2 * MARGIN;
  const definition = app.view(view);
  const look = await definition.picture();
  const { svg, cleanup } = await stagedSvg(app, look, state, mapBoxWidth, Math.round(mapBoxWidth * look.aspect));
  try {
    // Laid out by now (drawn synchronously, or awaited above); its own size is the map's.
    const box = svg.getBoundingClientRect();
    const mapWidth = Math.min(mapBoxWidth, Math.round(box.width));
    const mapHeight = Math.round(box.height * (mapWidth / Math.max(1, box.width)));
    if (mapWidth < 10 || mapHeight < 10) throw new Error(t.noMap);
    const pair = definition.showsPairings && state.pair ? app.model.pairById.get(state.pair) : undefined;
    // The picture is printed on white paper whatever the reader's colour scheme: the map's styles
    // and the legend's colours are read in the light palette (synchronously, so nothing flashes).
    const root = document.documentElement;
    const wasLight = root.classList.contains('is-light');
    root.classList.add('is-light');
    let map: SVGSVGElement;
    let legend: LegendItem[];
    try {
      map = snapshotSvg(svg);
      legend = look.legend(lang, { selected: Boolean(pair) });
    } finally {
      if (!wasLight) root.classList.remove('is-light');
    }
    if (!map.getAttribute('viewBox')) map.setAttribute('viewBox', `0 0 ${mapWidth} ${mapHeight}`);

    const pairName = pair ? `${partyNames(pair.changchun, lang)} — ${partyNames(pair.tianjin, lang)}` : '';
    const sources: SourceRef[] = uniqueSources<SourceRef>([definition.sources, pair?.pairing.sources ?? []]);
    const address = /^https?:$/.test(location.protocol) ? `${STRINGS[lang].title} · ${location.href}` : STRINGS[lang].title;
    const picture = composePicture({
      width,
      lang,
      title: STRINGS[lang].title,
      subtitle: [definition.title[lang], pairName].filter(Boolean).join(lang === 'zh' ? '：' : ': '),
      map,
      mapWidth,
      mapHeight,
      legend,
      footer: [`${t.sourcePrefix}${citeSources(content, sources, lang)}`, `${t.schematic} ${t.boundaries(definition.boundaries[lang])}`, address],
    });
    const base = ['tianjin-changchun', view, pair?.id, lang, String(width)].filter(Boolean).join('-');
    return { text: svgText(picture.svg), width: picture.width, height: picture.height, base };
  } finally {
    cleanup();
  }
}

// The current view as a picture (SVG document + size), ready for the SVG or PNG download. The
// view itself says what to draw (ViewDefinition.exportSvg: the live SVG, or for the geographic
// view an SVG drawing off screen), its legend, title, sources and boundaries.
import type { AppContext } from '../app-context';
import type { Content } from '../content/index';
import type { SourceRef } from '../content/schema';
import { STRINGS, type Lang } from '../i18n/strings';
import { partyNames, uniqueSources } from '../views/format';
import { composePicture, svgText } from './compose';
import type { LegendItem } from '../views/view-registry';
import type { AppState } from '../state/app-state';
import { EXPORT_STRINGS } from './strings';
import { snapshotSvg } from './svg-snapshot';
import type { ViewEvents } from '../views/view-registry';

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

/** Resolves with the first `selector` inside `root` once it is there, or rejects after a bounded wait. */
function drawn<T extends Element>(root: HTMLElement, selector: string, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const found = () => root.querySelector<T>(selector);
    const now = found();
    if (now) return resolve(now);
    const timer = window.setTimeout(() => (observer.disconnect(), reject(new Error(message))), DRAW_TIMEOUT);
    const observer = new MutationObserver(() => {
      const el = found();
      if (!el) return;
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(el);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * The view drawn afresh for the figure, off screen, at the figure's width — never a copy of the
 * screen: a phone and a desktop asking for the same state and width get the same drawing.
 * The map's box: `width` wide, and `height` tall where the view fills a box (the arrangements
 * that take their height from their content ignore it).
 */
async function stagedSvg(app: AppContext, state: AppState, width: number, height: number): Promise<{ svg: SVGSVGElement; cleanup: () => void }> {
  const t = EXPORT_STRINGS[state.lang];
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  stage.style.width = `${width}px`;
  stage.style.height = `${height}px`;
  document.body.append(stage);
  let destroy = () => {};
  const cleanup = () => (destroy(), stage.remove());
  try {
    // The figure shows the selection and nothing transient: no hover, no filter bands.
    const figureState: AppState = { ...state, task: null, group: null };
    if (state.view === 'geo') {
      // The WebGL map cannot be copied as vectors: the same state drawn by the SVG renderer.
      const [{ createSvgView }, { loadRegion }] = await Promise.all([import('../geo-view/svg-view'), import('../geo-view/region')]);
      const region = await loadRegion();
      const view = createSvgView(stage, app.model, region, figureState, NOOP_EVENTS);
      destroy = () => view.destroy();
      return { svg: await drawn<SVGSVGElement>(stage, 'svg.geo-svg', t.noMap), cleanup };
    }
    const view = app.view(state.view).create(stage, app.model, NOOP_EVENTS);
    destroy = () => view.destroy();
    view.update(figureState);
    const svg = await drawn<SVGSVGElement>(stage, state.view === 'national' ? 'svg.national-map' : 'svg.paired-map .label', t.noMap);
    return { svg: svg.ownerSVGElement ?? (svg as SVGSVGElement), cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

export async function exportPicture(app: AppContext, size: FigureWidth = 'column'): Promise<ExportedPicture> {
  const state = app.store.get();
  const { lang, view } = state;
  const t = EXPORT_STRINGS[lang];
  const content = app.model.content;
  const width = FIGURE_WIDTHS[size];
  const mapBoxWidth = width - 2 * MARGIN;
  // A landscape box for the views that fill one (paired at full width, geographic).
  const mapBoxHeight = Math.round(mapBoxWidth * (view === 'geo' ? 0.75 : 0.62));
  const { svg, cleanup } = await stagedSvg(app, state, mapBoxWidth, mapBoxHeight);
  const definition = app.view(view);
  const look = await definition.picture();
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

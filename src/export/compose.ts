// The exported picture: title, the map snapshot, a legend, and the source line with the
// schematic-map note, laid out in one standalone SVG document (what the SVG download is and
// what the PNG is rendered from).
import type { Lang } from '../i18n/strings';
import type { LegendItem } from '../views/view-registry';
import { LIGHT } from '../ui/palette';

import { s as el, SVG_NS as NS } from '../ui/dom';
/** System CJK fonts first (what the page uses), then the usual ones on Windows and macOS. */
export const FONT_STACK = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

export interface Picture {
  /** The figure's width in CSS px (the PNG is drawn at twice that). */
  width: number;
  lang: Lang;
  title: string;
  subtitle: string;
  map: SVGSVGElement;
  mapWidth: number;
  mapHeight: number;
  legend: LegendItem[];
  /** Source line(s) and notes, in order, each wrapped to the width. */
  footer: string[];
}

let ctx: CanvasRenderingContext2D | null = null;
/** Text width with the export's own font (a canvas measures without touching the page). */
function measure(text: string, size: number, weight = 400): number {
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return text.length * size;
  ctx.font = `${weight} ${size}px ${FONT_STACK}`;
  return ctx.measureText(text).width;
}

/**
 * Breaks at spaces in English, between any characters in Chinese. The lines joined give the text
 * back exactly (an English line keeps its trailing space), so a paragraph's textContent is whole.
 */
export function wrap(text: string, width: number, size: number, lang: Lang): string[] {
  const tokens = lang === 'zh' ? [...text] : text.split(/(?<= )/);
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && measure((line + tok).trimEnd(), size) > width) (lines.push(line), (line = tok));
    else line += tok;
  }
  if (line) lines.push(line);
  return lines;
}

/** One <text> per paragraph, one <tspan> per line. */
function paragraph(text: string, x: number, y: number, size: number, leading: number, width: number, lang: Lang, attrs: Record<string, string | number>): { node: SVGTextElement; lines: number } {
  const node = el('text', { x, y: y + size, 'font-size': size, ...attrs });
  const lines = wrap(text, width, size, lang);
  for (const [i, line] of lines.entries()) node.append(el('tspan', { x, ...(i ? { dy: leading } : {}) }, line));
  return { node, lines: lines.length };
}

function symbol(item: LegendItem, x: number, y: number): SVGElement {
  const paint = { fill: item.fill ?? 'none', stroke: item.stroke ?? 'none', 'stroke-width': item.width ?? 1, ...(item.dash ? { 'stroke-dasharray': item.dash } : {}) };
  if (item.symbol === 'line') return el('path', { d: `M${x},${y}h28`, ...paint, fill: 'none' });
  if (item.symbol === 'diamond') return el('path', { d: `M${x + 14},${y - 6}l6,6l-6,6l-6,-6z`, ...paint, 'stroke-width': 1.4 });
  if (item.symbol === 'circle') return el('circle', { cx: x + 14, cy: y, r: 4.5, ...paint, 'stroke-width': 1.5 });
  return el('rect', { x: x + 2, y: y - 7, width: 24, height: 14, rx: 2, ...paint });
}

/** Lays the picture out; returns the document and its size in CSS pixels. */
export function composePicture(p: Picture): { svg: SVGSVGElement; width: number; height: number } {
  const M = 24;
  const width = Math.round(p.width);
  const inner = width - 2 * M;
  const parts: SVGElement[] = [];
  let y = M;

  parts.push(el('text', { x: M, y: y + 22, 'font-size': 24, 'font-weight': 700, fill: LIGHT.ink, class: 'export-title' }, p.title));
  y += 34;
  const sub = paragraph(p.subtitle, M, y, 15, 21, inner, p.lang, { fill: LIGHT.muted, class: 'export-subtitle' });
  parts.push(sub.node);
  y += sub.lines * 21 + 8;

  const mapY = y;
  const map = p.map;
  map.setAttribute('x', String((width - p.mapWidth) / 2));
  map.setAttribute('y', String(mapY));
  map.setAttribute('width', String(p.mapWidth));
  map.setAttribute('height', String(p.mapHeight));
  map.setAttribute('overflow', 'hidden');
  y += p.mapHeight + 12;

  // Legend: items flow left to right and wrap.
  const legend = el('g', { class: 'export-legend' });
  let x = M;
  const rowH = 22;
  y += 12;
  for (const item of p.legend) {
    const w = 34 + measure(item.label, 13) + 18;
    if (x + w > width - M && x > M) (x = M), (y += rowH);
    legend.append(symbol(item, x, y), el('text', { x: x + 34, y: y + 4.5, 'font-size': 13, fill: LIGHT.ink }, item.label));
    x += w;
  }
  parts.push(legend);
  y += rowH;

  const footer = el('g', { class: 'export-source' });
  for (const [i, text] of p.footer.entries()) {
    const para = paragraph(text, M, y, 12, 17, inner, p.lang, { fill: i === 0 ? LIGHT.ink : LIGHT.muted });
    footer.append(para.node);
    y += para.lines * 17;
  }
  parts.push(footer);
  const height = Math.ceil(y + M - 6);

  const svg = el('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_STACK });
  svg.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:lang', p.lang === 'zh' ? 'zh-CN' : 'en');
  svg.append(el('title', {}, `${p.title} · ${p.subtitle}`), el('rect', { width, height, fill: LIGHT.paper }), ...parts.slice(0, -2), map, ...parts.slice(-2));
  return { svg, width, height };
}

/** The file's text, with an XML declaration so editors read it as UTF-8. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

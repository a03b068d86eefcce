// A standalone copy of a drawn SVG: the page styles its maps with CSS classes, which do not
// exist in a downloaded file, so each cloned node gets its computed style as presentation
// attributes (fill="…", stroke-width="…"). Only the detached clone is touched: the live map is
// never restyled, and no style="" is set in the page (the CSP forbids it).

const SHAPE_PROPS = ['fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'opacity'] as const;
const TEXT_PROPS = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order'] as const;
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/** `6px, 3px` → `6 3`, `1.6px` → `1.6`: plain numbers, as every SVG reader understands them. */
function plain(prop: string, value: string): string {
  if (prop === 'stroke-dasharray') return value === 'none' ? value : value.replace(/px/g, '').replace(/,\s*/g, ' ');
  if (prop === 'stroke-width') return value.replace(/px$/, '');
  return value;
}

/** Initial values: left out, since nothing above the node in the file sets these properties. */
const INITIAL: Record<string, string> = {
  'fill-rule': 'nonzero', 'stroke-width': '1', 'stroke-dasharray': 'none', 'stroke-linecap': 'butt', 'stroke-linejoin': 'miter',
  'font-style': 'normal', 'font-weight': '400', 'text-anchor': 'start', 'dominant-baseline': 'auto', 'paint-order': 'normal',
};

const invisible = (v: string) => v === 'none' || v === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(v);

/** How much the transforms between the SVG and `el` scale it (a city map's zoom). */
function zoomOf(el: SVGGraphicsElement, root: SVGSVGElement): number {
  const m = el.getScreenCTM(), r = root.getScreenCTM();
  const k = m && r ? Math.hypot(m.a, m.b) / Math.hypot(r.a, r.b) : 1;
  return Number.isFinite(k) && k > 0 ? k : 1;
}

/**
 * Copies `live`'s subtree with its computed styles inlined. Drops what the reader never sees:
 * hidden nodes and hit areas (shapes with neither fill nor stroke, like the links' wide
 * transparent click targets).
 */
export function snapshotSvg(live: SVGSVGElement): SVGSVGElement {
  const copy = live.cloneNode(true) as SVGSVGElement;
  const drop: Element[] = [];
  const walk = (from: Element, to: Element) => {
    const cs = getComputedStyle(from);
    const tag = from.localName;
    if (cs.display === 'none' || cs.visibility === 'hidden') return drop.push(to);
    to.removeAttribute('style');
    if (SHAPES.has(tag) && invisible(cs.fill) && invisible(cs.stroke)) return drop.push(to);
    const props: readonly string[] = tag === 'text' || tag === 'tspan' ? [...SHAPE_PROPS, ...TEXT_PROPS] : SHAPES.has(tag) ? SHAPE_PROPS : ['opacity'];
    // A line the page keeps thin at any zoom (vector-effect: non-scaling-stroke, the districts'
    // borders) is written at its width divided by the zoom: the figure drew a zoomed city map's
    // borders and selection outline 5–10 px thick (和平区 a black blob), and few SVG editors know
    // vector-effect.
    const k = SHAPES.has(tag) && cs.getPropertyValue('vector-effect') === 'non-scaling-stroke' ? zoomOf(from as SVGGraphicsElement, live) : 1;
    for (const p of props) {
      let v = plain(p, cs.getPropertyValue(p));
      if (k !== 1 && (p === 'stroke-width' || (p === 'stroke-dasharray' && v !== 'none'))) v = v.split(' ').map((n) => +(parseFloat(n) / k).toPrecision(3)).join(' ');
      // `opacity: 1` and other initial values: left out to keep the file small.
      if (v && !(p.endsWith('opacity') && v === '1') && INITIAL[p] !== v) to.setAttribute(p, v);
    }
    for (let i = 0; i < from.children.length; i++) walk(from.children[i]!, to.children[i]!);
  };
  walk(live, copy);
  for (const el of drop) el.remove();
  // Interaction attributes mean nothing in a file.
  for (const el of copy.querySelectorAll('[tabindex], [role]')) el.removeAttribute('tabindex'), el.removeAttribute('role');
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  return copy;
}

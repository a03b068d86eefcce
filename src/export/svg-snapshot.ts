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
    for (const p of props) {
      const v = plain(p, cs.getPropertyValue(p));
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

// A desktop's first screen: the map box and the side panel end at the window's bottom edge, under
// a header of whatever height its words and controls give it. styles.css sizes both boxes as
// `100vh − --layout-top`; this keeps `--layout-top` (how far down the page the layout begins) on
// the layout element. A fixed 140 px was right for one header only: in English at 1280×800 the
// subtitle's second line put the chart's last row under the window's bottom edge, and the
// geographic map's compass with it.

/**
 * Starts keeping `--layout-top` on `layout` as the elements above it (`above`: the header, the
 * notices) change size, and returns the measure itself, which says whether the value changed: the
 * app calls it in each render before the view measures its box (a language switch's new header and
 * the view's box laid out together), and again at the render's end, after the features have written
 * their buttons' words, which can wrap the header onto another row (Chinese at 1280 px: the
 * toolbar's row went under the titles only then).
 */
export function keepLayoutTop(layout: HTMLElement, above: HTMLElement[]): () => boolean {
  const fit = () => {
    // Where the layout begins on the page, to the fraction of a pixel: with the header 147.98 px tall
    // a whole 148 px left the box's bottom edge (and the timeline's band under it) a fiftieth of a
    // pixel above the window's, and the band counted as on the first screen.
    const top = `${Math.round((layout.getBoundingClientRect().top + scrollY) * 100) / 100}px`;
    // Set only on a change: a new value lays the layout out again.
    if (layout.style.getPropertyValue('--layout-top') === top) return false;
    layout.style.setProperty('--layout-top', top);
    return true;
  };
  // After a resize that rewraps the header, or a notice that comes or goes: in the same frame,
  // before it is painted (a ResizeObserver's notices come after layout), and the view's own
  // observer then sees its new box in that frame too (it lies deeper in the page).
  const observer = new ResizeObserver(() => void fit());
  for (const element of above) observer.observe(element);
  return fit;
}

/**
 * Whether styles.css's first-screen rule holds (a screen ≥ 901 px wide, not presenting or
 * embedded, the page's own panel beside the map) with the page at its top: the panel then ends at
 * the window's bottom edge or below it, so whatever follows the layout starts under the first
 * screen. Told from the media query and the page's classes, without laying the page out: the
 * timeline's band asked its position just before the showing, and that read laid the whole hidden
 * page out once more, the chart just drawn included (src/timeline/install-timeline.ts).
 */
export function followsFirstScreen(usesPagePanel: boolean): boolean {
  const html = document.documentElement.classList;
  return usesPagePanel && !html.contains('is-presenting') && !html.contains('is-embed') && matchMedia('screen and (min-width: 901px)').matches && atTop();
}

/**
 * Whether the page is at its top. A page just navigated to (not reloaded, not reached by Back or
 * Forward, whose scroll position the browser restores, nor a link to an element) is, and is told so without reading
 * `scrollY`: that read lays the page out, and in the start-up it laid the hidden page out once
 * more just before the showing.
 */
function atTop(): boolean {
  const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  // (Nor scrolled to an element the link names: the map's own keys in the hash name none.)
  const target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  return (entry?.type === 'navigate' && !target) || scrollY === 0;
}

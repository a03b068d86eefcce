// A desktop's first screen: the map box and the side panel end at the window's bottom edge, under
// a header of whatever height its words and controls give it. styles.css sizes both boxes as
// `100vh − --layout-top`; this keeps `--layout-top` (how far down the page the layout begins) on
// the layout element. A fixed 140 px was right for one header only: in English at 1280×800 the
// subtitle's second line put the chart's last row under the window's bottom edge, and the
// geographic map's compass with it.

/**
 * Starts keeping `--layout-top` on `layout` as the elements above it (`above`: the header, the
 * notices) change size, and returns the measure itself: the app calls it in each render before the
 * view measures its box, so a new header (a language switch) and the view's box are laid out
 * together, not the view drawn for the old header and then again.
 */
export function keepLayoutTop(layout: HTMLElement, above: HTMLElement[]): () => void {
  const fit = () => {
    // The layout's offset parent is the body (nothing between them is positioned), which starts at
    // the page's top: its offsetTop is the room the header and the notices take.
    const top = `${layout.offsetTop}px`;
    // Set only on a change: a new value lays the layout out again.
    if (layout.style.getPropertyValue('--layout-top') !== top) layout.style.setProperty('--layout-top', top);
  };
  // After a resize that rewraps the header, or a notice that comes or goes: in the same frame,
  // before it is painted (a ResizeObserver's notices come after layout), and the view's own
  // observer then sees its new box in that frame too (it lies deeper in the page).
  const observer = new ResizeObserver(fit);
  for (const element of above) observer.observe(element);
  return fit;
}

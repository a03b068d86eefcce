// The overlay that tells an embed's reader how to zoom, shown when they scroll over the map.
import { h } from '../views/dom';
import { allowZoomGesture } from '../ui/cooperative-gestures';

const SHOW_MS = 1500;

export function installGestureHint(map: HTMLElement, isEmbedded: () => boolean, text: () => string): void {
  const message = h('span', { class: 'gesture-hint-text' });
  const hint = h('div', { class: 'gesture-hint', 'aria-hidden': 'true' }, message);
  hint.hidden = true;
  map.append(hint);
  let timer = 0;
  const show = () => {
    message.textContent = text();
    hint.hidden = false;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (hint.hidden = true), SHOW_MS);
  };
  // Only over a map that zooms (the paired view's city maps, or a view that fills the frame).
  const zoomable = (e: Event) => isEmbedded() && (!map.classList.contains('is-stacked') || Boolean((e.target as Element | null)?.closest?.('.city-map')));
  map.addEventListener('wheel', (e) => zoomable(e) && !allowZoomGesture(e, true) && show(), { passive: true });
  map.addEventListener('touchstart', (e) => zoomable(e) && e.touches.length === 1 && show(), { passive: true });
}

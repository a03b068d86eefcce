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
  // Only where the map zooms at all (the wide arrangement); a stacked map simply scrolls past.
  const zoomable = () => isEmbedded() && !map.classList.contains('is-stacked');
  map.addEventListener('wheel', (e) => zoomable() && !allowZoomGesture(e, true) && show(), { passive: true });
  map.addEventListener('touchstart', (e) => zoomable() && e.touches.length === 1 && show(), { passive: true });
}

// Cooperative gestures: inside an article, scrolling and one-finger swipes belong to the
// article. The map zooms on Ctrl/⌘ + wheel (and trackpad pinch, which arrives as ctrl+wheel)
// and pans with two fingers; a hint says so. Outside an embed everything zooms as usual.

/** A d3-zoom filter: may this event start a zoom or pan? */
export function allowZoomGesture(e: Event, embedded: boolean): boolean {
  if (e.type === 'wheel') return !embedded || (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey;
  if (e.type.startsWith('touch')) return !embedded || (e as TouchEvent).touches.length > 1;
  return !(e as MouseEvent).button;
}

// Work that the next frame must not wait for: run it in the task after that frame is painted
// (a frame callback, then a task), so what is on screen now is shown first. A page in the
// background gets no frames, and the work would wait until it is shown: there the next task does.
export function afterNextPaint(work: () => void): void {
  if (document.hidden) setTimeout(work, 0);
  else requestAnimationFrame(() => setTimeout(work, 0));
}

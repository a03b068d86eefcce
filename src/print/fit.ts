// Shrinks a box's type step by step until its text fits inside it (no overflow, no extra
// column): the printed panel is one page whatever is selected, at the largest size that fits.
// A long panel (the overview) first gets more of the page, then a denser setting.
export const MIN_PT = 5.5;
const STEP_PT = 0.25;

/** Tried in order: [class on <html>, largest pt, smallest pt]. */
const STAGES: [string | null, number, number][] = [
  [null, 9, 7],
  ['print-wide-panel', 8, 6],
  ['print-dense', 7, MIN_PT],
];
const CLASSES = STAGES.flatMap(([c]) => (c ? [c] : []));

export function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

/** @returns the size chosen, in pt. */
export function fitText(box: HTMLElement): number {
  const root = document.documentElement;
  let size = STAGES[0]![1];
  for (const [cls, from, to] of STAGES) {
    if (cls) root.classList.add(cls);
    for (size = from; size >= to; size -= STEP_PT) {
      box.style.fontSize = `${size}pt`;
      if (!overflows(box)) {
        box.dataset.printPt = String(size);
        return size;
      }
    }
  }
  box.dataset.printPt = String(MIN_PT);
  return MIN_PT;
}

export function clearFit(box: HTMLElement): void {
  box.style.fontSize = '';
  delete box.dataset.printPt;
  document.documentElement.classList.remove(...CLASSES);
}

// Places labels in a column near where they want to be, without overlapping:
// a forward pass pushes labels down, a backward pass pulls them back inside.
// If the column is too short for all of them, the spacing shrinks to fit.

/**
 * @param desired centre y each label would like, in display order (sorted ascending)
 * @param step    distance between label centres (label height + gap)
 * @param top     smallest allowed centre y
 * @param bottom  largest allowed centre y
 * @returns centre y per label, same order, each ≥ step apart (or evenly spaced if it can't fit)
 */
export function spreadLabels(desired: readonly number[], step: number, top: number, bottom: number): number[] {
  const n = desired.length;
  if (n === 0) return [];
  const room = bottom - top;
  if (step * (n - 1) > room) {
    const s = n > 1 ? room / (n - 1) : 0;
    return desired.map((_, i) => top + i * s);
  }
  const y = desired.map((d) => Math.min(Math.max(d, top), bottom));
  for (let i = 1; i < n; i++) y[i] = Math.max(y[i]!, y[i - 1]! + step);
  y[n - 1] = Math.min(y[n - 1]!, bottom);
  for (let i = n - 2; i >= 0; i--) y[i] = Math.min(y[i]!, y[i + 1]! - step);
  return y;
}

// The reader's wish for less motion, asked in one place (the tour's cards and autoplay, the
// geographic view's flow and camera).
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

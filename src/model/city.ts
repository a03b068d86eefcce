// The two cities of the plan. Its own module so that geometry.ts and types.ts, which both
// need it, do not import each other.
export type City = 'changchun' | 'tianjin';
export const CITIES: readonly City[] = ['changchun', 'tianjin'];

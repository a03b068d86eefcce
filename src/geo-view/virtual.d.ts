// Generated at build time by config/geo-tints.ts: each district's tint (0–3, no two neighbours alike), by unit id.
declare module 'virtual:geo-tints' {
  const tints: import('./map-style').UnitTints;
  export default tints;
}

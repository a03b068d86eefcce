// Generated at build time by config/palette.ts from src/ui/palette.ts.
declare module 'virtual:palette.css';

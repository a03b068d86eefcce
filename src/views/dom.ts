// The page's element builder lives in src/ui/dom.ts (HTML and SVG); the views and features that
// import it from here get the same one.
export { h } from '../ui/dom';

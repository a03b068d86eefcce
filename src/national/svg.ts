// The national map's SVG elements: the page's one builder (src/ui/dom.ts).
export { s as svg } from '../ui/dom';

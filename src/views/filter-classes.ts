// Draws the key-task filter (worked out in src/model/filter.ts) on a view's own SVG, as classes:
// is-match, is-match-stated, is-match-related on links (data-pair) and places (data-party), and
// has-filter on the SVG. Each view calls it from its own update(); the CSS is in styles.css.
import type { Basis, FilterHighlight } from '../model/filter';

const LINKS = '.link[data-pair], .geo-link[data-pair]';
const PLACES = '.label[data-party], .unit[data-party], .zone[data-party], .geo-unit[data-party], .geo-zone[data-party]';

export function markMatch(el: Element, basis: Basis | undefined): void {
  el.classList.toggle('is-match', basis !== undefined);
  el.classList.toggle('is-match-stated', basis === 'stated');
  el.classList.toggle('is-match-related', basis === 'related');
}

export function drawFilter(svg: Element, highlight: FilterHighlight | null): void {
  svg.classList.toggle('has-filter', highlight !== null);
  for (const link of svg.querySelectorAll(LINKS)) markMatch(link, highlight?.pairs.get(link.getAttribute('data-pair')!));
  for (const node of svg.querySelectorAll(PLACES)) markMatch(node, highlight?.parties.get(node.getAttribute('data-party')!));
}

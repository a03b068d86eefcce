// Puts the filter on whatever is drawn: the paired view's links and labels, the geographic
// view's SVG links, the panel's list and detail. Only classes (is-match, is-match-stated,
// is-match-related) keyed by data-pair / data-party / data-project / data-task, so the views
// stay unaware of the filter and the selection's own classes are untouched.
import type { Model } from '../model/build-model';
import type { Lang } from '../i18n/strings';
import { STRINGS } from '../i18n/strings';
import type { Basis, FilterMatch } from './filter';

function mark(el: Element, basis: Basis | undefined): void {
  el.classList.toggle('is-match', basis !== undefined);
  el.classList.toggle('is-match-stated', basis === 'stated');
  el.classList.toggle('is-match-related', basis === 'related');
}

/** Parties of the matched pairings, with the strongest basis among them. */
function partyBasis(model: Model, match: FilterMatch): Map<string, Basis> {
  const parties = new Map<string, Basis>();
  for (const [id, basis] of match.pairs) {
    const pair = model.pairById.get(id);
    if (!pair) continue;
    for (const p of [...pair.changchun, ...pair.tianjin]) parties.set(p.id, parties.get(p.id) === 'stated' ? 'stated' : basis);
  }
  return parties;
}

export function paintMap(map: HTMLElement, model: Model, match: FilterMatch | null): void {
  const parties = match ? partyBasis(model, match) : new Map<string, Basis>();
  for (const svg of map.querySelectorAll('svg.paired-map, svg.geo-svg')) {
    svg.classList.toggle('has-filter', match !== null);
    for (const link of svg.querySelectorAll('.link[data-pair], .geo-link[data-pair]')) mark(link, match?.pairs.get(link.getAttribute('data-pair')!));
    for (const node of svg.querySelectorAll('.label[data-party], .unit[data-party], .zone[data-party], .geo-unit[data-party], .geo-zone[data-party]'))
      mark(node, parties.get(node.getAttribute('data-party')!));
  }
}

export function paintPanel(panel: HTMLElement, match: FilterMatch | null, lang: Lang): void {
  panel.classList.toggle('has-filter', match !== null);
  for (const button of panel.querySelectorAll<HTMLElement>('.pair-button[data-pair]')) {
    const basis = match?.pairs.get(button.dataset.pair!);
    mark(button, basis);
    button.querySelector('.match-badge')?.remove();
    // Told apart in words too, not by colour alone.
    if (basis) button.append(badge(basis, lang));
  }
  // A pairing's own page already labels each project's link; the overview gets the filter's label.
  const overview = panel.dataset.view === 'overview';
  for (const project of panel.querySelectorAll<HTMLElement>('.project[data-project]')) {
    const basis = match?.projects.get(project.dataset.project!);
    mark(project, basis);
    project.querySelector(':scope > .match-badge')?.remove();
    if (basis && overview) project.prepend(badge(basis, lang));
  }
  for (const item of panel.querySelectorAll<HTMLElement>('.focus-item[data-task]')) item.classList.toggle('is-filter-task', match?.tasks.has(Number(item.dataset.task)) ?? false);
}

function badge(basis: Basis, lang: Lang): HTMLElement {
  const span = document.createElement('span');
  span.className = `match-badge basis basis-${basis}`;
  span.textContent = basis === 'stated' ? STRINGS[lang].stated : STRINGS[lang].related;
  return span;
}

// Puts the filter on the panel's list and detail: classes (is-match, is-match-stated,
// is-match-related) keyed by data-pair / data-project / data-task, and badges in words. The maps
// draw the filter themselves in their update() (src/views/filter-classes.ts).
import type { Lang } from '../i18n/strings';
import { STRINGS } from '../i18n/strings';
import type { Basis, FilterMatch } from '../model/filter';
import { markMatch } from '../views/filter-classes';

export function paintPanel(panel: HTMLElement, match: FilterMatch | null, lang: Lang): void {
  panel.classList.toggle('has-filter', match !== null);
  for (const button of panel.querySelectorAll<HTMLElement>('.pair-button[data-pair]')) {
    const basis = match?.pairs.get(button.dataset.pair!);
    markMatch(button, basis);
    button.querySelector('.match-badge')?.remove();
    // Told apart in words too, not by colour alone.
    if (basis) button.append(badge(basis, lang));
  }
  // A pairing's own page already labels each project's link; the overview gets the filter's label.
  const overview = panel.dataset.view === 'overview';
  for (const project of panel.querySelectorAll<HTMLElement>('.project[data-project]')) {
    const basis = match?.projects.get(project.dataset.project!);
    markMatch(project, basis);
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

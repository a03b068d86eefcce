// A view that cannot be drawn because its data did not arrive (the boundaries): it keeps its
// place in the view switch and in links, and says what is missing instead of leaving a blank box.
import type { Lang } from '../i18n/strings';
import type { ViewDefinition } from '../views/view-registry';
import { h } from '../views/dom';
import { LOAD_STRINGS } from './strings';

export function unavailableView(view: ViewDefinition, detail: string): ViewDefinition {
  return {
    ...view,
    create(container) {
      const text = h('p');
      const retry = h('button', { type: 'button', class: 'load-retry', onclick: () => location.reload() });
      const box = h('div', { class: 'load-failure', role: 'alert', 'data-failed': 'boundaries' }, text, h('p', {}, retry));
      container.append(box);
      let lang: Lang | null = null;
      return {
        update(state) {
          if (state.lang === lang) return;
          lang = state.lang;
          const t = LOAD_STRINGS[state.lang];
          text.textContent = `${t.boundariesMissing} (${detail})`;
          retry.textContent = t.retry;
        },
        hover() {},
        destroy() {
          box.remove();
        },
      };
    },
  };
}

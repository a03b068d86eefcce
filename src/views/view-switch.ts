// Buttons in the toolbar for the ways of looking at the map; hidden while there is only one.
import type { AppState } from '../state/app-state';
import { STRINGS } from '../i18n/strings';
import { h } from './dom';
import type { ViewDefinition } from './view-registry';

export function createViewSwitch(toolbar: HTMLElement, views: ViewDefinition[], choose: (id: string) => void) {
  const buttons = views.map((v) => h('button', { type: 'button', class: 'view-button', 'data-view': v.id, onclick: () => choose(v.id) }));
  const group = h('div', { class: 'view-switch', role: 'group' }, buttons);
  group.hidden = views.length < 2;
  toolbar.prepend(group);
  return {
    update(state: AppState): void {
      group.setAttribute('aria-label', STRINGS[state.lang].viewSwitchLabel);
      views.forEach((v, i) => {
        buttons[i]!.textContent = v.label[state.lang];
        buttons[i]!.setAttribute('aria-pressed', String(v.id === state.view));
      });
    },
  };
}

// The key-task filter's control: a native select (5 groups, 18 tasks, names from the
// content) and a summary line with its source and a clear button. Native, so keyboard,
// screen readers and phones get the platform's own list.
import type { Content } from '../content/index';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { shortSource } from '../views/format';
import type { FilterMatch } from '../model/filter';
import { FIND_STRINGS } from './strings';

/** `t6` / `g2` / '' as the select's values. */
function valueOf(state: Pick<AppState, 'task' | 'group'>): string {
  return state.task !== null ? `t${state.task}` : state.group !== null ? `g${state.group}` : '';
}

export function createFilterControl(content: Content, set: (patch: Pick<AppState, 'task' | 'group'>) => void) {
  const label = h('label', { class: 'filter-label', for: 'find-filter' });
  const select = h('select', { id: 'find-filter', class: 'filter-select' });
  const control = h('div', { class: 'filter-control' }, label, select);
  const text = h('span', { class: 'filter-summary-text' });
  const cite = h('span', { class: 'cite' });
  const clear = h('button', { type: 'button', class: 'filter-clear', onclick: () => set({ task: null, group: null }) });
  const summary = h('p', { class: 'filter-summary', role: 'status', 'aria-live': 'polite', hidden: true }, text, ' ', cite, ' ', clear);
  let drawnLang = '';

  select.addEventListener('change', () => {
    const v = select.value;
    const n = Number(v.slice(1));
    set(v.startsWith('t') ? { task: n, group: null } : v.startsWith('g') ? { task: null, group: n } : { task: null, group: null });
  });

  function fillOptions(lang: 'zh' | 'en'): void {
    const t = FIND_STRINGS[lang];
    select.replaceChildren(
      h('option', { value: '' }, t.filterNone),
      ...content.focusGroups.map((g) =>
        h(
          'optgroup',
          { label: t.groupName(g.id, g.label[lang]) },
          h('option', { value: `g${g.id}` }, t.groupOption(g.id, g.label[lang])),
          ...content.focusAreas.filter((a) => a.group === g.id).map((a) => h('option', { value: `t${a.id}` }, t.taskName(a.id, a.label[lang]))),
        ),
      ),
    );
  }

  return {
    control,
    summary,
    update(state: AppState, match: FilterMatch | null): void {
      const lang = state.lang;
      const t = FIND_STRINGS[lang];
      if (drawnLang !== lang) {
        fillOptions(lang);
        label.textContent = t.filterLabel;
        clear.textContent = t.clearFilter;
        drawnLang = lang;
      }
      select.value = valueOf(state);
      summary.hidden = match === null;
      if (!match) return;
      const counts = { stated: 0, related: 0 };
      for (const basis of match.pairs.values()) counts[basis]++;
      const name = match.kind === 'task' ? t.taskName(match.id, match.label[lang]) : t.groupName(match.id, match.label[lang]);
      text.textContent = t.summary(name, match.pairs.size, counts.stated, counts.related) + (match.projects.size ? t.summaryProjects(match.projects.size) : '');
      // The task's own source (the plan's section); each pairing's link cites its own in the panel.
      cite.textContent = match.sources.map((s) => shortSource(content, s, lang)).join('; ');
      summary.dataset.kind = match.kind;
      summary.dataset.id = String(match.id);
    },
  };
}

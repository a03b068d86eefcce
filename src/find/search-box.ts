// The search box: a WAI-ARIA combobox (input + listbox popup, "list autocomplete with
// automatic selection": the first option is active as soon as there are results, so
// Enter goes to the best match). ↑/↓ move, Enter chooses, Esc closes then clears; mouse too.
import type { Lang } from '../i18n/strings';
import { STRINGS } from '../i18n/strings';
import { h } from '../views/dom';
import type { SearchEntry, SearchHit } from './search-index';
import { FIND_STRINGS } from './strings';
import { reason } from '../load/bounded';
import { LOAD_STRINGS } from '../load/strings';

export interface SearchBoxOptions {
  /** The search, loaded on first use: the index and its ranking are a lazy chunk. After a failure, the next focus asks again. */
  load(): Promise<(query: string) => SearchHit[]>;
  choose(entry: SearchEntry): void;
}

export function createSearchBox(options: SearchBoxOptions) {
  let lang: Lang = 'zh';
  let find: ((query: string) => SearchHit[]) | null = null;
  let loading: Promise<void> | null = null;
  let hits: SearchHit[] = [];
  let active = -1;

  const label = h('label', { class: 'visually-hidden', for: 'find-search' });
  const input = h('input', {
    id: 'find-search',
    class: 'search-input',
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'find-results',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
  });
  const list = h('ul', { id: 'find-results', class: 'search-results', role: 'listbox' });
  // Announced, and shown when nothing matches: never an empty, silent popup.
  const status = h('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const popup = h('div', { class: 'search-popup', hidden: true }, list, status);
  const element = h('div', { class: 'search' }, label, input, popup);

  function ensureLoaded(): Promise<void> {
    loading ??= options
      .load()
      .then((f) => {
        find = f;
      })
      .catch((error: unknown) => {
        console.error(error);
        loading = null;
        // Where the reader looks, naming what failed (the popup closes on blur: the next focus asks again).
        const t = LOAD_STRINGS[lang];
        status.textContent = t.failed(t.part.search, reason(error));
        popup.hidden = false;
      });
    return loading;
  }

  function setActive(i: number): void {
    active = hits.length ? (i + hits.length) % hits.length : -1;
    for (const [n, li] of [...list.children].entries()) li.setAttribute('aria-selected', String(n === active));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `find-option-${active}`);
      list.children[active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function option(hit: SearchHit, i: number): HTMLElement {
    const t = FIND_STRINGS[lang];
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const { entry } = hit;
    const li = h(
      'li',
      { id: `find-option-${i}`, class: 'search-option', role: 'option', 'aria-selected': 'false', 'data-entry': entry.id, 'data-kind': entry.kind },
      h('span', { class: 'option-name' }, entry.name[lang]),
      h('span', { class: 'option-other', lang: other === 'zh' ? 'zh-CN' : 'en' }, entry.name[other]),
      h('span', { class: 'option-meta' }, `${STRINGS[lang][entry.city]} · ${t.kind[entry.kind]}`),
    );
    // mousedown, not click: the input keeps focus, so the popup is not closed by blur first.
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      choose(i);
    });
    li.addEventListener('mousemove', () => active !== i && setActive(i));
    return li;
  }

  function open(): boolean {
    return !popup.hidden;
  }

  function close(): void {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function run(): void {
    const query = input.value.trim();
    if (!query) {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      return close();
    }
    if (!find) {
      status.textContent = FIND_STRINGS[lang].loading;
      popup.hidden = false;
      void ensureLoaded().then(() => find && run());
      return;
    }
    hits = find(query);
    list.replaceChildren(...hits.map(option));
    status.textContent = hits.length ? FIND_STRINGS[lang].results(hits.length) : FIND_STRINGS[lang].noMatch(query);
    status.classList.toggle('is-empty', hits.length === 0);
    popup.hidden = false;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    setActive(hits.length ? 0 : -1);
  }

  function choose(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.entry.name[lang];
    close();
    options.choose(hit.entry);
  }

  input.addEventListener('focus', () => void ensureLoaded());
  input.addEventListener('input', run);
  input.addEventListener('blur', close);
  // A click on the list's scrollbar must not blur the input (and close the list) either.
  popup.addEventListener('mousedown', (e) => e.preventDefault());
  input.addEventListener('keydown', (e) => {
    // While a Chinese input method is composing, Enter and the arrows belong to it.
    if (e.isComposing || e.keyCode === 229) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        if (!open() || active < 0) run();
        else setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
        break;
      case 'Enter':
        if (open() && active >= 0) {
          e.preventDefault();
          choose(active);
        } else run();
        break;
      case 'Escape':
        // Handled here, so the page's Esc (back to all pairings) only fires on an empty, closed box.
        if (open()) close();
        else if (input.value) input.value = '';
        else return;
        e.stopPropagation();
        break;
      default:
        return;
    }
  });

  // A phone's header gives the box a third of a row: the long hint was cut mid-word there
  // ("Search districts, zo"), so it says only what the box is; the label names what it finds.
  const narrow = matchMedia('(max-width: 600px)');
  const placeholder = () => (input.placeholder = narrow.matches ? FIND_STRINGS[lang].searchLabel : FIND_STRINGS[lang].searchPlaceholder);
  narrow.addEventListener('change', placeholder);

  return {
    element,
    input,
    update(next: Lang): void {
      if (next === lang && input.placeholder) return;
      lang = next;
      const t = FIND_STRINGS[lang];
      label.textContent = t.searchLabel;
      placeholder();
      list.setAttribute('aria-label', t.listLabel);
      if (open()) run();
    },
  };
}

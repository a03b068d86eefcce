// The national view's frame: its loading line, then the map and panel once the view's code
// (national-view.ts) and public/geo/china.topo.json are here. Itself loaded when the view is first
// opened (the registry's entry, national-view-definition.ts, is all the first paint holds).
import type { Model } from '../model/build-model';
import type { AppState } from '../state/app-state';
import type { ViewEvents, ViewInstance } from '../views/view-registry';
import { NATIONAL_ENTRY_STRINGS } from './entry-strings';
import type { ChinaTopology } from './china-geometry';
import { CHINA_URL } from './china-geometry';
import { loadOnce, reason, withTimeout } from '../load/bounded';
import { topologyLoader } from '../ui/topology';

/** The view's code, through the loader: opening the view again after a failure asks for it again (src/load/bounded.ts). */
const viewCode = loadOnce(() => import('./national-view'), 'national-view.js');
const loadTopology = topologyLoader<ChinaTopology>(CHINA_URL, import.meta.env.MODE === 'single' ? () => import('../../public/geo/china.topo.json') : null);

// A link to the view (this module is then fetched with the app's boundaries, national-view-definition.ts):
// the view's code and the country's map start now, in parallel with the app's start, not after its
// first render. The frame below asks for the same requests (each is made once) and reports a failure.
if (/(?:^#|&)view=national(?:&|$)/.test(location.hash)) {
  loadTopology().catch(() => undefined);
  viewCode.get().catch(() => undefined);
}

export function createNationalFrame(container: HTMLElement, model: Model, events: ViewEvents): ViewInstance {
  const root = document.createElement('div');
  root.className = 'national';
  root.setAttribute('aria-busy', 'true');
  container.replaceChildren(root);
  let last: AppState | null = null;
  let inner: ViewInstance | null = null;
  let destroyed = false;
  const status = document.createElement('p');
  status.className = 'national-status';
  root.append(status);
  const say = (lang: AppState['lang']) => (status.textContent = NATIONAL_ENTRY_STRINGS[lang].loading);

  // Bounded: a chunk or file that never answers ends in the message below, not in "loading" for ever.
  Promise.all([viewCode.get(), withTimeout(loadTopology(), CHINA_URL)])
    .then(([module, topology]) => {
      if (destroyed) return;
      // Built before the status goes: a file of the wrong shape throws here and is reported below.
      const view = module.createNationalView(root, model, topology, events);
      status.remove();
      inner = view;
      root.removeAttribute('aria-busy');
      if (last) inner.update(last);
    })
    .catch((error: unknown) => {
      loadTopology.forget();
      if (destroyed) return;
      root.removeAttribute('aria-busy');
      status.classList.add('has-error');
      root.querySelectorAll(':scope > :not(.national-status)').forEach((el) => el.remove());
      status.textContent = `${NATIONAL_ENTRY_STRINGS.zh.loadError} · ${NATIONAL_ENTRY_STRINGS.en.loadError} (${reason(error)})`;
      console.error(error);
    });

  return {
    update(state) {
      last = state;
      if (inner) inner.update(state);
      else if (!status.classList.contains('has-error')) say(state.lang);
    },
    hover(ids) {
      inner?.hover(ids);
    },
    destroy() {
      destroyed = true;
      inner?.destroy();
      root.remove();
    },
  };
}

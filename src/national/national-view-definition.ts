// The national view as the registry sees it: cheap to create. The map code, the national content
// and public/geo/china.topo.json load only when the view is first opened (first paint stays light).
import './national.css';
import type { AppState } from '../state/app-state';
import type { ViewDefinition, ViewInstance } from '../views/view-registry';
import { NATIONAL_VIEW_ID } from '../content/national/ids';
import { NATIONAL_ENTRY_STRINGS } from './entry-strings';
import type { ChinaTopology } from './china-geometry';
import { CHINA_URL } from './china-geometry';
import { reason, withTimeout } from '../load/bounded';
import { topologyLoader } from '../ui/topology';

const loadTopology = topologyLoader<ChinaTopology>(CHINA_URL, import.meta.env.MODE === 'single' ? () => import('../../public/geo/china.topo.json') : null);

export const nationalView: ViewDefinition = {
  id: NATIONAL_VIEW_ID,
  label: { zh: NATIONAL_ENTRY_STRINGS.zh.viewLabel, en: NATIONAL_ENTRY_STRINGS.en.viewLabel },
  // The seven pairings of the 2017 work plan; plan2018's district pairs are the paired view's.
  showsPairings: false,
  usesPageLegend: false,
  usesPagePanel: false,
  reading: {
    zh: '全国图只画到城市：长春—天津是七组对口合作之一；区县之间的结对见结对图。',
    en: 'The national map stops at cities: Changchun–Tianjin is one of seven pairings; the district pairings are in the paired view.',
  },
  title: { zh: '东北地区与东部地区对口合作', en: 'Paired cooperation between the north-east and the east' },
  sources: [{ doc: 'workplan2017', section: '§二' }],
  boundaries: { zh: '@esmjs/geo 1.0.0（DataV）', en: '@esmjs/geo 1.0.0 (DataV)' },
  picture: () => import('./picture').then((m) => m.nationalPicture),
  create(container, model, events) {
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
    Promise.all([withTimeout(import('./national-view'), 'national-view.js'), withTimeout(loadTopology(), CHINA_URL)])
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
  },
};

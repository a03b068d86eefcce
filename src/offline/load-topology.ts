// Where the boundaries come from: fetched next to the page, or, in the single-file build,
// inlined into the bundle (src/ui/topology.ts; statically null in the normal build, so the JSON
// is not bundled there).
import type { CitiesTopology } from '../model/geometry';
import { topologyLoader } from '../ui/topology';

export const loadTopology = topologyLoader<CitiesTopology>('geo/cities.topo.json', import.meta.env.MODE === 'single' ? () => import('../../public/geo/cities.topo.json') : null);

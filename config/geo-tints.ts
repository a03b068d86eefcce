// `virtual:geo-tints`: each district's tint in the geographic view (four per city, no two neighbours
// alike: map-style.ts unitTints), worked out here from public/geo/cities.topo.json instead of in the
// page, where it walked every vertex of both cities as the map was created (docs/performance.md, item 11).
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { GEO_FILE } from '../src/model/geometry.ts';
import { virtualModule } from './virtual-module.ts';

export function geoTints(): Plugin {
  return virtualModule('geo-tints', 'virtual:geo-tints', async function () {
    const root = this.environment?.config.root ?? process.cwd();
    // A new boundary file (npm run geo) colours the districts again in the dev server too.
    this.addWatchFile(resolve(root, GEO_FILE));
    const { module } = await runnerImport<typeof import('./unit-tints')>('./config/unit-tints.ts');
    return `export default ${JSON.stringify(module.buildTints(root))};`;
  });
}

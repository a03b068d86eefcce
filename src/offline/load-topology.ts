// Where the boundaries come from: fetched next to the page, or, in the single-file build,
// inlined into the bundle (file:// pages cannot fetch).
import type { CitiesTopology } from '../model/geometry';

export async function loadTopology(): Promise<CitiesTopology> {
  if (import.meta.env.MODE === 'single') {
    // Statically false in the normal build, so the JSON is not bundled there.
    return (await import('../../public/geo/cities.topo.json')).default as unknown as CitiesTopology;
  }
  const url = new URL('geo/cities.topo.json', document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as CitiesTopology;
}

// Where the boundaries come from: fetched next to the page, or, in the single-file build,
// inlined into the bundle (file:// pages cannot fetch).
import type { CitiesTopology } from '../model/geometry';

export async function loadTopology(): Promise<CitiesTopology> {
  if (import.meta.env.MODE === 'single') {
    // Statically false in the normal build, so the JSON is not bundled there.
    return (await import('../../public/geo/cities.topo.json')).default as unknown as CitiesTopology;
  }
  const url = new URL('geo/cities.topo.json', document.baseURI);
  // Every failure names the file: the reader's notice says which part of the site is missing.
  const named = (error: unknown) => new Error(`${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
  const response = await fetch(url).catch((e: unknown) => Promise.reject(named(e)));
  if (!response.ok) throw named(`HTTP ${response.status}`);
  return (await response.json().catch((e: unknown) => Promise.reject(named(e)))) as CitiesTopology;
}

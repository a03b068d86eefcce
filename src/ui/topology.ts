// One TopoJSON loader for the three boundary files (the two cities, the region around them, China).
// Fetched next to the page, once (every caller gets the same request); or, in the single-file
// build, the copy bundled into the page (file:// pages cannot fetch). A failure is forgotten, so
// the next call tries again, and it names the file: the reader's notice says which part is missing.

/**
 * @param file path relative to the page, e.g. `geo/cities.topo.json`
 * @param bundled the single file's copy: `import.meta.env.MODE === 'single' ? () => import('…') : null`,
 *   written by the caller so the bundler sees the literal path, and drops it from the normal build.
 */
export function topologyLoader<T>(file: string, bundled: (() => Promise<{ default: unknown }>) | null): TopologyLoader<T> {
  let request: Promise<T> | null = null;
  const named = (error: unknown) => new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  async function fetched(): Promise<T> {
    const response = await fetch(new URL(file, document.baseURI)).catch((e: unknown) => Promise.reject(named(e)));
    if (!response.ok) throw named(`HTTP ${response.status}`);
    return (await response.json().catch((e: unknown) => Promise.reject(named(e)))) as T;
  }
  const load = () =>
    (request ??= (bundled ? bundled().then((m) => m.default as T) : fetched()).catch((e: unknown) => {
      request = null;
      throw e;
    }));
  return Object.assign(load, { forget: () => void (request = null) });
}

export interface TopologyLoader<T> {
  (): Promise<T>;
  /** Drops the cached file: a caller that found it unusable (wrong shape) asks again next time. */
  forget(): void;
}

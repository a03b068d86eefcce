// Where each data file is. The web build has them as static files in data/ (built by
// config/data-files.ts: linkable, cacheable); the single file has no folder next to it, so
// there the page builds the same bytes from its bundled content and links blob: URLs.
import type { FullContent } from '../content/index';
import type { Text } from '../content/schema';
import { dataFiles, DATA_DIR, JSON_FILE } from './data-files';
import { TABLE_NAMES, dataTables } from './data-tables';

export interface DataLink {
  name: string;
  href: string;
  description: Text | null;
}

export function dataLinks(content: FullContent, single = import.meta.env.MODE === 'single'): DataLink[] {
  if (single) {
    return dataFiles(content).map((f) => ({
      name: f.name,
      href: URL.createObjectURL(new Blob([f.text], { type: f.type })),
      description: f.table?.description ?? null,
    }));
  }
  // Only the descriptions are needed here; the files themselves are already on the server.
  const descriptions = new Map(dataTables(content).map((t) => [t.name, t.description]));
  return [
    ...TABLE_NAMES.map((n) => ({ name: `${n}.csv`, href: new URL(`${DATA_DIR}/${n}.csv`, document.baseURI).href, description: descriptions.get(n) ?? null })),
    { name: JSON_FILE, href: new URL(`${DATA_DIR}/${JSON_FILE}`, document.baseURI).href, description: null },
  ];
}

// Imported first by main.ts: marks an embed before anything is drawn, so an article never sees
// the full page (header, toolbar, 100vh-tall map) flash in its iframe while the data loads.
// Read from the raw hash, key by key, so a bad value elsewhere in the hash cannot hide it.

/** `#…&embed=1&…` (or `true`), whatever else the hash holds, malformed escapes included. */
export function hashAsksForEmbed(hash: string): boolean {
  return hash
    .replace(/^#/, '')
    .split('&')
    .some((part) => /^embed=(1|true)$/.test(part));
}

if (hashAsksForEmbed(location.hash)) document.documentElement.classList.add('is-embed');

// The map keeps its state in the hash, but people also write links the server way:
// `…/?pair=chaoyang-heping`. Imported first by main.ts, before anything reads the hash: the keys
// of the map found in the query are moved into the hash (ahead of it, so a key also in the hash
// keeps the hash's value and the parser names the query's value as ignored). Other query
// parameters (utm_source, fbclid …) belong to the host or its analytics and stay where they are.
import { APP_URL } from './url-fields';
import { decodePart } from './state/url';

export function foldQueryIntoHash(search: string, hash: string, keys: ReadonlySet<string>): { search: string; hash: string } | null {
  const parts = search.replace(/^\?/, '').split('&').filter(Boolean);
  // A key with a bad escape is compared as written (the hash parser then names it as malformed).
  const keyOf = (part: string) => {
    const { rawKey, key } = decodePart(part);
    return key ?? rawKey;
  };
  const ours = parts.filter((p) => keys.has(keyOf(p)));
  if (!ours.length) return null;
  const rest = parts.filter((p) => !keys.has(keyOf(p)));
  const body = hash.replace(/^#/, '');
  return { search: rest.length ? `?${rest.join('&')}` : '', hash: `#${[...ours, ...(body ? [body] : [])].join('&')}` };
}

const folded = foldQueryIntoHash(location.search, location.hash, new Set(APP_URL.fields.map((f) => f.key)));
if (folded) history.replaceState(history.state, '', `${location.pathname}${folded.search}${folded.hash}`);

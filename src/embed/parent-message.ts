// Messages the embedding page may send to the map. Anything not addressed to us
// (no `tj-cc-map` key: other scripts on a news page post messages too) is ignored silently;
// a message addressed to us that we cannot use is reported. Never throws.

/** The key of every message the embedding page sends us. */
export const PARENT_KEY = 'tj-cc-map';
/** Longest state hash we accept from the parent (the longest real one is under 100). */
const MAX_HASH = 512;

export type ParentMessage =
  /** embed.js loaded after the map: say the height again. */
  | { kind: 'height-request' }
  /** Show this state, written as a URL hash (`#pair=…&lang=en`); parsed like any link. */
  | { kind: 'state'; hash: string }
  | { kind: 'invalid' };

/**
 * `{ "tj-cc-map": "height" }` or `{ "tj-cc-map": { "hash": "#pair=chaoyang-heping" } }`.
 * @returns null when the message is not for us.
 */
export function parseParentMessage(data: unknown): ParentMessage | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    if (!Object.prototype.hasOwnProperty.call(data, PARENT_KEY)) return null;
    const body: unknown = (data as Record<string, unknown>)[PARENT_KEY];
    if (body === 'height') return { kind: 'height-request' };
    if (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.prototype.hasOwnProperty.call(body, 'hash')) {
      const hash: unknown = (body as Record<string, unknown>).hash;
      if (typeof hash === 'string' && hash.length <= MAX_HASH) return { kind: 'state', hash };
    }
    return { kind: 'invalid' };
  } catch {
    // A hostile object (a Proxy whose traps throw) is still only a bad message.
    return { kind: 'invalid' };
  }
}

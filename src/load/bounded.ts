// A bounded wait for every part the page loads after its first paint (code chunks, data files):
// a request that never answers must end in a message, not in "loading…" for ever.

/** How long a lazy part may take before the page gives up on it and says so. Long enough for a
 *  slow mobile network to bring MapLibre (≈ 450 KB gzip); short enough that a reader is not left waiting. */
export const LOAD_TIMEOUT_MS = 25_000;

/** Rejects with a TimeoutError naming `what` when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms: number = LOAD_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A short reason for a notice: the error's message, without the browser's long prefixes. */
export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // "Failed to fetch dynamically imported module: http://…/assets/dialog-abc.js" → the file name is what helps.
  const file = /https?:\/\/\S*?([^/\s]+\.(?:m?js|css|json))/.exec(text);
  if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(text) && file) return `${file[1]}`;
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

// A bounded wait for every part the page loads after its first paint (code chunks, data files):
// a request that never answers must end in a message, not in "loading…" for ever.
import type { Notice } from '../state/app-state';
import type { LoadPart } from './strings';

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

/**
 * What a failed `import()` of a code chunk names ("Failed to fetch dynamically imported module:
 * http://…/assets/dialog-abc.js?retry=1"; Firefox: "error loading dynamically imported module: …"):
 * [1] the file's address without its query, [2] its name. The one reading of these messages, for
 * the notice (reason) and for the retry (loadOnce).
 */
function failedImport(error: unknown): RegExpExecArray | null {
  return /dynamically imported module.*?(https?:\/\/\S*?([^/\s?#]+\.m?js))/i.exec(message(error));
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The stylesheet Vite's preload helper could not add before a part's code ("Unable to preload CSS for http://…/x.css"). */
const failedCss = (error: unknown) => /preload CSS for (\S+)/.exec(message(error))?.[1];

/** A short reason for a notice: the error's message, without the browser's long prefixes. */
export function reason(error: unknown): string {
  const text = message(error);
  // For a chunk or stylesheet that failed to load, the file name is what helps.
  return failedImport(error)?.[2] ?? failedCss(error)?.split('/').pop() ?? (text.length > 160 ? `${text.slice(0, 160)}…` : text);
}

/**
 * Every <link> that failed in the page. Vite's preload helper adds one for a lazy part's chunk, for
 * each chunk it imports, and for its stylesheet, and adds none of them again; Chromium keeps a
 * script whose modulepreload failed as failed in the module map.
 */
const brokenLinks = new Set<string>();
globalThis.document?.addEventListener('error', (e) => e.target instanceof HTMLLinkElement && brokenLinks.add(e.target.href), true);

/** The names of the lazy parts' own chunks (`dialog` of dialog-Ab12Cd34.js): a failed chunk of another name is shared. */
const partNames = new Set<string>();

/** A failure only a reload mends: a chunk shared by several parts did not arrive, and the browser keeps it failed. */
export const needsReload = (error: unknown) => (error as { reload?: boolean } | null)?.reload == true;

/**
 * The notice a part that failed to load leaves (its words: notices.ts): `value` is the short reason,
 * `reload` says that only a reload can bring it (the notice then offers one, views/notices.ts).
 * Here, not in notices.ts: there, importing this module split Vite's preload helper out of the entry chunk (+1 KB).
 * @param error what failed (a load's error, or the reason itself)
 */
export const loadFailed = (part: LoadPart, error: unknown): Notice => ({ kind: 'load-failed', part, value: reason(error), reload: +needsReload(error) });

/** A part loaded at most once at a time: bounded, remembered once here, asked for again after a failure. */
export interface LoadOnce<T> {
  /** Starts the load, or joins the one in flight; rejects with the bounded wait's error. */
  get(): Promise<T>;
  /** The part once it has arrived (a caller can then use it at once, in the same task), else null. */
  loaded(): T | null;
}

/**
 * Every lazily loaded code chunk comes through here, so "try again" works for all of them.
 * Chromium keeps a failed module fetch in the document's module map: a second `import()` of the
 * same file fails at once, without a request (faults.test, Chromium 150). After a failure the next
 * ask imports the file the error names under a fresh query, a new entry that is fetched again (its
 * own imports resolve to the usual files). That needs the module to be its chunk's own, and no other
 * chunk to import that chunk by name (vite.config.ts; tests/unit/lazy-chunks.test.ts checks the build).
 * @param load the `import()` itself (`() => import('./dialog')`), so that the build sees the chunk.
 * Offline → online: a stylesheet that failed is added again before the next ask's code (Vite's
 * preload helper adds each once, so a retry brought the code without its CSS); an import that
 * failed (perhaps on a failure Chromium kept from a modulepreload) is fetched again at once; and when a chunk
 * that is no part's own failed (a shared chunk: no fresh query can bring it, its importers ask for its
 * name), the error says so (`needsReload`, naming that chunk) and the notice offers a reload.
 * @param what the chunk's name (`dialog.js` for dialog-Ab12Cd34.js: lazy-chunks.test checks it), for
 *   the notice when the bounded wait runs out, and to tell the part's own chunk from shared ones.
 * @param pick what the caller takes from the module (`(m) => m.createExportDialog(app)`): taken once,
 *   from the module of whichever attempt arrived; a pick that throws is asked for again, as a failed load.
 */
export function loadOnce<M, T = M>(load: () => Promise<M>, what: string, pick: (m: M) => T = (m) => m as unknown as T): LoadOnce<T> {
  let loading: Promise<T> | null = null;
  let value: T | null = null;
  let failed: string | undefined;
  let tries = 0;
  /** Its stylesheets that failed (their <link>s): added again with the next ask's code. */
  let styles: Node[] = [];
  const attempt = async () => {
    // Added again here (the preload helper will not), with the code.
    for (const link of styles.splice(0)) document.head.append(link.cloneNode());
    if (!failed)
      try {
        return await load();
      } catch (error) {
        // The part's file may have failed as a modulepreload (offline, or a deep link's early fetch):
        // the import then failed on the failure Chromium kept, without a request. Fetched again at
        // once, under a fresh query. Not only when its <link>'s error event has come: on a loaded
        // machine that event came after the import's rejection, and the view said it could not load
        // a file the server had (faults.test, CI at 325783a). A real failure costs one more request.
        failed = failedImport(error)?.[1];
        if (!failed) throw error;
      }
    return import(/* @vite-ignore */ `${failed}?retry=${++tries}`) as Promise<M>;
  };
  partNames.add(what.slice(0, -3));
  return {
    get: () =>
      (loading ??= withTimeout(attempt(), what)
        .then(pick)
        .then(
          (v) => (value = v),
          async (error: unknown) => {
            // The next caller (a button, a panel, Back to the view) asks again.
            loading = null;
            const css = failedCss(error);
            if (!css && !failedImport(error)) throw error;
            failed = failedImport(error)?.[1] ?? failed;
            const link = css && document.querySelector(`link[href="${css}"]`);
            if (link) styles.push(link), link.remove();
            // The links' error events come in their own tasks.
            await new Promise((done) => setTimeout(done, 100));
            const shared = [...brokenLinks].find((u) => u.endsWith('.js') && !partNames.has(u.split('/').pop()!.slice(0, -12)));
            throw shared ? Object.assign(new Error(`Failed to fetch dynamically imported module: ${shared}`), { reload: true }) : error;
          },
        )),
    loaded: () => value,
  };
}

/** How long the first render waits for a part that a link needs at once (a deep link to a view, a step, a selection). */
export const FIRST_RENDER_WAIT_MS = 3000;

/**
 * Settles (never rejects) when `part` settles, or after FIRST_RENDER_WAIT_MS: a slow part fills
 * in once it arrives (or says it could not, after its own bounded wait) rather than hold the map back.
 */
export function beforeFirstRender(part: Promise<unknown>): Promise<void> {
  const settled = part.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([settled, new Promise<void>((done) => setTimeout(done, FIRST_RENDER_WAIT_MS))]);
}

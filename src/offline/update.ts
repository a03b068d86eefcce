// Telling an open page that a new version is deployed, and getting the reader onto it.
// Two signals: the service worker (a new one installed and waiting, config/offline.ts) and, for
// pages without one (an embed, a first visit, a sandbox), version.json, the list of the deployed
// build's files. A lazy chunk that fails to load (Vite's `vite:preloadError`) checks at once: a
// chunk that is gone because of a deploy leads to this prompt, not to a dead button.
import type { AppContext } from '../app-context';
import { h } from '../views/dom';
import { OFFLINE_STRINGS } from './strings';

/** How often an open page looks for a new version by itself (also on reconnect and when shown again). */
const CHECK_EVERY_MS = 30 * 60 * 1000;

/** The deployed build's hashed files (config/offline.ts writes it). */
async function deployedFiles(): Promise<string[] | null> {
  try {
    const response = await fetch(new URL('version.json', document.baseURI), { cache: 'no-store' });
    if (!response.ok) return null;
    const body: unknown = await response.json();
    const files = (body as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : null;
  } catch {
    return null; // offline, or no version file: nothing to say
  }
}

/** This page's own entry script, `assets/index-abc.js` (this module is bundled into it). */
const ownEntry = () => new URL(import.meta.url).pathname.replace(/^.*\/(assets\/[^/]+)$/, '$1');

export interface Updates {
  /** The service worker registration, once there is one. */
  watch(registration: ServiceWorkerRegistration): void;
  /** Looks for a new version now. */
  check(): void;
}

export function installUpdates(app: AppContext): Updates {
  let registration: ServiceWorkerRegistration | null = null;
  const text = h('span', { class: 'update-text' });
  const reload = h('button', { type: 'button', class: 'update-reload', onclick: () => void apply() });
  const bar = h('div', { class: 'update-prompt', role: 'status', 'aria-live': 'polite' }, text, ' ', reload);
  bar.hidden = true;
  document.body.append(bar);

  const label = () => {
    const t = OFFLINE_STRINGS[app.store.get().lang];
    text.textContent = t.update;
    reload.textContent = t.reload;
  };
  app.onRender(label);

  function prompt(): void {
    if (!bar.hidden) return;
    label();
    bar.hidden = false;
  }

  /** The waiting worker takes over, then the page reloads under it; without one, a plain reload. */
  async function apply(): Promise<void> {
    reload.disabled = true;
    const container = registration ? navigator.serviceWorker : null;
    if (container && registration) {
      // The deploy may not have reached the worker yet: ask, and wait for it to install.
      await registration.update().catch(() => undefined);
      const waiting = registration.waiting ?? (await installed(registration));
      if (waiting) {
        container.addEventListener('controllerchange', () => location.reload(), { once: true });
        waiting.postMessage({ type: 'SKIP_WAITING' });
        return;
      }
    }
    location.reload();
  }

  function watch(reg: ServiceWorkerRegistration): void {
    registration = reg;
    // Only an update: the first worker of a page is not a new version.
    const waitingUpdate = () => reg.waiting && navigator.serviceWorker.controller && prompt();
    waitingUpdate();
    reg.addEventListener('updatefound', () => {
      const worker = reg.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') waitingUpdate();
      });
    });
  }

  async function check(): Promise<void> {
    // Under a worker, only a new worker that installed is a version to go to: a broken deploy
    // (its worker fails to install) leaves the reader on the working one, with no prompt.
    if (registration) return void registration.update().catch(() => undefined);
    const files = await deployedFiles();
    if (files && !files.includes(ownEntry())) prompt();
  }

  // A chunk that did not load: the feature says so itself (src/load); this says why, if a deploy is the reason.
  window.addEventListener('vite:preloadError', () => void check());
  window.addEventListener('online', () => void check());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void check());
  setInterval(() => void check(), CHECK_EVERY_MS);
  return { watch, check: () => void check() };
}

/** The worker that installs next, or null if none does within 20 s (a broken deploy never installs). */
function installed(reg: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  return new Promise((resolve) => {
    const done = (w: ServiceWorker | null) => {
      clearTimeout(timer);
      resolve(w);
    };
    const timer = setTimeout(() => done(reg.waiting), 20_000);
    const follow = (worker: ServiceWorker | null) =>
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') done(worker);
        else if (worker.state === 'redundant') done(null);
      });
    if (reg.installing) follow(reg.installing);
    else reg.addEventListener('updatefound', () => follow(reg.installing), { once: true });
  });
}

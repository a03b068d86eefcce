// Registers the service worker that precaches the site (config/offline.ts) and says in the
// footer when the map works offline: officials check this before a meeting without internet.
import type { AppContext } from '../app-context';
import './offline.css';
import { h } from '../views/dom';
import { OFFLINE_STRINGS } from './strings';
import { installUpdates } from './update';

export function installOffline(app: AppContext): void {
  // Nothing is deployed under dev or the single file (file://): nothing to update, no worker.
  if (import.meta.env.DEV || import.meta.env.MODE === 'single') return;
  // Every served page hears of a new version, an embed included (through version.json).
  const updates = installUpdates(app);
  // No worker where the browser forbids one.
  if (!window.isSecureContext) return;
  // Nor in an embed: a reader of a news article would download the whole site (≈ 880 KB gzip,
  // MapLibre and deck.gl included) in the background for a map they glance at once.
  if (app.env.embedded) return;
  let container: ServiceWorkerContainer;
  try {
    container = navigator.serviceWorker; // throws in a sandboxed iframe without allow-same-origin
  } catch {
    return;
  }
  if (!container) return;
  const status = h('p', { class: 'offline-status', role: 'status' });
  status.hidden = true;
  app.mount('footer', status);
  let ready = false;
  const render = () => {
    status.hidden = !ready;
    status.textContent = OFFLINE_STRINGS[app.store.get().lang].ready;
  };
  app.onRender(render);
  container
    .register(new URL('sw.js', document.baseURI), { scope: './' })
    .then((registration) => {
      updates.watch(registration);
      return container.ready;
    })
    .then(() => {
      ready = true;
      render();
    })
    .catch((error: unknown) => console.warn('service worker not registered:', error));
}

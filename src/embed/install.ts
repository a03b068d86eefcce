// One line in main.ts: embed mode for journalists' iframes, and the Embed button. Embed mode itself
// (its source line, card, gesture hint, height and parent messages, styles: embed-mode.ts) loads
// only in an embed: a link that asks for one (`#embed=1`) fetches it with the boundaries, before
// the first render (main.ts waits for `embedModeLoaded`, 3 s at most), so the embed is drawn once,
// in its own layout. The dialog (code, preview) is imported on the first click, so the first paint
// carries only the button.
import './embed-first.css';
import type { AppContext } from '../app-context';
import { h } from '../views/dom';
import { beforeFirstRender, loadOnce, loadFailed } from '../load/bounded';
import { hashAsksForEmbed } from './early';
import { EMBED_STRINGS } from './strings';

/** Embed mode's code; once it has arrived (a link's early load), installEmbed starts it at once. */
const mode = loadOnce(() => import('./embed-mode'), 'embed-mode.js');

/**
 * Settles (never rejects) once a link that asks for an embed has embed mode's code, or at once for
 * any other link. Bounded as the tour's is: a slow chunk turns the page into the embed once it
 * arrives, a failed one is reported by installEmbed.
 */
export const embedModeLoaded: Promise<void> = hashAsksForEmbed(location.hash) ? beforeFirstRender(mode.get()) : Promise.resolve();

export function installEmbed(app: AppContext): void {
  installEmbedModeWhenAsked(app);
  // A file opened from a USB stick has no address another page could embed.
  if (import.meta.env.MODE !== 'single') installEmbedButton(app);
}

/** Starts embed mode now if its code is here, else when it arrives; a page that becomes an embed later (a new hash) fetches it then. */
function installEmbedModeWhenAsked(app: AppContext): void {
  let started = false;
  let failed = false;
  const start = () => {
    if (started || failed || !(app.store.get().embed || hashAsksForEmbed(location.hash))) return;
    const loaded = mode.loaded();
    if (loaded) {
      started = true;
      loaded.installEmbedMode(app);
      return;
    }
    mode.get().then(
      () => start(),
      (error: unknown) => {
        // The map, the list and every feature stand (as the full page); the notice names what is missing.
        // Not asked for again on every render: a reload tries again.
        if (failed) return;
        failed = true;
        console.error(error);
        app.report(loadFailed('embed', error));
      },
    );
  };
  app.onRender(start);
  start();
}

function installEmbedButton(app: AppContext): void {
  const button = h('button', { type: 'button', class: 'embed-button', 'aria-haspopup': 'dialog' });
  app.mount('toolbar', button);
  const label = () => {
    const t = EMBED_STRINGS[app.store.get().lang];
    button.textContent = t.embedButton;
    button.setAttribute('aria-label', t.embedButtonLabel);
  };
  app.onRender(label);
  label();
  // Made on the first click; a failed load says so on the page (not an alert, which some embeds and
  // kiosks swallow), and the same button asks again.
  const dialog = loadOnce(() => import('./embed-dialog'), 'embed-dialog.js', (m) => m.createEmbedDialog(app, button));
  button.addEventListener('click', () =>
    dialog.get().then(
      (d) => d.open(),
      (error: unknown) => {
        console.error(error);
        app.report(loadFailed('embedDialog', error));
      },
    ),
  );
}

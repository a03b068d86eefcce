// One line in main.ts: embed mode for journalists' iframes, and the Embed button. The dialog
// (code, preview) is imported on the first click, so the first paint carries only the button.
import './embed.css';
import type { AppContext } from '../app-context';
import { h } from '../views/dom';
import { installEmbedMode } from './embed-mode';
import { EMBED_STRINGS } from './strings';
import type { EmbedDialog } from './embed-dialog';

export function installEmbed(app: AppContext): void {
  installEmbedMode(app);
  // A file opened from a USB stick has no address another page could embed.
  if (import.meta.env.MODE !== 'single') installEmbedButton(app);
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
  let dialog: Promise<EmbedDialog> | null = null;
  button.addEventListener('click', () => {
    dialog ??= import('./embed-dialog').then((m) => m.createEmbedDialog(app, button));
    dialog.then(
      (d) => d.open(),
      (error: unknown) => {
        // A chunk that fails to load (offline, a stale deploy) must say so, and may be retried.
        dialog = null;
        console.error(error);
        window.alert(EMBED_STRINGS[app.store.get().lang].loadFailed);
      },
    );
  });
}

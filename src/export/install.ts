// One line in main.ts: the Download button in the toolbar (and a small "Get the data" link in
// an embed's source line). Everything else — dialog, snapshot, PNG, serializers — is imported
// on the first click, so the first paint carries only this file, its labels and button.css.
import './button.css';
import type { AppContext } from '../app-context';
import { h } from '../views/dom';
import { BUTTON_STRINGS } from './button-strings';
import { loadOnce, loadFailed } from '../load/bounded';

export function installExport(app: AppContext): void {
  const button = h('button', { type: 'button', class: 'export-button', 'aria-haspopup': 'dialog' });
  app.mount('toolbar', button);
  // Embed mode hides the toolbar; its source line (provided by src/embed/embed-mode.ts) keeps a plain
  // link to the data file, opened in a new tab: a dialog would open in the middle of the frame, out
  // of the article reader's view (and a sandboxed frame may not download).
  const embedLink = h('a', { class: 'export-embed-data', href: 'data/pairings.csv', target: '_blank', rel: 'noopener' });
  app.mount('embed-source', embedLink);

  // Made on the first click; a failed load says so, and the same button asks again.
  const dialog = loadOnce(() => import('./dialog'), 'dialog.js', (m) => m.createExportDialog(app));
  const open = (from: HTMLElement, focus: 'image' | 'data') =>
    dialog.get().then(
      (d) => d.open(from, focus),
      (error: unknown) => {
        // A chunk that fails to load (offline, a stale deploy) must say so, on the page (an alert
        // is swallowed in some embeds and kiosks).
        console.error(error);
        app.report(loadFailed('download', error));
      },
    );
  button.addEventListener('click', () => open(button, 'image'));

  const label = () => {
    const t = BUTTON_STRINGS[app.store.get().lang];
    button.textContent = t.button;
    button.setAttribute('aria-label', t.buttonLabel);
    embedLink.textContent = t.embedData;
    embedLink.setAttribute('aria-label', t.embedDataLabel);
  };
  app.onRender(label);
  label();
}

// One line in main.ts: embed mode for journalists' iframes, and the Embed button and dialog.
import './embed.css';
import type { AppContext } from '../app-context';
import { installEmbedMode } from './embed-mode';
import { installEmbedDialog } from './embed-dialog';

export function installEmbed(app: AppContext): void {
  installEmbedMode(app);
  // A file opened from a USB stick has no address another page could embed.
  if (import.meta.env.MODE !== 'single') installEmbedDialog(app);
}

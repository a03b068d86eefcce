// The Embed dialog (loaded on the first click of the Embed button, see install.ts): the iframe
// code for the current state (pair, view, language) and a live preview of exactly that code,
// sized by the same height messages.
import './embed-dialog.css';
import type { AppContext } from '../app-context';
import { LANGS, type Lang } from '../i18n/strings';
import { h } from '../views/dom';
import { DIALOG_STRINGS } from './dialog-strings';
import { embedUrl, SANDBOX, siteUrl, snippetHtml } from './snippet';
import { HEIGHT_KEY } from './height-message';
import { createModal } from '../ui/modal';

const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

export interface EmbedDialog {
  open(): void;
}

/** @param button the toolbar's Embed button: focus returns to it when the dialog closes. */
export function createEmbedDialog(app: AppContext, button: HTMLElement): EmbedDialog {
  const intro = h('p', { class: 'embed-intro' });
  const langSelect = h('select', { id: 'embed-lang', class: 'embed-lang' }, LANGS.map((l) => h('option', { value: l, lang: l === 'zh' ? 'zh-CN' : 'en' }, LANG_NAMES[l])));
  const langLabel = h('label', { for: 'embed-lang' });
  const code = h('textarea', { id: 'embed-code', class: 'embed-code', readonly: true, rows: 5, spellcheck: 'false' });
  const codeLabel = h('label', { for: 'embed-code' });
  const copy = h('button', { type: 'button', class: 'embed-copy' });
  const status = h('span', { class: 'embed-status', role: 'status' });
  const previewLabel = h('h3', { class: 'embed-preview-label' });
  const preview = h('iframe', { class: 'embed-preview', sandbox: SANDBOX });
  const note = h('p', { class: 'embed-note' });
  const { dialog, title, close, show } = createModal(
    'embed',
    intro,
    h('div', { class: 'embed-row' }, langLabel, langSelect),
    codeLabel,
    code,
    h('div', { class: 'embed-row' }, copy, status),
    previewLabel,
    preview,
    note,
  );
  app.mount('body', dialog);

  let lang: Lang = 'zh';
  function fill(): void {
    const t = DIALOG_STRINGS[app.store.get().lang];
    const state = { ...app.store.get(), lang };
    const site = siteUrl(location.href);
    code.value = snippetHtml(site, state, app.url.serialize, DIALOG_STRINGS[lang].iframeTitle);
    const src = embedUrl(site, state, app.url.serialize);
    if (preview.getAttribute('src') !== src) preview.src = src;
    preview.title = t.previewTitle;
    status.textContent = '';
  }

  function label(): void {
    const t = DIALOG_STRINGS[app.store.get().lang];
    title.textContent = t.dialogTitle;
    intro.textContent = t.dialogIntro;
    langLabel.textContent = t.langLabel;
    codeLabel.textContent = t.codeLabel;
    copy.textContent = t.copy;
    previewLabel.textContent = t.preview;
    note.textContent = t.scriptNote;
    close.textContent = t.closeDialog;
  }
  app.onRender(() => label());
  label();

  const open = () => {
    lang = app.store.get().lang;
    langSelect.value = lang;
    fill();
    show(button);
    code.focus();
    code.select();
  };
  langSelect.addEventListener('change', () => {
    lang = langSelect.value === 'en' ? 'en' : 'zh';
    fill();
  });
  copy.addEventListener('click', async () => {
    const t = DIALOG_STRINGS[app.store.get().lang];
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = t.copied;
    } catch {
      code.focus();
      code.select();
      status.textContent = t.copyFailed;
    }
  });

  // The preview sizes itself like it would in an article.
  window.addEventListener('message', (event) => {
    if (event.source !== preview.contentWindow) return;
    const data: unknown = event.data;
    const heights = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[HEIGHT_KEY] : undefined;
    if (typeof heights !== 'object' || heights === null) return;
    for (const value of Object.values(heights)) {
      if (typeof value === 'number' && value > 0 && value < 20_000) preview.style.height = `${Math.ceil(value)}px`;
    }
  });
  return { open };
}

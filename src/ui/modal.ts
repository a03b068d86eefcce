// One modal dialog scaffold (the Embed and Download dialogs): a native <dialog> shown modal (the
// page behind is inert), a title that names it, a close button at its foot, Tab kept inside,
// Esc closing it without also reaching the map (which would clear the selection), and focus
// returned to whatever opened it. The caller fills the title and the close button's text and
// mounts the dialog.
import { h, type Child } from './dom';
import { trapFocus } from './focus-trap';

export interface Modal {
  dialog: HTMLDialogElement;
  title: HTMLHeadingElement;
  close: HTMLButtonElement;
  /** Shows it; focus returns to `opener` when it closes. */
  show(opener: HTMLElement): void;
}

/** `name` prefixes its classes and the title's id: `${name}-dialog`, `${name}-dialog-title`, `${name}-close`, `${name}-actions`. */
export function createModal(name: string, ...content: Child[]): Modal {
  const title = h('h2', { id: `${name}-dialog-title` });
  const close = h('button', { type: 'button', class: `${name}-close` });
  const dialog = h('dialog', { class: `${name}-dialog`, 'aria-labelledby': `${name}-dialog-title` }, title, ...content, h('div', { class: `${name}-actions` }, close));
  trapFocus(dialog);
  let opener: HTMLElement | null = null;
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (e) => e.key === 'Escape' && e.stopPropagation());
  dialog.addEventListener('close', () => opener?.focus());
  return {
    dialog,
    title,
    close,
    show(from) {
      opener = from;
      dialog.showModal();
    },
  };
}

// The blank screen of a presentation: B or . (black), W or , (white), as in slide software, and
// what a clicker's "blank" button sends. A presenter blanks the projector to take a question or
// hand over the room; any key or a click brings the same step back, without moving on.
// A modal <dialog> in the top layer, so it covers the page in full screen too, above every map
// layer, and nothing under it takes a click or the focus while it is up.
import { h } from '../views/dom';

export type BlankColour = 'black' | 'white';

export interface BlankScreen {
  /** Mounted where presentation mode's elements are shown (the control bar). */
  readonly element: HTMLDialogElement;
  readonly shown: boolean;
  show(colour: BlankColour, label: string): void;
  hide(): void;
}

/** @param onHide called after the screen comes back (the tour restarts its autoplay wait for the step). */
export function createBlankScreen(onHide: () => void): BlankScreen {
  const element = h('dialog', { class: 'present-blank' }) as HTMLDialogElement;
  element.addEventListener('click', () => hide());
  // Esc reaches the dialog only if the tour's key handler let it through: close as for any key.
  element.addEventListener('cancel', (e) => {
    e.preventDefault();
    hide();
  });
  function hide(): void {
    if (!element.open) return;
    element.close();
    onHide();
  }
  return {
    element,
    get shown() {
      return element.open;
    },
    show(colour, label) {
      element.dataset.colour = colour;
      // What a screen reader says: the screen is blank on purpose, and how to bring it back.
      element.setAttribute('aria-label', label);
      if (!element.open) element.showModal();
    },
    hide,
  };
}

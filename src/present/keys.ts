// What a key does in the tour. Clickers send PageDown/PageUp (some send arrows), and B or . from
// their "blank screen" button; keyboards use arrows, Space, Home, End and Esc, and slide software's
// B/. (black screen) and W/, (white screen).
export type TourAction = 'next' | 'prev' | 'first' | 'last' | 'leave' | 'play' | 'fullscreen' | 'black' | 'white';

export interface KeyInfo {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  /** The focused element is a text field: its keys are its own. */
  inTextField: boolean;
  /** The focused element is a button or link: Space and Enter press it. */
  onControl: boolean;
}

export function actionForKey(k: KeyInfo): TourAction | null {
  if (k.altKey || k.ctrlKey || k.metaKey || k.inTextField) return null;
  switch (k.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      // Space presses a focused button; elsewhere it is "next", as in slide software (Shift+Space: back).
      return k.onControl ? null : k.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    case 'p':
    case 'P':
      return 'play';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'w':
    case 'W':
    case ',':
      return 'white';
    default:
      return null;
  }
}

/** What actionForKey needs of a key press on the page. */
export function keyInfo(e: KeyboardEvent): KeyInfo {
  const target = e.target instanceof Element ? e.target : null;
  return {
    key: e.key,
    altKey: e.altKey,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    shiftKey: e.shiftKey,
    inTextField: !!target?.closest('input, textarea, select, [contenteditable="true"]'),
    onControl: !!target?.closest('button, a[href], summary'),
  };
}

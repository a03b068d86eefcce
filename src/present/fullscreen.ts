// Full screen is a wish, not a precondition: browsers refuse it without a user gesture
// (a deep link, headless Chromium), and the tour works the same in a window.
export function isFullscreen(): boolean {
  return document.fullscreenElement !== null;
}

export async function enterFullscreen(): Promise<boolean> {
  if (isFullscreen() || !document.fullscreenEnabled) return isFullscreen();
  try {
    await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!isFullscreen()) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (the reader pressed Esc): nothing to do.
  }
}

/** Calls back when the browser leaves full screen (Esc in full screen never reaches the page). */
export function onFullscreenExit(callback: () => void): void {
  document.addEventListener('fullscreenchange', () => {
    if (!isFullscreen()) callback();
  });
}

// Autoplay pace: long enough to look at the map and read the card aloud-ish.
// A fixed beat either rushes a long pairing or drags on the overview, so it follows the text.
import type { Lang } from '../i18n/strings';

export const MIN_DWELL_MS = 8_000;
export const MAX_DWELL_MS = 30_000;
/** Seconds to look at the map before reading. */
const LOOK_MS = 5_000;
/** Comfortable reading speed from a screen across a room: ~6 Chinese characters or ~15 Latin letters a second. */
const PER_CHAR_MS: Record<Lang, number> = { zh: 170, en: 65 };

export function dwellMs(text: string, lang: Lang): number {
  const chars = text.replace(/\s+/g, ' ').trim().length;
  return Math.round(Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, LOOK_MS + chars * PER_CHAR_MS[lang])));
}

/** One pending advance at a time; restarting replaces it. */
export function createTimer(onDue: () => void) {
  let handle: ReturnType<typeof setTimeout> | null = null;
  return {
    start(ms: number): void {
      this.stop();
      handle = setTimeout(() => {
        handle = null;
        onDue();
      }, ms);
    },
    stop(): void {
      if (handle !== null) clearTimeout(handle);
      handle = null;
    },
    get running(): boolean {
      return handle !== null;
    },
  };
}

// The first frame shows the header in the page's language (public/boot.js, src/i18n/page-words.ts):
// index.html is Chinese, and an English page had its header laid out and shown in Chinese first,
// then again in English when the app rendered. The app then finds the words in place and leaves
// them alone (no second layout of the header).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __firstFrame?: { lang: string; title: string; button: string; buttonLang: string | null };
    __headerChanges?: number;
  }
}

/** Records the header at the page's first animation frame, and counts the changes to its words after. */
function watchFirstFrame() {
  requestAnimationFrame(() => {
    const button = document.getElementById('lang-switch');
    window.__firstFrame = { lang: document.documentElement.lang, title: document.getElementById('title')?.textContent ?? '', button: button?.textContent ?? '', buttonLang: button?.getAttribute('lang') ?? null };
    window.__headerChanges = 0;
    const count = (records: MutationRecord[]) => (window.__headerChanges! += records.length);
    for (const id of ['title', 'subtitle', 'lang-switch']) new MutationObserver(count).observe(document.getElementById(id)!, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['lang', 'aria-label'] });
  });
}

describe('the first frame is in the page’s language', () => {
  const cases = [
    { name: 'an English browser', locale: 'en-US', path: '', lang: 'en', title: 'Tianjin–Changchun Pairing Map', button: '中文', buttonLang: 'zh-CN' },
    { name: 'a Chinese browser', locale: 'zh-CN', path: '', lang: 'zh-CN', title: '津长对口合作地图', button: 'English', buttonLang: 'en' },
    { name: 'an English browser, a link to Chinese', locale: 'en-US', path: '#lang=zh', lang: 'zh-CN', title: '津长对口合作地图', button: 'English', buttonLang: 'en' },
    { name: 'a Chinese browser, a link to English in the query', locale: 'zh-CN', path: '?lang=en', lang: 'en', title: 'Tianjin–Changchun Pairing Map', button: '中文', buttonLang: 'zh-CN' },
  ];
  for (const c of cases) {
    it(`${c.name}${c.path ? ` (${c.path})` : ''}`, async () => {
      const { page } = await openPage(browser, { locale: c.locale, path: c.path, initScript: watchFirstFrame });
      await page.locator('html.is-ready').waitFor({ state: 'attached' });
      const first = await page.evaluate(() => window.__firstFrame);
      expect(first).toEqual({ lang: c.lang, title: c.title, button: c.button, buttonLang: c.buttonLang });
      // The app rendered the same words: it changed nothing in the header.
      expect(await page.evaluate(() => window.__headerChanges)).toBe(0);
      expect(await page.evaluate(() => [document.documentElement.lang, document.getElementById('title')!.textContent])).toEqual([c.lang, c.title]);
      await page.context().close();
    });
  }
});

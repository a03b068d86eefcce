// The page's words outside the views (src/i18n/page-words.ts): index.html carries the Chinese ones,
// the built public/boot.js the English ones (config/geo-preload.ts), so the app finds either in
// place and changes nothing in the header (tests/browser/first-frame.test.ts checks the page).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWords } from '../../src/i18n/page-words';
import { bootPageWords } from '../../config/geo-preload';

const ROOT = resolve(import.meta.dirname, '../..');

/** An element of index.html by id: its attributes and its text. */
function element(html: string, id: string): { attrs: Record<string, string>; text: string } {
  const m = html.match(new RegExp(`<(\\w+) ([^>]*\\bid="${id}"[^>]*)>([^<]*)</\\1>`));
  if (!m) throw new Error(`index.html has no element #${id} with plain text`);
  const attrs = Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
  return { attrs, text: m[3]! };
}

describe('page words', () => {
  const html = readFileSync(resolve(ROOT, 'index.html'), 'utf8');

  it("index.html is written in the Chinese page's words, so the app changes nothing there", () => {
    const zh = pageWords('zh');
    expect(html).toMatch(new RegExp(`<html lang="${zh.htmlLang}">`));
    expect(html).toContain(`<title>${zh.documentTitle}</title>`);
    for (const [id, text] of Object.entries(zh.text)) expect(element(html, id).text, id).toBe(text);
    for (const [id, attrs] of Object.entries(zh.attrs)) for (const [name, value] of Object.entries(attrs)) expect(element(html, id).attrs[name], `${id} ${name}`).toBe(value);
  });

  it('boot.js gets the English words, which differ from the HTML', () => {
    const en = bootPageWords().en;
    expect(en).toEqual(pageWords('en'));
    expect(en.htmlLang).toBe('en');
    expect(en.text.title).not.toBe(pageWords('zh').text.title);
  });

  it('public/boot.js has the place the build writes them into', () => {
    expect(readFileSync(resolve(ROOT, 'public/boot.js'), 'utf8')).toContain('var PAGE_WORDS = {};');
  });

  const BUILT = resolve(ROOT, 'dist/boot.js');
  it.skipIf(!existsSync(BUILT))('the built boot.js carries them', () => {
    const built = readFileSync(BUILT, 'utf8');
    for (const text of Object.values(pageWords('en').text)) expect(built).toContain(text);
  });
});

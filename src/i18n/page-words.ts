// The page's own words outside the views (the header, the footer's summary, the document's title
// and language) in one language. src/app.ts writes them on every render, touching only what
// differs; public/boot.js writes the English ones before the first frame for a reader whose page
// will be English (config/geo-preload.ts puts them into the built boot.js), so the header is laid
// out once, in the reader's language, instead of in Chinese from the HTML and then again.
import { STRINGS, type Lang } from './strings';

export interface PageWords {
  /** `<html lang>` */
  htmlLang: string;
  documentTitle: string;
  /** Each element's text, by id (elements of index.html). */
  text: Record<string, string>;
  /** Each element's attributes, by id. */
  attrs: Record<string, Record<string, string>>;
}

export function pageWords(lang: Lang): PageWords {
  const t = STRINGS[lang];
  return {
    htmlLang: lang === 'zh' ? 'zh-CN' : 'en',
    documentTitle: `${t.title} · ${STRINGS[lang === 'zh' ? 'en' : 'zh'].title}`,
    text: { title: t.title, subtitle: t.subtitle, 'lang-switch': t.langSwitch, 'toolbar-more': t.more, 'about-summary': t.about },
    // The switch names the other language, in that language.
    attrs: { 'lang-switch': { lang: lang === 'zh' ? 'en' : 'zh-CN', 'aria-label': t.langSwitchLabel } },
  };
}

/**
 * Writes the words into the page, setting only what differs: a text set again, even to the same
 * words, is laid out again (the whole header, ≈ 15–25 ms at 4× CPU in the start-up).
 */
export function writePageWords(words: PageWords, doc: Document = document): void {
  const root = doc.documentElement;
  if (root.getAttribute('lang') !== words.htmlLang) root.setAttribute('lang', words.htmlLang);
  if (doc.title !== words.documentTitle) doc.title = words.documentTitle;
  for (const [id, text] of Object.entries(words.text)) {
    const el = doc.getElementById(id);
    if (el && el.textContent !== text) el.textContent = text;
  }
  for (const [id, attrs] of Object.entries(words.attrs)) {
    const el = doc.getElementById(id);
    for (const [name, value] of Object.entries(attrs)) if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}

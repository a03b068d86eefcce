// Citations in the national panel and the timeline: short inline (黑粤方案 §四(一)1) and full lists.
import type { Content } from '../content/index';
import type { SourceRef } from '../content/schema';
import type { Lang } from '../i18n/strings';
import { h } from '../views/dom';
import { fullSource, uniqueSources } from '../views/format';
import { NATIONAL_STRINGS } from './strings';

export function cite(sources: SourceRef[], lang: Lang): HTMLElement {
  const t = NATIONAL_STRINGS[lang];
  return h(
    'span',
    { class: 'cite' },
    sources.flatMap((s, i) => [i ? t.separator : '', h('span', { 'data-doc': s.doc, 'data-section': s.section }, t.docShort[s.doc] ? `${t.docShort[s.doc]} ${s.section}` : t.news)]),
  );
}

export function sourcesList(content: Content, lists: SourceRef[][], lang: Lang): HTMLElement {
  return h(
    'section',
    { class: 'sources' },
    h('h3', {}, NATIONAL_STRINGS[lang].sources),
    h('ul', {}, uniqueSources(lists).map((s) => {
      const { title, detail, url } = fullSource(content, s, lang);
      return h('li', { 'data-doc': s.doc }, h('cite', {}, title), ' ', h('span', {}, detail), url ? [' ', h('a', { href: url, rel: 'noopener noreferrer', class: 'source-url' }, url)] : null);
    })),
  );
}

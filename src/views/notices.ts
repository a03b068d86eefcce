// Short, dismissible messages for input we could not use (a bad link, unknown pair). The words
// come from whoever defined the notice's kind (a URL field, a feature): see UrlCodec.noticeText.
import type { Notice } from '../state/app-state';
import { STRINGS, type Lang } from '../i18n/strings';
import { h } from './dom';
import { LOAD_STRINGS } from '../load/strings';

export type NoticeTextOf = (notice: Notice, lang: Lang) => string;

export function showNotices(container: HTMLElement, notices: Notice[], lang: Lang, textOf: NoticeTextOf): void {
  if (!notices.length) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  container.replaceChildren(
    // A part that only a reload can bring (src/load/notices.ts) offers one.
    ...notices.map((n) => h('p', { class: 'notice', 'data-notice': n.kind }, textOf(n, lang), ...(n.reload ? [' ', h('button', { type: 'button', class: 'notice-reload', onclick: () => location.reload() }, LOAD_STRINGS[lang].reload)] : []))),
    h('button', { type: 'button', class: 'notice-dismiss', onclick: () => showNotices(container, [], lang, textOf) }, STRINGS[lang].noticeDismiss),
  );
}

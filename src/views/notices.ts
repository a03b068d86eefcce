// Short, dismissible messages for input we could not use (a bad link, unknown pair).
import type { Notice } from '../state/app-state';
import { STRINGS, type Lang } from '../i18n/strings';
import { h } from './dom';
import { EMBED_STRINGS } from '../embed/strings';
import { NATIONAL_STRINGS } from '../national/strings';

export function noticeText(n: Notice, lang: Lang): string {
  const t = STRINGS[lang];
  switch (n.kind) {
    case 'unknown-pair':
      return t.noticeUnknownPair(n.value);
    case 'unknown-place':
      return t.noticeUnknownPlace(n.value);
    case 'unknown-lang':
      return t.noticeUnknownLang(n.value);
    case 'unknown-view':
      return t.noticeUnknownView(n.value);
    case 'unknown-national':
      return NATIONAL_STRINGS[lang].noticeUnknownNational(n.value);
    case 'unknown-event':
      return NATIONAL_STRINGS[lang].noticeUnknownEvent(n.value);
    case 'malformed':
      return t.noticeMalformed;
    case 'unknown-embed':
      return EMBED_STRINGS[lang].noticeUnknownEmbed(n.value);
    case 'bad-message':
      return EMBED_STRINGS[lang].noticeBadMessage;
  }
}

export function showNotices(container: HTMLElement, notices: Notice[], lang: Lang): void {
  if (!notices.length) {
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  container.replaceChildren(
    ...notices.map((n) => h('p', { class: 'notice', 'data-notice': n.kind }, noticeText(n, lang))),
    h('button', { type: 'button', class: 'notice-dismiss', onclick: () => showNotices(container, [], lang) }, STRINGS[lang].noticeDismiss),
  );
}

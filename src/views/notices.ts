// Short, dismissible messages for input we could not use (a bad link, unknown pair).
import type { Notice } from '../state/app-state';
import { STRINGS, type Lang } from '../i18n/strings';
import { PRESENT_STRINGS } from '../i18n/present';
import { h } from './dom';
import { GEO_STRINGS } from '../geo-view/strings';
import { EMBED_STRINGS } from '../embed/strings';
import { NATIONAL_STRINGS } from '../national/strings';
import { FIND_STRINGS } from '../find/strings';

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
    case 'unknown-basemap':
      return GEO_STRINGS[lang].noticeUnknownBasemap(n.value);
    case 'unknown-national':
      return NATIONAL_STRINGS[lang].noticeUnknownNational(n.value);
    case 'unknown-event':
      return NATIONAL_STRINGS[lang].noticeUnknownEvent(n.value);
    case 'malformed':
      return t.noticeMalformed;
    case 'unknown-mode':
      return PRESENT_STRINGS[lang].noticeUnknownMode(n.value);
    case 'bad-step':
      return PRESENT_STRINGS[lang].noticeBadStep(n.value, n.steps);
    case 'bad-play':
      return PRESENT_STRINGS[lang].noticeBadPlay(n.value);
    case 'unknown-embed':
      return EMBED_STRINGS[lang].noticeUnknownEmbed(n.value);
    case 'bad-message':
      return EMBED_STRINGS[lang].noticeBadMessage;
    case 'unknown-task':
      return FIND_STRINGS[lang].noticeUnknownTask(n.value);
    case 'unknown-group':
      return FIND_STRINGS[lang].noticeUnknownGroup(n.value);
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

// Embed mode (`#embed=1`): the page without its chrome, a compact source line with a link to
// the full map, cooperative gestures, height messages to the parent and parent messages in.
// Loaded only in an embed (install.ts): a link that asks for one fetches it with the boundaries.
import './embed.css';
import type { AppContext } from '../app-context';
import type { AppState } from '../state/app-state';
import { h } from '../views/dom';
import { MODE_STRINGS } from './mode-strings';
import { fullUrl, siteUrl } from './snippet';
import { startHeightMessages } from './height-message';
import { parseParentMessage } from './parent-message';
import { installGestureHint } from './gesture-hint';
import { hashAsksForEmbed } from './early';
import { loadOnce, loadFailed } from '../load/bounded';

/** The compact card's code (embed-card.ts), fetched once embed mode is on. */
const cardCode = loadOnce(() => import('./embed-card'), 'embed-card.js');

export function installEmbedMode(app: AppContext): void {
  const source = h('span', { class: 'embed-source' });
  const open = h('a', { class: 'embed-open', target: '_blank', rel: 'noopener' });
  const footer = h('p', { class: 'embed-footer' }, source, ' ', open);
  footer.hidden = true;
  app.mount('body', footer);
  // Features add to the source line (the export's data link) whatever order they install in.
  app.provide('embed-source', footer);
  // In place of the panel (hidden in an embed): the compact card, right under the map. Its place
  // (a fixed height, embed.css) is there from the first paint; its code loads only in an embed.
  const card = h('section', { class: 'embed-card' });
  app.elements.panel.after(card);
  let fillCard: ((state: AppState) => void) | null = null;
  /** The card's code failed to load: the card stays away, the footer's "open the full map" shows, a notice says why (a reload tries again). */
  let cardFailed = false;
  const inFrame = window.parent !== window;
  /**
   * Embed mode, once on, stays on: no message, link or hash (however malformed) can turn an
   * article's iframe into the full page, which is sized by the viewport and would feed its height
   * back through the height messages.
   */
  let embedded = app.store.get().embed || hashAsksForEmbed(location.hash);
  let postHeight: (() => void) | null = null;
  let shown: string | null = null;

  installGestureHint(app.elements.map, () => app.store.get().embed, () => MODE_STRINGS[app.store.get().lang].gestureHint);

  /** The compact source line: the document behind what the embed shows, from the content. */
  const sourceLine = (state: AppState): string => {
    const id = app.view(state.view).sources[0]?.doc ?? 'plan2018';
    const d = app.model.content.documents.find((x) => x.id === id)!;
    // The issuer by its abbreviation where it has one ("NDRC"): the line must stay short in a column.
    const issuerEn = /\(([A-Z]{2,})\)$/.exec(d.issuer.en)?.[1] ?? d.issuer.en;
    return state.lang === 'zh'
      ? `${MODE_STRINGS.zh.sourcePrefix}${d.issuer.zh}《${d.title.zh}》（${d.number ?? ''}）`
      : `${MODE_STRINGS.en.sourcePrefix}${issuerEn}, ${d.title.en} (${d.number ?? ''})`;
  };

  // Draw for the current state now (installed before the first render, or later when a page becomes an embed), then on every render.
  const render = (state: AppState) => {
    if (embedded && !state.embed) {
      // The URL lost `embed` (a bad hash from the parent, Back in the frame): put it back, after
      // this render has reached every feature (a nested render would leave them the stale state).
      queueMicrotask(() => app.store.get().embed || app.store.set({ embed: true }));
    }
    embedded ||= state.embed;
    const t = MODE_STRINGS[state.lang];
    document.documentElement.classList.toggle('is-embed', embedded);
    footer.hidden = !embedded;
    // The card lists the pairings and their selection: under a view that draws them (the national
    // view has its own panel).
    card.hidden = !embedded || !app.view(state.view).showsPairings || cardFailed;
    if (embedded && !fillCard) {
      fillCard = () => {};
      cardCode.get().then(
        (m) => {
          fillCard = m.fillEmbedCard(app, card, (s) => fullUrl(siteUrl(location.href), s, app.url.serialize));
          if (!card.hidden) fillCard(app.store.get());
        },
        (error: unknown) => {
          // An empty card said nothing (an unhandled rejection): the map and the chart stand, the
          // source line links to the full map, and the notice names the file.
          console.error(error);
          cardFailed = true;
          render(app.store.get());
          app.report(loadFailed('embed', error));
        },
      );
    }
    if (!card.hidden) fillCard?.(state);
    source.textContent = sourceLine(state);
    open.textContent = `${t.openFull} ↗`;
    open.setAttribute('aria-label', t.openFullLabel);
    open.href = fullUrl(siteUrl(location.href), state, app.url.serialize);
    // The card has its own "open the full map": one is enough in a short frame.
    open.hidden = !card.hidden;
    if (embedded && inFrame) postHeight ??= startHeightMessages(window.parent, app);
    // The embed's panel scrolls inside a fixed height: a new selection starts at its top.
    const selected = state.pair ?? state.place;
    if (embedded && selected !== shown) app.elements.panel.scrollTop = 0;
    shown = selected;
  };
  app.onRender(render);
  render(app.store.get());

  window.addEventListener('message', (event) => {
    // Only the page that embeds us may steer us; everything else is not for us.
    if (!inFrame || event.source !== window.parent || !embedded) return;
    const message = parseParentMessage(event.data);
    if (!message) return;
    if (message.kind === 'height-request') postHeight?.();
    else if (message.kind === 'invalid') app.notify([{ kind: 'bad-message' }]);
    else {
      // Read like a link, through the app's own hash handling (notices included); stay embedded.
      const hash = `#${message.hash.replace(/^#/, '')}&embed=1`;
      location.replace(hash);
    }
  });
}

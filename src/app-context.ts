// What a feature (presentation mode, embed, export, search …) gets to plug itself in:
// the model, the store, the page's fixed elements, and a way to hear every render.
import type { Lang } from './i18n/strings';
import type { Model } from './model/build-model';
import type { AppState, Notice } from './state/app-state';
import type { Store } from './state/store';
import type { UrlCodec } from './state/url';
import type { ViewDefinition } from './views/view-registry';

export interface AppElements {
  /** Header toolbar: features add their buttons here. */
  toolbar: HTMLElement;
  map: HTMLElement;
  panel: HTMLElement;
  notices: HTMLElement;
}

/**
 * Named places for features' elements (see src/slots.ts for their order on the page):
 * - `toolbar`: a button in the header's toolbar; `header`: a row of the header; `footer`: the site footer;
 * - `body`: the end of the page (dialogs); `skip`: the start of the page (skip links);
 * - `embed-source`: the embed's source line (provided by src/embed);
 * - right after the map: `map-legend`, `present-stage`; after the map and panel: `timeline`,
 *   `pairings-table`, `print-footer`, `present-bar`.
 */
export type Slot =
  | 'toolbar'
  | 'header'
  | 'footer'
  | 'body'
  | 'skip'
  | 'embed-source'
  | 'map-legend'
  | 'present-stage'
  | 'timeline'
  | 'pairings-table'
  | 'print-footer'
  | 'present-bar';

/** How the page is being shown, read from the state in one place (src/app.ts). */
export interface AppEnv {
  /** In another page's iframe (`#embed=1`): no page chrome, cooperative gestures. */
  readonly embedded: boolean;
  /** The presentation tour is on. */
  readonly presenting: boolean;
  readonly lang: Lang;
  /** The page is on screen: main.ts shows it (`show()`) once the first render's drawing is whole (the features install before it). */
  readonly shown: boolean;
}

export interface AppContext {
  model: Model;
  store: Store<AppState>;
  elements: AppElements;
  /** The URL's keys: `url.serialize(state)` is the link to a state. */
  url: UrlCodec;
  /** The ways of looking at the map, the default first. */
  views: readonly ViewDefinition[];
  /** The definition of a view by id (the default view for an unknown id): ask it, never switch on ids. */
  view(id: string): ViewDefinition;
  /** The environment now (live: read it when needed, not once). */
  readonly env: AppEnv;
  /** Puts a feature's element in its named place; the order of install lines does not matter. */
  mount(slot: Slot, element: HTMLElement): void;
  /** Makes `container` the place of `slot` (e.g. the embed's source line); elements mounted earlier move in. */
  provide(slot: Slot, container: HTMLElement): void;
  /** Shows notices (replacing the current ones) in the current language. */
  notify(notices: Notice[]): void;
  /** Adds one notice to those shown (a part that failed to load), keeping the link's own. */
  report(notice: Notice): void;
  /** Called after every render, with the state just drawn. */
  onRender(listener: (state: AppState) => void): void;
  /**
   * The state changes made until the next task bring a URL that arrived earlier in line (a part
   * whose code came after the URL, such as the tour for a link to a step): they replace its
   * history entry instead of adding one, as the corrections made when it arrived do.
   */
  settle(): void;
  /**
   * Settles when the view's latest drawing is complete (a view may split it over tasks while the
   * page is hidden). The same promise until a new drawing begins.
   */
  drawn(): Promise<void>;
  /** Shows the page, in its final layout, in one paint (styles.css, "Nothing moves after it appears"). */
  show(): void;
  /** Calls `listener` once the page is shown (at once if it is): what must measure the page as the reader sees it (an embed's height). */
  onShow(listener: () => void): void;
}

// What a feature (presentation mode, embed, export, search …) gets to plug itself in:
// the model, the store, the page's fixed elements, and a way to hear every render.
import type { Model } from './model/build-model';
import type { AppState, Notice } from './state/app-state';
import type { Store } from './state/store';
import type { UrlCodec } from './state/url';

export interface AppElements {
  /** Header toolbar: features add their buttons here. */
  toolbar: HTMLElement;
  map: HTMLElement;
  panel: HTMLElement;
  notices: HTMLElement;
}

export interface AppContext {
  model: Model;
  store: Store<AppState>;
  elements: AppElements;
  /** The URL's keys: `url.serialize(state)` is the link to a state. */
  url: UrlCodec;
  /** Shows notices (replacing the current ones) in the current language. */
  notify(notices: Notice[]): void;
  /** Called after every render, with the state just drawn. */
  onRender(listener: (state: AppState) => void): void;
}

// The ways of looking at the map (paired, and later geographic, national) share one
// contract, so the app can switch between them and keep every other piece of state.
import type { Text } from '../content/schema';
import type { Model } from '../model/build-model';
import type { AppState } from '../state/app-state';

/** What a view may ask of the app. */
export interface ViewEvents {
  selectPair(id: string | null): void;
  selectPlace(id: string): void;
  /** Pairings or parties under the pointer, for the panel to echo. */
  hover(ids: string[]): void;
  /** Any other change of state (the national view opens the paired view, selects a national pairing). */
  setState(patch: Partial<AppState>): void;
}

export interface ViewInstance {
  update(state: AppState): void;
  /** Highlights pairings hovered elsewhere (the panel list). */
  hover(ids: string[]): void;
  destroy(): void;
}

export interface ViewDefinition {
  /** The value of `#view=…`. */
  id: string;
  label: Text;
  /** Must be cheap: a heavy view imports its code lazily inside. */
  create(container: HTMLElement, model: Model, events: ViewEvents): ViewInstance;
}

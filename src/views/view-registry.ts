// The ways of looking at the map (paired, geographic, national) share one contract, so the app
// can switch between them and keep every other piece of state, and so features (export, embed,
// search, the legend) ask the view what they need instead of switching on its id.
import type { SourceRef, Text } from '../content/schema';
import type { Lang } from '../i18n/strings';
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
  /** How the page is shown now: read `env().embedded` instead of looking for a class on the page. */
  env(): ViewEnv;
  /**
   * The view has room inside the map for the page's key (an element it sizes and places, which
   * the page fills with its legend), or none any more (null): the legend goes back under the map.
   */
  room?(place: HTMLElement | null): void;
}

export interface ViewEnv {
  readonly embedded: boolean;
  readonly presenting: boolean;
  /** Drawn for a figure (the export): the final state at once, no animated zoom to be caught half-way. */
  readonly still?: boolean;
  /** The page is on screen. Until then (the first render) a view may leave what the first look does not need to a later task. */
  readonly shown?: boolean;
}

export interface ViewInstance {
  update(state: AppState): void;
  /** Highlights pairings hovered elsewhere (the panel list). */
  hover(ids: string[]): void;
  /**
   * Settles when the drawing is complete. While the page is hidden (env().shown false) a view may
   * split its first drawing over several tasks; the app shows the page only after this. Absent:
   * drawn by `update` itself.
   */
  drawn?(): Promise<void>;
  destroy(): void;
}

/** One entry of a picture's legend: a symbol and what it stands for. */
export interface LegendItem {
  symbol: 'fill' | 'line' | 'diamond' | 'circle';
  fill?: string;
  stroke?: string;
  dash?: string;
  width?: number;
  label: string;
}

export interface ViewDefinition {
  /** The value of `#view=…`. */
  id: string;
  label: Text;
  /** Must be cheap: a heavy view imports its code lazily inside. */
  create(container: HTMLElement, model: Model, events: ViewEvents): ViewInstance;
  /**
   * Whether it draws the pairings of plan2018 §三(四)15: a search result or a selected pairing
   * stays in it; from a view that does not, a search result opens the first view that does.
   */
  showsPairings: boolean;
  /** Whether the page's legend (src/legend) describes it; a view with a legend of its own says false. */
  usesPageLegend: boolean;
  /**
   * False for a view with a panel of its own: the page's side panel (the pairings, their focus
   * areas, results, sources) is then hidden and not built at all on each of its renders, which
   * was a third of the national view's first render on a phone. Absent: true.
   */
  usesPagePanel?: boolean;
  /**
   * How to read it, in one line (the tour's overview card says it, and a pairing's card in a view
   * that does not draw the pairings): true of this view, so a card never describes another one.
   */
  reading: Text;
  /** A picture's title for the view (the export's subtitle). */
  title: Text;
  /** The documents behind what the view shows: cited by the export and the embed's source line. */
  sources: SourceRef[];
  /** Where its outlines come from, for the schematic-map note. */
  boundaries: Text;
  /** How it appears in an exported picture: imported on the first export, not in the first paint. */
  picture(): Promise<ViewPicture>;
}

export interface ViewPicture {
  /**
   * Height ÷ width of the box the view is drawn in for a figure (a view, or an arrangement, that
   * takes its height from its content ignores the height).
   */
  aspect: number;
  /**
   * Draws the view afresh for a figure in `stage` (off screen, the figure's size; never a copy of
   * the screen) and resolves with its SVG once drawn. src/views/figure.ts has the common cases.
   */
  draw(stage: HTMLElement, figure: FigureInput): Promise<SVGSVGElement>;
  /** The symbols of an exported picture of the view (colours in the light palette). */
  legend(lang: Lang, options: { selected: boolean }): LegendItem[];
}

/** What a view is drawn with for a figure. */
export interface FigureInput {
  /** The view's own `create` (ViewDefinition.create), for a view drawn as on the page. */
  create: ViewDefinition['create'];
  model: Model;
  /** The state to draw (the export clears what is transient: hover, filter). */
  state: AppState;
  /** Events that go nowhere, and an env that says `still`. */
  events: ViewEvents;
  /** Registers what to undo when the figure is done, drawn or not (destroy the view, stop watching). */
  release(undo: () => void): void;
}

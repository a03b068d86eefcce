// A view drawn for a figure (the export), off screen. Each view's picture says how it is drawn
// (ViewPicture.draw); the export owns the stage, the time a drawing may take and the clean-up.
import type { FigureInput } from './view-registry';

/**
 * Resolves with the first `selector` inside `root` once it is there (a view may draw after a
 * chunk or a file has loaded). Stops watching when the figure is released, drawn or not.
 */
export function whenDrawn<T extends Element>(root: HTMLElement, selector: string, figure: FigureInput): Promise<T> {
  return new Promise((resolve) => {
    const now = root.querySelector<T>(selector);
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const el = root.querySelector<T>(selector);
      if (!el) return;
      observer.disconnect();
      resolve(el);
    });
    observer.observe(root, { childList: true, subtree: true });
    figure.release(() => observer.disconnect());
  });
}

/**
 * The figure of a view that draws itself as on the page: its own `create` in the stage with the
 * figure's state, done once an element matching `selector` is in its SVG.
 */
export function drawnInPlace(selector: string) {
  return async (stage: HTMLElement, figure: FigureInput): Promise<SVGSVGElement> => {
    const view = figure.create(stage, figure.model, figure.events);
    figure.release(() => view.destroy());
    view.update(figure.state);
    const el = await whenDrawn<SVGElement>(stage, selector, figure);
    return el instanceof SVGSVGElement ? el : el.ownerSVGElement!;
  };
}

// A view whose code loads when it is first opened: the registry's entry stays small (its id,
// label, reading …) and `create` draws a holder with a loading line until the code is here, then
// the view itself in its place. A link that opens the view fetches the code with the boundaries
// (preload), so the first render creates the real view at once, with no holder to replace.
import type { AppState } from '../state/app-state';
import type { ViewDefinition, ViewInstance } from '../views/view-registry';
import { h } from '../views/dom';
import { needsReload, reason, type LoadOnce } from './bounded';
import { LOAD_STRINGS, type LoadPart } from './strings';

type Create = ViewDefinition['create'];

export interface LazyCreate {
  create: Create;
  /** Starts fetching the code; settles (never rejects) when it is here or has failed. */
  preload(): Promise<void>;
}

/** @param code the view's `create`, through loadOnce: the next time the view is opened after a failure, it asks again. */
export function lazyCreate(code: LoadOnce<Create>, part: LoadPart): LazyCreate {
  const { get, loaded } = code;

  return {
    preload: () => get().then(
      () => undefined,
      () => undefined,
    ),
    create(container, model, events) {
      const ready = loaded();
      if (ready) return ready(container, model, events);
      // An overlay of the map's box (styles.css): the view replaces it without moving anything.
      const line = h('p', { class: 'view-holder-line', role: 'status' });
      const holder = h('div', { class: 'view-holder', 'aria-busy': 'true', 'data-part': part }, line);
      container.append(holder);
      let inner: ViewInstance | null = null;
      let last: AppState | null = null;
      let hovered: string[] = [];
      let failure: string | null = null;
      /** Only a reload can bring it (a shared chunk failed): the holder says so. */
      let reload = false;
      let destroyed = false;
      const say = (lang: AppState['lang']) => {
        const t = LOAD_STRINGS[lang];
        line.textContent = failure ? t.failed(t.part[part], failure, reload) : t.loading(t.part[part]);
      };
      get().then(
        (create) => {
          if (destroyed) return;
          holder.remove();
          inner = create(container, model, events);
          if (last) inner.update(last);
          if (hovered.length) inner.hover(hovered);
        },
        (error: unknown) => {
          if (destroyed) return;
          console.error(error);
          failure = reason(error);
          reload = needsReload(error);
          holder.removeAttribute('aria-busy');
          holder.classList.add('has-error');
          say(last?.lang ?? 'zh');
        },
      );
      return {
        update(state) {
          last = state;
          if (inner) inner.update(state);
          else say(state.lang);
        },
        hover(ids) {
          hovered = ids;
          inner?.hover(ids);
        },
        destroy() {
          destroyed = true;
          inner?.destroy();
          holder.remove();
        },
      };
    },
  };
}

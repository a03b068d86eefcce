// Named places where features put their elements, so no feature looks for another's element and
// the order of the install lines in main.ts does not matter: the order on the page is set here.
import type { Slot } from './app-context';

/** Elements placed one after another right after an anchor, in this order whatever order they arrive in. */
const SEQUENCES: Record<string, { anchor: 'map' | 'main'; order: Slot[] }> = {
  map: { anchor: 'map', order: ['map-legend', 'present-stage'] },
  main: { anchor: 'main', order: ['timeline', 'pairings-table', 'print-footer', 'present-bar'] },
};

export function createSlots(anchors: { map: HTMLElement; main: HTMLElement }, containers: Partial<Record<Slot, HTMLElement>>) {
  const provided = new Map<Slot, HTMLElement>(Object.entries(containers) as [Slot, HTMLElement][]);
  const waiting = new Map<Slot, HTMLElement[]>();
  /** Elements placed in a sequence, by slot, so that they can be docked elsewhere and come back. */
  const sequenced = new Map<Slot, HTMLElement[]>();
  /**
   * Where a sequence slot is docked now. Remembered, so that an element mounted after the view
   * offered its room goes straight there: a view may draw (and dock) before an element arrives (a
   * feature installed later, the tour's stage on its first click).
   */
  const docks = new Map<Slot, HTMLElement>();
  const dockInto = (container: HTMLElement, element: HTMLElement) => {
    element.dataset.docked = '';
    container.append(element);
  };

  function placeInSequence(slot: Slot, element: HTMLElement): boolean {
    for (const sequence of Object.values(SEQUENCES)) {
      const rank = sequence.order.indexOf(slot);
      if (rank < 0) continue;
      element.dataset.slot = slot;
      // After the anchor and every element of this sequence that comes before it.
      let after: Element = anchors[sequence.anchor];
      for (let next = after.nextElementSibling; next instanceof HTMLElement && next.dataset.slot && sequence.order.indexOf(next.dataset.slot as Slot) <= rank; next = next.nextElementSibling) after = next;
      after.after(element);
      return true;
    }
    return false;
  }

  return {
    mount(slot: Slot, element: HTMLElement): void {
      if (placeInSequence(slot, element)) {
        sequenced.set(slot, [...(sequenced.get(slot) ?? []), element]);
        const dock = docks.get(slot);
        if (dock) dockInto(dock, element);
        return;
      }
      const container = provided.get(slot);
      if (container) container.append(element);
      else waiting.set(slot, [...(waiting.get(slot) ?? []), element]);
    },
    /** Moves a sequence slot's elements into `container` (a view's room for them), or back to their place (null). */
    dock(slot: Slot, container: HTMLElement | null): void {
      if (container) docks.set(slot, container);
      else docks.delete(slot);
      for (const element of sequenced.get(slot) ?? []) {
        if (container) dockInto(container, element);
        else if (element.dataset.docked !== undefined) {
          delete element.dataset.docked;
          placeInSequence(slot, element);
        }
      }
    },
    provide(slot: Slot, container: HTMLElement): void {
      provided.set(slot, container);
      container.append(...(waiting.get(slot) ?? []));
      waiting.delete(slot);
    },
  };
}

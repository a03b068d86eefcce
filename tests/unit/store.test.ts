import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/state/store';

describe('createStore', () => {
  it('notifies subscribers with the new and previous state', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen: [number, number][] = [];
    store.subscribe((s, prev) => seen.push([s.a, prev.a]));
    store.set({ a: 2 });
    expect(store.get()).toEqual({ a: 2, b: 'x' });
    expect(seen).toEqual([[2, 1]]);
  });

  it('does not notify when nothing changes', () => {
    const store = createStore({ a: 1 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ a: 1 });
    expect(calls).toBe(0);
  });
});

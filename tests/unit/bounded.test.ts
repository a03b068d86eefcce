// The lazy parts' loader (src/load/bounded.ts): the notice names a failed chunk's file, and the
// next ask after a failure asks for that file again.
import { describe, expect, it, vi } from 'vitest';
import { loadOnce, reason } from '../../src/load/bounded';

const FILE = 'http://127.0.0.1:4173/assets/dialog-Xy_1.js';

describe('reason', () => {
  it("names the file of a chunk that failed to load, in Chromium's and Firefox's words, a retry's query left out", () => {
    expect(reason(new TypeError(`Failed to fetch dynamically imported module: ${FILE}`))).toBe('dialog-Xy_1.js');
    expect(reason(new TypeError(`Failed to fetch dynamically imported module: ${FILE}?retry=2`))).toBe('dialog-Xy_1.js');
    expect(reason(new TypeError(`error loading dynamically imported module: ${FILE}`))).toBe('dialog-Xy_1.js');
  });

  it("names a stylesheet that Vite's preload helper could not add", () => {
    expect(reason(new Error('Unable to preload CSS for http://127.0.0.1:4173/assets/tour-mode-Ab12Cd34.css'))).toBe('tour-mode-Ab12Cd34.css');
  });

  it('keeps any other message, shortened', () => {
    // Safari names no file.
    expect(reason(new TypeError('Importing a module script failed.'))).toBe('Importing a module script failed.');
    expect(reason(new Error(`/geo/cities.topo.json: HTTP 404`))).toBe('/geo/cities.topo.json: HTTP 404');
    expect(reason(new Error(`${FILE}: no answer after 25 s`))).toBe(`${FILE}: no answer after 25 s`);
    expect(reason('x'.repeat(200))).toBe(`${'x'.repeat(160)}…`);
  });
});

describe('loadOnce', () => {
  const failedFetch = () => new TypeError(`Failed to fetch dynamically imported module: ${FILE}`);

  it('imports once, joins the load in flight, and gives what the caller picks', async () => {
    const load = vi.fn(() => Promise.resolve({ create: () => 'made' }));
    const part = loadOnce(load, 'dialog.js', (m) => m.create());
    expect(part.loaded()).toBe(null);
    const [a, b] = await Promise.all([part.get(), part.get()]);
    expect([a, b, part.loaded()]).toEqual(['made', 'made', 'made']);
    await part.get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('after a failed chunk, imports the file the error names under a fresh query at once, and on each ask after; never the failed import again', async () => {
    const load = vi.fn(() => Promise.reject(failedFetch()));
    const part = loadOnce(load, 'dialog.js');
    // Node cannot import over http: the retry in the same ask fails on that, not on the failed
    // import() (a kept modulepreload failure whose <link> error event may not have come yet).
    await expect(part.get()).rejects.toThrow(/protocol 'http:'/);
    await expect(part.get()).rejects.toThrow(/protocol 'http:'/);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after any other failure (a pick that throws, a wait that ran out) with the same import', async () => {
    let calls = 0;
    const part = loadOnce(
      () => Promise.resolve(++calls),
      'x.js',
      (n) => {
        if (n === 1) throw new Error('not yet');
        return n;
      },
    );
    await expect(part.get()).rejects.toThrow('not yet');
    await expect(part.get()).resolves.toBe(2);
    expect(part.loaded()).toBe(2);
  });
});

// The bounded wait's reading of a failed chunk (src/load/bounded.ts): the notice names the file.
import { describe, expect, it } from 'vitest';
import { reason } from '../../src/load/bounded';

const FILE = 'http://127.0.0.1:4173/assets/dialog-Xy_1.js';

describe('reason', () => {
  it("names the file of a chunk that failed to load, in Chromium's and Firefox's words, a retry's query left out", () => {
    expect(reason(new TypeError(`Failed to fetch dynamically imported module: ${FILE}`))).toBe('dialog-Xy_1.js');
    expect(reason(new TypeError(`Failed to fetch dynamically imported module: ${FILE}?retry=2`))).toBe('dialog-Xy_1.js');
    expect(reason(new TypeError(`error loading dynamically imported module: ${FILE}`))).toBe('dialog-Xy_1.js');
  });

  it('keeps any other message, shortened', () => {
    // Safari names no file.
    expect(reason(new TypeError('Importing a module script failed.'))).toBe('Importing a module script failed.');
    expect(reason(new Error(`/geo/cities.topo.json: HTTP 404`))).toBe('/geo/cities.topo.json: HTTP 404');
    expect(reason(new Error(`${FILE}: no answer after 25 s`))).toBe(`${FILE}: no answer after 25 s`);
    expect(reason('x'.repeat(200))).toBe(`${'x'.repeat(160)}…`);
  });
});

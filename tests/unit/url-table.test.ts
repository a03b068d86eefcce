// The README's table of URL keys is the fields' own description (src/url-fields.ts): one list,
// read by the parser and by readers. Fails when a key is added, removed or reworded in one place only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../src/url-fields';
import { urlKeysTable } from '../../src/state/url';

const README = resolve(import.meta.dirname, '../../README.md');

describe('the table of URL keys', () => {
  it('in README.md is the one the fields write (paste the expected text between the url-keys markers)', () => {
    const readme = readFileSync(README, 'utf8');
    const table = /<!-- url-keys:start -->\n([\s\S]*?)\n<!-- url-keys:end -->/.exec(readme)?.[1];
    expect(table, 'README.md has no <!-- url-keys:start --> … <!-- url-keys:end --> block').toBeDefined();
    expect(table).toBe(urlKeysTable(APP_URL.fields));
  });

  it('names every key once, each with the text of every notice it can give in both languages', () => {
    const keys = APP_URL.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of APP_URL.fields) {
      expect(field.doc.values.length, field.key).toBeGreaterThan(0);
      for (const kind of Object.keys(field.notices)) {
        for (const lang of ['zh', 'en'] as const) {
          const text = APP_URL.noticeText({ kind, value: 'xyz', steps: 21 }, lang);
          expect(text, `${field.key}: ${kind} (${lang})`).toContain('xyz');
        }
      }
    }
  });
});

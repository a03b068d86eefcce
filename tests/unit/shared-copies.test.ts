// tests/fixtures/shared holds copies of the team's ../shared source documents and
// reference data, so the content tests run in any clone. Where ../shared is present
// (a developer's machine, CI), the copies must be identical to it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SHARED = new URL('../../../shared/', import.meta.url);
const COPIES = new URL('../fixtures/shared/', import.meta.url);
const FILES = [
  ...readdirSync(new URL('sources/', COPIES)).map((f) => `sources/${f}`),
  'reference/places.json',
];

describe.skipIf(!existsSync(SHARED))('copies of ../shared', () => {
  it.each(FILES)('%s is identical to ../shared', (file) => {
    expect(readFileSync(new URL(file, COPIES), 'utf8')).toBe(readFileSync(new URL(file, SHARED), 'utf8'));
  });

  it('copies every source document', () => {
    const shared = readdirSync(new URL('sources/', SHARED)).filter((f) => f.endsWith('.txt'));
    for (const f of shared) expect(FILES).toContain(`sources/${f}`);
  });
});

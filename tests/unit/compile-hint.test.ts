// The entry chunk starts with V8's compile hint (config/compile-hint.ts): its functions are compiled
// on a background thread as it streams in, not one by one on the main thread when first called.
// V8 reads the hint only on the file's first line.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from '../../config/compile-hint';

describe('compile hint', () => {
  it('puts the hint on the first line, once', () => {
    expect(withCompileHint('const a=1;')).toBe('//# allFunctionsCalledOnLoad\nconst a=1;');
    expect(withCompileHint(withCompileHint('const a=1;'))).toBe(withCompileHint('const a=1;'));
  });

  // The build itself (npm test builds first): the entry, and only the entry, starts with it.
  const DIST = resolve(import.meta.dirname, '../../dist');
  it.skipIf(!existsSync(resolve(DIST, '.vite/manifest.json')))('the built entry starts with the hint; the lazy chunks do not carry it', () => {
    const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
    const chunks = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
    const entry = chunks.find((c) => c.isEntry)!;
    expect(readFileSync(resolve(DIST, entry.file), 'utf8').startsWith(COMPILE_HINT)).toBe(true);
    for (const c of chunks.filter((x) => !x.isEntry)) expect(readFileSync(resolve(DIST, c.file), 'utf8').includes('allFunctionsCalledOnLoad'), c.file).toBe(false);
  });
});

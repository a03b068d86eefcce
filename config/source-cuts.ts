// What the build's source-trimming plugins share (config/strip-evidence.ts,
// config/strip-document-details.ts): each finds, with TypeScript's own parser, the spans of a
// content module that the page never shows, and this cuts them and hooks the cut into the build.
import ts from 'typescript';
import type { Plugin } from 'vite';

/** A span of the source to replace (`text`, default nothing). */
export interface Cut {
  from: number;
  to: number;
  text?: string;
}

export const parse = (code: string, file: string): ts.SourceFile => ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);

/** The source with every cut applied (from the end, so earlier positions stay valid). */
export function applyCuts(code: string, cuts: Cut[]): string {
  let out = code;
  for (const c of [...cuts].sort((a, b) => b.from - a.from)) out = out.slice(0, c.from) + (c.text ?? '') + out.slice(c.to);
  return out;
}

/**
 * A build-only, pre-transform plugin running `trim` over the modules whose id matches `modules`.
 * Only the page's bundle is trimmed: the build's own checks read the source through Vite's module
 * runner, which plugins with `apply: 'build'` do not touch.
 */
export function trimSourcePlugin(name: string, modules: RegExp, trim: (code: string, file: string) => string, worthIt: (code: string) => boolean = () => true): Plugin {
  return {
    name,
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!modules.test(id) || !worthIt(code)) return null;
      return { code: trim(code, id), map: null };
    },
  };
}

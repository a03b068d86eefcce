// The entry chunk's first line is V8's explicit compile hint `//# allFunctionsCalledOnLoad`
// (Chromium 136+; to other engines a comment). Without it V8 pre-parses each function of the entry
// and compiles it on the main thread the first time it is called, and in the start-up nearly all of
// them are (the model, the panel, the paired view's layout and drawing, the features' installs):
// ≈ 570 lazy compiles on the path to the page being shown. With the hint the whole chunk is
// compiled as it streams in, on a background thread, before the module runs (docs/performance.md,
// "Start-up, 7 Dec 09:50–"). Only the entry: the lazy chunks are for later.
// It must be the file's first line: on the second (after the `__vite__mapDeps` line that Vite's
// preload helper writes in its generateBundle) V8 ignored it. So it is added last, in
// generateBundle, after minification (which strips comments) and after the file's hash was taken:
// the name does not change with it (the code does not either).
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunk's code with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code;
}

export function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = withCompileHint(chunk.code);
      },
    },
  };
}

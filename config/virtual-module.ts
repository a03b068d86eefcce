// A virtual module (`import x from 'virtual:…'`) whose text is made at build time (and in the dev
// server): the one resolve/load pair the palette, the search index and the districts' tints share.
import type { Plugin } from 'vite';

/** The hook's `this` (the plugin context: addWatchFile, environment …). */
type LoadContext = ThisParameterType<Extract<NonNullable<Plugin['load']>, { handler: unknown }>['handler']>;

const exactly = (id: string) => new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * @param id what the page imports (`virtual:geo-tints`)
 * @param text the module's text
 * @param resolved what `id` resolves to: `\0` + id unless given (a stylesheet's must end in .css,
 *   so that Vite's CSS pipeline takes it)
 */
export function virtualModule(name: string, id: string, text: (this: LoadContext) => string | Promise<string>, resolved = `\0${id}`): Plugin {
  return {
    name,
    resolveId: { filter: { id: exactly(id) }, handler: () => resolved },
    load: {
      filter: { id: exactly(resolved) },
      handler() {
        return text.call(this);
      },
    },
  };
}

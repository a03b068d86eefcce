// `virtual:palette.css`: the colour tokens of src/ui/palette.ts as CSS custom properties, so the
// stylesheets and the WebGL layers read one palette (imported by main.ts before styles.css).
import type { Plugin } from 'vite';
import { DARK, LIGHT, LIGHT_PAPER, PRESENTING, type Token } from '../src/ui/palette.ts';
import { virtualModule } from './virtual-module.ts';

const VIRTUAL_ID = 'virtual:palette.css';
// Ends in .css, so Vite's CSS pipeline takes it (bundled, minified, in the single file too).
const RESOLVED_ID = '\0virtual-palette.css';

const block = (selector: string, tokens: Partial<Record<Token, string>>): string =>
  `${selector} {\n${Object.entries(tokens).map(([k, v]) => `  --${k}: ${v};`).join('\n')}\n}`;

/** The stylesheet: the light palette, the projector theme, the dark scheme (not presenting, not while a picture is copied), the light-paper maps. */
export function paletteCss(): string {
  const dark = ':root:not(.is-presenting, .is-light)';
  return [
    block(':root', LIGHT),
    block('html.is-presenting', PRESENTING),
    '@media screen and (prefers-color-scheme: dark) {',
    block(dark, DARK),
    block(`${dark} :is(.geo-view, .national-map-box)`, Object.fromEntries(LIGHT_PAPER.map((k) => [k, LIGHT[k]]))),
    '}',
    '',
  ].join('\n');
}

export function palette(): Plugin {
  return virtualModule('palette', VIRTUAL_ID, paletteCss, RESOLVED_ID);
}

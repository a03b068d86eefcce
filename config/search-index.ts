// Build-time pinyin for the search box. pinyin-pro (≈ 300 KB with its dictionary) runs here,
// in Node, during the build; the browser gets only `virtual:search-pinyin`, a small map
// from each Chinese name in the content to its toneless pinyin keys.
import { pinyin } from 'pinyin-pro';
import { runnerImport, type Plugin } from 'vite';
import type { Content } from '../src/content/index';
import { normalize } from '../src/find/normalize.ts';
import { virtualModule } from './virtual-module.ts';
import { chineseNames, type PinyinIndex } from '../src/find/names.ts';

const VIRTUAL_ID = 'virtual:search-pinyin';

/** The generic tail of a unit's name (和平区 → 和平), so "heping" and "hp" match as well as "hepingqu". */
const SUFFIX = /(新区|区|县|市)$/;

function keysOf(zh: string): PinyinIndex[string] {
  // Only the Chinese characters are read: quotes and brackets (“一城”) carry no sound.
  const han = zh.replace(/[^\u3400-\u9fff]/g, '');
  const forms = new Set([han, han.replace(SUFFIX, '')]);
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const form of forms) {
    if (!form) continue;
    const syllables = pinyin(form, { toneType: 'none', type: 'array' });
    const joined = syllables.join('');
    full.add(normalize(joined)); // lü → lu
    full.add(normalize(joined.replace(/ü/g, 'v'))); // lü → lv, as pinyin keyboards type it
    initials.add(normalize(syllables.map((s) => s[0] ?? '').join('')));
  }
  return { full: [...full].filter(Boolean), initials: [...initials].filter(Boolean) };
}

/** Pinyin keys for every Chinese name the search box looks at. */
export function buildPinyinIndex(content: Content): PinyinIndex {
  const index: PinyinIndex = {};
  for (const name of chineseNames(content)) index[name] = keysOf(name);
  return index;
}

/** Serves `virtual:search-pinyin` (JSON as an ES module) in the build and the dev server. */
export function searchIndex(): Plugin {
  return virtualModule('search-pinyin', VIRTUAL_ID, async () => {
    const { module } = await runnerImport<typeof import('../src/content/index')>('./src/content/index.ts');
    return `export default ${JSON.stringify(buildPinyinIndex(module.content))};`;
  });
}

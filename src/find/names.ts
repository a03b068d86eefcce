// The Chinese names the search box looks at, shared by the build (config/search-index.ts,
// which gives each its pinyin) and the page. No runtime imports: Vite's config loader reads it.
import type { Content } from '../content/index';

/** Chinese name → toneless pinyin, full and initials, with and without the 区/县/市 tail. Built at build time. */
export type PinyinIndex = Record<string, { full: string[]; initials: string[] }>;

/** The Chinese names the pinyin index covers. */
export function chineseNames(content: Content): string[] {
  const names = [
    ...content.units.flatMap((u) => [u.name.zh, u.short.zh]),
    ...content.zones.flatMap((z) => [z.name.zh, z.short.zh]),
    ...content.projects.flatMap((p) => [p.name.zh, ...p.parts.map((part) => part.name.zh)]),
  ];
  return [...new Set(names)];
}

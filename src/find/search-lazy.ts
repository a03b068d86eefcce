// The part of the search that waits for the first focus of the box: the pinyin index
// (generated at build time) and the ranking, in one lazy chunk.
import type { Content } from '../content/index';
import pinyin from 'virtual:search-pinyin';
import { buildEntries, search, type SearchHit } from './search-index';

export function createSearch(content: Content): (query: string) => SearchHit[] {
  const entries = buildEntries(content, pinyin);
  return (query) => search(entries, query);
}

// The words of the notice a part that failed to load leaves (loadFailed in bounded.ts):
// `{ kind: 'load-failed', part, value, reload? }`, where `value` is the short reason (`dialog-abc.js`,
// `/geo/cities.topo.json: HTTP 404`) and `reload` says that only a reload can bring it.
import type { NoticeText } from '../state/url-field';
import { LOAD_STRINGS, type LoadPart } from './strings';

export const LOAD_NOTICES: Record<string, NoticeText> = {
  'load-failed': (n, lang) => LOAD_STRINGS[lang].failed(LOAD_STRINGS[lang].part[n.part as LoadPart] ?? String(n.part), String(n.value), n.reload),
};

// The notice a part that failed to load leaves: `{ kind: 'load-failed', part, value }`, where
// `value` is the short reason (`dialog-abc.js`, `/geo/cities.topo.json: HTTP 404`).
import type { Notice } from '../state/app-state';
import type { NoticeText } from '../state/url-field';
import { LOAD_STRINGS, type LoadPart } from './strings';

export const LOAD_NOTICES: Record<string, NoticeText> = {
  'load-failed': (n, lang) => LOAD_STRINGS[lang].failed(LOAD_STRINGS[lang].part[n.part as LoadPart] ?? String(n.part), String(n.value)),
};

export const loadFailed = (part: LoadPart, why: string): Notice => ({ kind: 'load-failed', part, value: why });

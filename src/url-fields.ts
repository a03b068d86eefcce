// The app's URL: every key, in the order links write them, each owned by the folder that defines it.
// One line per feature that keeps state in the URL. The README's table of URL keys is written from
// this list (tests/unit/url-table.test.ts checks it).
import type { Lang } from './i18n/strings';
import type { AppState, Notice } from './state/app-state';
import { CORE_FIELDS, CORE_NOTICES } from './state/core-fields';
import { createUrlCodec, type ParsedHash } from './state/url';
import type { KnownIds } from './state/url-field';
import { GEO_FIELDS } from './geo-view/url-fields';
import { EMBED_FIELDS, EMBED_NOTICES } from './embed/url-fields';
import { NATIONAL_FIELDS } from './national/url-fields';
import { PRESENT_FIELDS } from './present/url-fields';
import { FIND_FIELDS } from './find/url-fields';
import { PROJECT_FIELDS } from './projects/url-fields';
import { LOAD_NOTICES } from './load/notices';

export const APP_URL = createUrlCodec(
  [...CORE_FIELDS, ...PROJECT_FIELDS, ...GEO_FIELDS, ...EMBED_FIELDS, ...NATIONAL_FIELDS, ...PRESENT_FIELDS, ...FIND_FIELDS],
  { ...CORE_NOTICES, ...EMBED_NOTICES, ...LOAD_NOTICES },
);

/** What a key left out of the URL means. `lang` is overridden by the reader's preference. */
export const DEFAULT_STATE: AppState = APP_URL.defaults;
export const parseHash = (hash: string, known: KnownIds): ParsedHash => APP_URL.parse(hash, known);
export const serializeHash = (state: AppState): string => APP_URL.serialize(state);
export const noticeText = (notice: Notice, lang: Lang): string => APP_URL.noticeText(notice, lang);

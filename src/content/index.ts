// All content in one object, for the build (validation, data files, search index) and the tests.
// The page imports its two parts apart: core.ts in the first paint, outcomes.ts later.
import { coreContent, type Content } from './core';
import { outcomes, type Outcomes } from './outcomes';

export type { Content } from './core';
export type { Outcomes } from './outcomes';

/** Every record: the core content and the outcomes (results, news reports). */
export interface FullContent extends Content, Outcomes {}

export const content: FullContent = { ...coreContent, ...outcomes };

// What the build checks before it writes anything: the content is valid and it joins
// with the committed boundaries. Imported by vite.config.ts through Vite's module runner.
import { readFileSync } from 'node:fs';
import { content } from '../src/content/index';
import { focusSummaries } from '../src/content/focus-summaries';
import { assertValidContent } from '../src/content/validate';
import { buildModel } from '../src/model/build-model';
import { decodeCities, GEO_FILE, type CitiesTopology } from '../src/model/geometry';
import { nationalContent } from '../src/content/national/index';
import { assertValidNational } from '../src/content/national/validate';
import { buildNationalModel } from '../src/national/model';
import { CHINA_FILE, type ChinaTopology } from '../src/national/china-geometry';

export function checkBuild(root: string): void {
  assertValidContent(content, focusSummaries);
  const file = `${root}/${GEO_FILE}`;
  let topology: CitiesTopology;
  try {
    topology = JSON.parse(readFileSync(file, 'utf8')) as CitiesTopology;
  } catch (error) {
    throw new Error(`${GEO_FILE}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  buildModel(content, topology);
  // The model decodes the shapes only when a view draws them: decode them all here, so a broken one fails the build.
  decodeCities(topology);
  // The national content and its join with the china map.
  assertValidNational(nationalContent);
  buildNationalModel(nationalContent, readJson<ChinaTopology>(`${root}/${CHINA_FILE}`, CHINA_FILE));
}

function readJson<T>(file: string, name: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${name}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

// Each district's tint for the geographic view, worked out from the committed boundaries at build
// time (config/geo-tints.ts serves it as `virtual:geo-tints`). Imported through Vite's module runner.
import { readFileSync } from 'node:fs';
import { content } from '../src/content/index';
import { buildModel } from '../src/model/build-model';
import { GEO_FILE, type CitiesTopology } from '../src/model/geometry';
import { modelTints, type UnitTints } from '../src/geo-view/map-style';
import { DISTRICT_TINTS } from '../src/geo-view/colors';

/** The same colouring the page did itself (map-style.ts unitTints over the model's units); throws naming file, unit and field. */
export function buildTints(root: string): UnitTints {
  let topology: CitiesTopology;
  try {
    topology = JSON.parse(readFileSync(`${root}/${GEO_FILE}`, 'utf8')) as CitiesTopology;
  } catch (error) {
    throw new Error(`${GEO_FILE}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  // buildModel names the file and unit of a boundary that does not join; decoding names nothing, so say where.
  const model = buildModel(content, topology);
  let tints: UnitTints;
  try {
    tints = modelTints(model);
  } catch (error) {
    throw new Error(`${GEO_FILE}: the districts' shapes cannot be decoded to colour them (${error instanceof Error ? error.message : String(error)})`);
  }
  for (const party of model.parties.values()) {
    if (party.kind !== 'unit') continue;
    const tint = tints[party.id];
    if (!Number.isInteger(tint) || tint! < 0 || tint! >= DISTRICT_TINTS.changchun.length) {
      throw new Error(`${GEO_FILE}: ${party.city} feature ${party.unit?.code} (unit "${party.id}"): tint is ${JSON.stringify(tint)}, not 0–${DISTRICT_TINTS.changchun.length - 1}`);
    }
  }
  return tints;
}

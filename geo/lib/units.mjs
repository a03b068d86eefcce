// The 27 county-level units (GB/T 2260 code, city, names): the one table every other module uses.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const UNITS_FILE = fileURLToPath(new URL('../units.json', import.meta.url));
// The project's reference file, beside the repository (present on developer machines and in CI).
const SHARED_PLACES = fileURLToPath(new URL('../../../shared/reference/places.json', import.meta.url));

export const CITIES = /** @type {const} */ (['changchun', 'tianjin']);
export const EXPECTED_COUNT = { changchun: 11, tianjin: 16 };

export function loadUnits() {
  const { units } = JSON.parse(readFileSync(UNITS_FILE, 'utf8'));
  const byCode = new Map();
  for (const u of units) {
    if (!/^\d{6}$/.test(u.code)) throw new Error(`units.json: bad code ${JSON.stringify(u.code)}`);
    if (!CITIES.includes(u.city)) throw new Error(`units.json: ${u.code} has unknown city ${u.city}`);
    if (byCode.has(u.code)) throw new Error(`units.json: code ${u.code} appears twice`);
    byCode.set(u.code, u);
  }
  for (const city of CITIES) {
    const n = units.filter((u) => u.city === city).length;
    if (n !== EXPECTED_COUNT[city]) throw new Error(`units.json: ${city} has ${n} units, expected ${EXPECTED_COUNT[city]}`);
  }
  return { units, byCode, sharedStatus: compareWithShared(units) };
}

// geo/units.json is a copy of places.json's admin_units; say so loudly if the two drift apart.
function compareWithShared(units) {
  if (!existsSync(SHARED_PLACES)) return 'shared/reference/places.json not found; using geo/units.json alone';
  const ref = JSON.parse(readFileSync(SHARED_PLACES, 'utf8')).admin_units;
  const key = (u) => [u.code, u.city, u.name_zh, u.name_en].join('|');
  const a = units.map(key).sort().join('\n');
  const b = ref.map(key).sort().join('\n');
  if (a !== b) {
    throw new Error('geo/units.json differs from shared/reference/places.json admin_units (code, city, name_zh, name_en): update geo/units.json');
  }
  return 'geo/units.json agrees with shared/reference/places.json';
}

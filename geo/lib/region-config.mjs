// Every tunable number of the region pipeline (build-region.mjs), in one place.

/** [west, south, east, north], WGS-84: wide enough that a pitched camera over both cities never sees the clip edge. */
export const REGION_BBOX = [108, 31, 136, 50];

/** The provinces drawn around the two cities, in @esmjs/geo's export names with their GB/T 2260 codes. */
export const PROVINCES = [
  { export: 'beijing', code: '110000', name_zh: '北京市', name_en: 'Beijing' },
  { export: 'tianjin', code: '120000', name_zh: '天津市', name_en: 'Tianjin' },
  { export: 'hebei', code: '130000', name_zh: '河北省', name_en: 'Hebei' },
  { export: 'neimenggu', code: '150000', name_zh: '内蒙古自治区', name_en: 'Inner Mongolia' },
  { export: 'liaoning', code: '210000', name_zh: '辽宁省', name_en: 'Liaoning' },
  { export: 'jilin', code: '220000', name_zh: '吉林省', name_en: 'Jilin' },
  { export: 'shandong', code: '370000', name_zh: '山东省', name_en: 'Shandong' },
];

/** Natural Earth land from world-atlas (WGS-84): 1:10m keeps the Bohai coast recognisable at city zoom. */
export const REGION_LAND_FILE = 'land-10m.json';

/** Share of interior arc points kept (Visvalingam, planar). */
export const REGION_KEEP = 0.2;

/** Islands and specks smaller than this are dropped, planar degrees² (2e-3 ≈ 20 km² here). */
export const REGION_MIN_RING_AREA = 2e-3;

/** Quantization grid over REGION_BBOX: 2e4 steps ≈ 80 m × 70 m, finer than a pixel at city zoom. */
export const REGION_QUANTIZATION = 2e4;

/** Budget for the file, gzip -9, bytes. */
export const REGION_MAX_GZIP_BYTES = 60_000;

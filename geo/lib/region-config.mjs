// Every tunable number of the region pipeline (build-region.mjs), in one place.

/**
 * [west, south, east, north], WGS-84: wide enough that the camera (held inside REGION_CAMERA_BOUNDS
 * by src/geo-view, pitched at most 50°) never sees the clip edge. At 50°N the edge showed as a
 * straight band of sea across Inner Mongolia and Heilongjiang above a pitched view.
 */
export const REGION_BBOX = [102, 30.5, 146, 62];

/** The provinces drawn around the two cities, in @esmjs/geo's export names with their GB/T 2260 codes. */
export const PROVINCES = /** @type {const} */ ([
  { export: 'beijing', code: '110000', name_zh: '北京市', name_en: 'Beijing' },
  { export: 'tianjin', code: '120000', name_zh: '天津市', name_en: 'Tianjin' },
  { export: 'hebei', code: '130000', name_zh: '河北省', name_en: 'Hebei' },
  { export: 'neimenggu', code: '150000', name_zh: '内蒙古自治区', name_en: 'Inner Mongolia' },
  { export: 'liaoning', code: '210000', name_zh: '辽宁省', name_en: 'Liaoning' },
  { export: 'jilin', code: '220000', name_zh: '吉林省', name_en: 'Jilin' },
  { export: 'shandong', code: '370000', name_zh: '山东省', name_en: 'Shandong' },
  // The rest of the box: every province it touches, so no land in view is without its borders.
  { export: 'shanxi', code: '140000', name_zh: '山西省', name_en: 'Shanxi' },
  { export: 'heilongjiang', code: '230000', name_zh: '黑龙江省', name_en: 'Heilongjiang' },
  { export: 'shanghai', code: '310000', name_zh: '上海市', name_en: 'Shanghai' },
  { export: 'jiangsu', code: '320000', name_zh: '江苏省', name_en: 'Jiangsu' },
  { export: 'zhejiang', code: '330000', name_zh: '浙江省', name_en: 'Zhejiang' },
  { export: 'anhui', code: '340000', name_zh: '安徽省', name_en: 'Anhui' },
  { export: 'henan', code: '410000', name_zh: '河南省', name_en: 'Henan' },
  { export: 'hubei', code: '420000', name_zh: '湖北省', name_en: 'Hubei' },
  { export: 'chongqing', code: '500000', name_zh: '重庆市', name_en: 'Chongqing' },
  { export: 'sichuan', code: '510000', name_zh: '四川省', name_en: 'Sichuan' },
  { export: 'shaanxi', code: '610000', name_zh: '陕西省', name_en: 'Shaanxi' },
  { export: 'gansu', code: '620000', name_zh: '甘肃省', name_en: 'Gansu' },
  { export: 'ningxia', code: '640000', name_zh: '宁夏回族自治区', name_en: 'Ningxia' },
]).sort((a, b) => (a.code < b.code ? -1 : 1));

/** What the camera may show, [west, south, east, north]: the clip box less what a 50° pitch sees beyond it. */
export const REGION_CAMERA_BOUNDS = [108, 33, 140, 50];

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

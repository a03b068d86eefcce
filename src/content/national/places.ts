// The provinces and cities workplan2017 §二 names, by GB/T 2260 code. Their outlines and seat
// points are not content: geo/build-china.mjs takes them from the registry package @esmjs/geo
// (see geo/README.md) and writes them, with their own source note, into public/geo/china.topo.json.
import type { Source } from '../schema';
import type { NationalPlace } from './schema';

/** workplan2017 §二, with the place's name as §二 writes it. */
const s2 = (...evidence: string[]): Source[] => [{ doc: 'workplan2017', section: '§二', evidence }];

export const nationalPlaces: NationalPlace[] = [
  // ---- the three north-eastern provinces and their eastern partners ----
  { id: 'liaoning', code: '210000', level: 'province', region: 'northeast', name: { zh: '辽宁省', en: 'Liaoning Province' }, short: { zh: '辽宁', en: 'Liaoning' }, sources: s2('辽宁省') },
  { id: 'jilin', code: '220000', level: 'province', region: 'northeast', name: { zh: '吉林省', en: 'Jilin Province' }, short: { zh: '吉林', en: 'Jilin' }, sources: s2('吉林省') },
  { id: 'heilongjiang', code: '230000', level: 'province', region: 'northeast', name: { zh: '黑龙江省', en: 'Heilongjiang Province' }, short: { zh: '黑龙江', en: 'Heilongjiang' }, sources: s2('黑龙江省') },
  { id: 'jiangsu', code: '320000', level: 'province', region: 'east', name: { zh: '江苏省', en: 'Jiangsu Province' }, short: { zh: '江苏', en: 'Jiangsu' }, sources: s2('江苏省') },
  { id: 'zhejiang', code: '330000', level: 'province', region: 'east', name: { zh: '浙江省', en: 'Zhejiang Province' }, short: { zh: '浙江', en: 'Zhejiang' }, sources: s2('浙江省') },
  { id: 'guangdong', code: '440000', level: 'province', region: 'east', name: { zh: '广东省', en: 'Guangdong Province' }, short: { zh: '广东', en: 'Guangdong' }, sources: s2('广东省') },
  // ---- the four north-eastern cities and their eastern partners ----
  { id: 'shenyang', code: '210100', level: 'city', region: 'northeast', name: { zh: '沈阳市', en: 'Shenyang' }, short: { zh: '沈阳', en: 'Shenyang' }, sources: s2('沈阳市') },
  { id: 'dalian', code: '210200', level: 'city', region: 'northeast', name: { zh: '大连市', en: 'Dalian' }, short: { zh: '大连', en: 'Dalian' }, sources: s2('大连市') },
  { id: 'changchun', code: '220100', level: 'city', region: 'northeast', name: { zh: '长春市', en: 'Changchun' }, short: { zh: '长春', en: 'Changchun' }, sources: s2('长春市') },
  { id: 'harbin', code: '230100', level: 'city', region: 'northeast', name: { zh: '哈尔滨市', en: 'Harbin' }, short: { zh: '哈尔滨', en: 'Harbin' }, sources: s2('哈尔滨市') },
  { id: 'beijing', code: '110000', level: 'city', region: 'east', name: { zh: '北京市', en: 'Beijing' }, short: { zh: '北京', en: 'Beijing' }, sources: s2('北京市') },
  { id: 'shanghai', code: '310000', level: 'city', region: 'east', name: { zh: '上海市', en: 'Shanghai' }, short: { zh: '上海', en: 'Shanghai' }, sources: s2('上海市') },
  { id: 'tianjin', code: '120000', level: 'city', region: 'east', name: { zh: '天津市', en: 'Tianjin' }, short: { zh: '天津', en: 'Tianjin' }, sources: s2('天津市') },
  { id: 'shenzhen', code: '440300', level: 'city', region: 'east', name: { zh: '深圳市', en: 'Shenzhen' }, short: { zh: '深圳', en: 'Shenzhen' }, sources: s2('深圳市') },
  // ---- named in §二 without a partner ----
  { id: 'neimenggu', code: '150000', level: 'province', name: { zh: '内蒙古自治区', en: 'Inner Mongolia Autonomous Region' }, short: { zh: '内蒙古', en: 'Inner Mongolia' }, sources: s2('内蒙古自治区') },
];

// Interface strings of the table of all pairings (caption, columns, cells), both languages: they
// load with the table's rows (pairings-table-rows.ts), after the page is shown.
import type { Lang } from '../i18n/strings';

export const TABLE_STRINGS: Record<Lang, {
  tableCaption: string;
  colNo: string;
  colChangchun: string;
  colTianjin: string;
  colKind: string;
  colFocus: string;
  colSources: string;
  colShow: string;
  show: (name: string) => string;
  showShort: string;
  kindDistrict: string;
  kindZone: string;
  within: (parent: string) => string;
  related: (n: number) => string;
  none: string;
}> = {
  zh: {
    tableCaption: '《天津市与长春市对口合作实施方案》§三(四)15 的15组结对及其重点合作领域',
    colNo: '序号',
    colChangchun: '长春',
    colTianjin: '天津',
    colKind: '类型',
    colFocus: '文件明确的重点领域',
    colSources: '来源',
    colShow: '地图',
    show: (name) => `在地图上查看：${name}`,
    showShort: '查看',
    kindDistrict: '区县结对',
    kindZone: '功能区结对',
    within: (parent) => `（属于第${parent}组）`,
    related: (n) => `另有${n}项相关领域`,
    none: '无',
  },
  en: {
    tableCaption: 'The 15 pairings of the Tianjin–Changchun plan, §三(四)15, with their focus areas',
    colNo: 'No.',
    colChangchun: 'Changchun',
    colTianjin: 'Tianjin',
    colKind: 'Kind',
    colFocus: 'Focus areas stated by a document',
    colSources: 'Sources',
    colShow: 'Map',
    show: (name) => `Show on the map: ${name}`,
    showShort: 'Show',
    kindDistrict: 'District pair',
    kindZone: 'Functional-zone pair',
    within: (parent) => ` (within no. ${parent})`,
    related: (n) => `${n} more related`,
    none: 'none',
  },
};

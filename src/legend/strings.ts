// The legend's words, in both languages: one entry per symbol the paired view draws.
import type { Lang } from '../i18n/strings';

export const LEGEND_KEYS = [
  'district-pair',
  'zone-pair',
  'sub-pairing',
  'selected',
  'hover',
  'match-stated',
  'match-related',
  'unit',
  'zone',
  'zone-approximate',
  'unpaired',
  'selected-place',
] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

const zh = {
  title: '图例',
  items: {
    'district-pair': '区县与区县结对',
    'zone-pair': '有功能区的结对（虚线）',
    'sub-pairing': '结对之中的结对（点线）',
    selected: '选中的结对',
    hover: '鼠标指向的结对',
    'match-stated': '所选重点任务：文件明确（实色宽带）',
    'match-related': '所选重点任务：主题相关（虚线宽带）',
    unit: '区县（长春蓝、天津红）',
    zone: '功能区（菱形点）',
    'zone-approximate': '功能区，位置为估计（空心点）',
    unpaired: '未列入结对（灰色，标签虚框、斜体）',
    'selected-place': '选中或指向的区县与标签',
  } satisfies Record<LegendKey, string>,
};

const en: typeof zh = {
  title: 'Legend',
  items: {
    'district-pair': 'District–district pairing',
    'zone-pair': 'Pairing with a zone (dashed)',
    'sub-pairing': 'Pairing within a pairing (dotted)',
    selected: 'Selected pairing',
    hover: 'Pairing under the pointer',
    'match-stated': 'Key task: stated (solid band)',
    'match-related': 'Key task: related (dashed band)',
    unit: 'District or county (Changchun blue, Tianjin red)',
    zone: 'Functional zone (diamond)',
    'zone-approximate': 'Zone, location approximate (hollow)',
    unpaired: 'Not paired (grey; dashed, italic label)',
    'selected-place': 'Selected or pointed-at place',
  },
};

export const LEGEND_STRINGS: Record<Lang, typeof zh> = { zh, en };

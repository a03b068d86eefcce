// Interface strings of the search box and the focus-area filter, in both languages.
import type { Lang } from '../i18n/strings';
import type { EntryKind } from './search-index';

const zh = {
  searchLabel: '搜索 · Search',
  searchPlaceholder: '搜索区县、功能区、项目 · Search',
  listLabel: '搜索结果',
  noMatch: (q: string) => `没有与“${q}”匹配的区县、功能区或项目。`,
  results: (n: number) => `${n} 个结果，用 ↑ ↓ 选择，回车确认。`,
  loading: '正在载入搜索索引…',
  kind: { district: '市辖区', county: '县', 'county-level city': '县级市', zone: '功能区', project: '重大项目', part: '项目组成部分' } satisfies Record<EntryKind, string>,
  filterLabel: '按重点任务突出显示 · Key task',
  filterNone: '全部（不筛选）',
  groupOption: (n: number, title: string) => `第${'一二三四五'[n - 1]}组 ${title}（整组）`,
  groupName: (n: number, title: string) => `第${'一二三四五'[n - 1]}组任务 ${title}`,
  taskName: (n: number, title: string) => `任务${n} ${title}`,
  summary: (name: string, total: number, stated: number, related: number) =>
    total ? `${name}：${total} 对结对（${stated} 对文件明确、${related} 对主题相关）` : `${name}：内容中没有与之关联的结对`,
  summaryProjects: (n: number) => `；${n} 个重大项目经结对相关`,
  clearFilter: '清除筛选',
  noticeUnknownTask: (v: string) => `没有编号为“${v}”的重点任务（方案列出任务 1–18），未作筛选。`,
  noticeUnknownGroup: (v: string) => `没有编号为“${v}”的任务组（方案分为 1–5 组），未作筛选。`,
};

type FindStrings = typeof zh;

const en: FindStrings = {
  searchLabel: 'Search · 搜索',
  searchPlaceholder: 'Search districts, zones, projects · 搜索',
  listLabel: 'Search results',
  noMatch: (q: string) => `No district, zone or project matches “${q}”.`,
  results: (n: number) => `${n} result${n === 1 ? '' : 's'}; ↑ ↓ to choose, Enter to go.`,
  loading: 'Loading the search index…',
  kind: { district: 'district', county: 'county', 'county-level city': 'county-level city', zone: 'functional zone', project: 'major project', part: 'part of a project' },
  filterLabel: 'Highlight a key task · 重点任务',
  filterNone: 'All (no filter)',
  groupOption: (n: number, title: string) => `Group ${n}: ${title} (all its tasks)`,
  // Our short label in brackets, not quoted: it is not the plan's title.
  groupName: (n: number, title: string) => `Group ${n} (${title})`,
  taskName: (n: number, title: string) => `Task ${n} ${title}`,
  summary: (name: string, total: number, stated: number, related: number) =>
    total ? `${name}: ${total} pairing${total === 1 ? '' : 's'} (${stated} stated, ${related} related)` : `${name}: no pairing is linked to it in the content`,
  summaryProjects: (n: number) => `; ${n} major project${n === 1 ? '' : 's'} through those pairings`,
  clearFilter: 'Clear filter',
  noticeUnknownTask: (v: string) => `There is no key task “${v}” (the plan numbers them 1–18); nothing is highlighted.`,
  noticeUnknownGroup: (v: string) => `There is no group of tasks “${v}” (the plan has groups 1–5); nothing is highlighted.`,
};

export const FIND_STRINGS: Record<Lang, FindStrings> = { zh, en };

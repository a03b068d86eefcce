// Later news reports (媒体报道) about single pairings, shown in those pairings' panels as news
// reports, never as the plan. Only what we read in the report (its passages are in
// tests/fixtures/reports/); undated events have no date. Reports about the two cities as a whole
// are on the timeline (national/timeline.ts). For 11 of the 15 pairings we found no such report.
import type { NewsItem, Source } from './schema';

const report = (doc: Source['doc'], ...evidence: string[]): Source[] => [{ doc, section: '§全文', evidence }];

export const news: NewsItem[] = [
  {
    id: 'jiutai-investment-tianjin-2016',
    date: '2016-11-29',
    title: { zh: '九台区在天津招商签约', en: 'Jiutai signs investment deals in Tianjin' },
    text: {
      zh: '北方网报道，长春市九台区在天津举办招商引资推介会暨项目签约仪式，22家企业与九台区政府现场签约，总金额197亿元。这早于2018年的结对，报道也没有提到北辰区。',
      en: 'Enorth reported that Changchun’s Jiutai District held an investment promotion and signing event in Tianjin, where 22 companies signed with the district government for a total of 19.7 billion yuan. This came before the 2018 pairing, and the report does not mention Beichen.',
    },
    pairs: ['jiutai-beichen'],
    sources: report('news-2016-11-jiutai', '11月29日', '九臺區', '22家企業', '197億元'),
  },
  {
    id: 'heping-chaoyang-forum-2019',
    date: '2019-04-28',
    title: { zh: '和平—朝阳论坛，签订老字号展销框架协议', en: 'Heping–Chaoyang forum and a deal on time-honoured brands' },
    text: {
      zh: '长春日报报道，4月28日至30日天津和平—长春朝阳“合作·交流·发展”论坛在长春举行，两区签订“津门风情街天津老字号商品展销活动”框架协议，就基层党建、政务服务、基层治理交流，和平区代表团还考察了吉林艺术学院和长影博物馆。',
      en: "The Changchun Daily reported that Heping (Tianjin) and Chaoyang (Changchun) held a 'Cooperation, Exchange, Development' forum in Changchun on 28–30 April, signed a framework agreement on sales events for Tianjin's time-honoured brands on the 'Jinmen' street, and compared notes on Party building, government services and local governance; the Heping delegation also visited the Jilin University of Arts and the Changchun Film Studio museum.",
    },
    pairs: ['chaoyang-heping'],
    sources: report('news-2019-04-heping-chaoyang', '28日至30日', '天津和平—长春朝阳', '天津老字号商品展销活动', '框架协议'),
  },
  {
    id: 'business-environment-agreements',
    title: { zh: '营商环境对口合作协议', en: 'Agreements on the business environment' },
    text: {
      zh: '一家聚合网站的报道（没有日期，只说“近日”；据内容推断为2024年或以后）称，天津市政务服务（营商环境）办调研组到长春考察后，天津和平区与长春朝阳区、天津南开区与长春净月高新区签订了深化营商环境的对口合作协议。',
      en: "An aggregator's report (undated, it says only 'recently'; its content suggests 2024 or later) says that after a visit by a study team of Tianjin's government-services (business-environment) office, Heping and Chaoyang, and Nankai and the Jingyue zone, signed pairing agreements on improving the business environment.",
    },
    pairs: ['chaoyang-heping', 'jingyue-nankai'],
    sources: report('news-undated-business-environment', '天津市和平区与长春市朝阳区', '天津市南开区与长春市净月高新区', '营商环境'),
  },
];

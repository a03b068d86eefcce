// What each key task of plan2018 §三 asks for, in our own words: the `description` column of the
// data download (src/export/data-tables.ts). Kept apart from focus-areas.ts because the page shows
// it nowhere else: it loads with the download, not with the first paint (~4 KB gzip).
// validateFocusSummaries (validate.ts) checks one per task, with the schema's text rules.
import type { FocusSummary } from './schema';

export const focusSummaries: FocusSummary[] = [
  {
    id: 1,
    summary: {
      zh: '两市共享行政改革成果：长春推行并联审批、改进政务服务，吸收天津在市场监管、审批和综合执法上的做法，试行企业投资项目承诺制和市场准入负面清单，并复制滨海新区、天津自贸试验区的成熟改革经验。',
      en: "The cities share the results of administrative reform: Changchun introduces parallel approvals and better public services, adopts Tianjin's practice in market supervision, administrative approval and integrated law enforcement, pilots commitment-based approval of investment projects and a negative list for market entry, and copies proven reforms of Binhai New Area and the Tianjin pilot free trade zone.",
    },
  },
  {
    id: 2,
    summary: {
      zh: '交流国企改革经验，在组建国有资本投资运营公司、混合所有制改革和国资监管方式转变上共同深化，并推动两市国企重组合作。',
      en: "The cities swap experience of state-enterprise reform, go further together on state capital investment and operating companies, mixed ownership and the way state assets are supervised, and encourage restructuring and cooperation between their state firms.",
    },
  },
  {
    id: 3,
    summary: {
      zh: '共同改善民营企业的政策、市场、金融、创新、人才和法治环境，构建亲清政商关系；在长春挑选收益可预期的项目，以PPP等方式引入天津社会资本，并支持天津民间资本在长春依法设立中小型银行等金融机构。',
      en: 'Together the cities improve the policy, market, financial, innovation, talent and legal setting for private firms and build clean, close relations between government and business; they pick Changchun projects with predictable returns to draw Tianjin private capital through public-private partnerships, and support Tianjin private investors in lawfully setting up small and medium banks in Changchun.',
    },
  },
  {
    id: 4,
    summary: {
      zh: '借鉴天津空港、港口建设经验，建设长春空港、陆港、临时开放口岸和多式联运中心，共同面向东北亚开放；两市互相参加对方的重要展会，共享经贸、招商和引才平台。',
      en: "Drawing on Tianjin's airport and seaport experience, Changchun builds its airport and inland port, a temporary port of entry and a multimodal transport hub, and the two open up towards North-East Asia together; each city takes part in the other's main trade fairs and they share platforms for trade, investment and recruiting talent.",
    },
  },
  {
    id: 5,
    summary: {
      zh: '组织天津的标杆企业、先进园区、金融和科研机构到长春交流（“长春行”系列活动），并定期安排长春重点部门和企业负责人赴天津学习。',
      en: "A series of visits brings leading Tianjin companies, model parks, financial and research bodies to Changchun, and heads of Changchun's key departments and companies regularly go to Tianjin to learn.",
    },
  },
  {
    id: 6,
    summary: {
      zh: '让长春的汽车、轨道客车等装备制造能力对接天津的设备需求，整合上下游产业链；鼓励天津装备企业开拓东北市场、在长春设研发制造基地，两市共建企业技术联盟和制造业创新中心，推进汽车装备等产业配套。',
      en: "Changchun's car and rail-coach manufacturing is matched with Tianjin's demand for equipment and supply chains are joined up; Tianjin equipment makers are encouraged to sell in the North-East and set up research and production in Changchun, and the cities form technology alliances and manufacturing innovation centres, linking up suppliers in sectors such as automotive equipment.",
    },
  },
  {
    id: 7,
    summary: {
      zh: '引导天津战略性新兴产业把长春作为拓展区，对接长春的生物医药、光电信息、新能源汽车、新材料和大数据等产业；借助天津航空航天和生物医药优势，推进长春通用航空、航天信息和生物医药方面的园区建设。',
      en: "Tianjin's strategic emerging industries are steered to expand into Changchun and to link up with its biomedicine, optoelectronics, new-energy vehicles, new materials and big data; Tianjin's strength in aerospace and biomedicine is to help Changchun build parks for general aviation, space information and biomedicine.",
    },
  },
  {
    id: 8,
    summary: {
      zh: '支持天津证券、保险、基金等机构在长春开展业务，研究以市场化方式设立创投、天使和股权投资基金，共办融资洽谈会；加强物流合作，改善长春航空和陆港物流条件，争取加密两市航线。',
      en: 'Producer services, mainly finance and logistics: Tianjin securities, insurance and fund firms are to do business in Changchun; the cities study market-based venture, angel and equity funds and share a financing fair; they work together on logistics, improve Changchun air and inland-port freight facilities, and seek more flights between the two cities.',
    },
  },
  {
    id: 9,
    summary: {
      zh: '鼓励天津农业龙头企业在长春建特色农产品基地；长春在天津推介绿色农产品品牌、办展销，拓宽线上线下销路；借助天津的营销网络，共同发展农业物联网和“互联网+”农业。',
      en: "Leading Tianjin agribusinesses are encouraged to set up specialty farm bases in Changchun; Changchun promotes its green farm brands in Tianjin through sales fairs and online and offline channels; with Tianjin's marketing networks the cities develop the farm internet of things and internet-based agriculture.",
    },
  },
  {
    id: 10,
    summary: {
      zh: '研究互设城市文化主题日、互办演出和推介活动；支持天津旅游企业开发长春的冰雪、避暑、乡村等旅游资源，两地互换展位、媒体互访、互送客源；共同发展养老、医疗等大健康产业。',
      en: "The cities consider city culture days, exchange performances and promotion events; Tianjin tourism investors are to develop Changchun's snow, summer, leisure and rural tourism, the two swap fair stands, media visits and visitors; and they build up elderly care, medical and other health industries together.",
    },
  },
  {
    id: 11,
    summary: {
      zh: '两市建立科技会商制度，协调科技合作的重要事项；鼓励高校、院所和企业开展产学研用合作，定期举办成果转化对接活动。',
      en: 'A standing consultation between the cities settles key matters of science and technology cooperation; universities, institutes and companies are encouraged to work together on research and its use, with regular events to match results with users.',
    },
  },
  {
    id: 12,
    summary: {
      zh: '两市高校开展科技交流，双方共同设立创业创新基金，支持成果在长春转化；高校开展学科建设合作和联合培养学生，定期组织师资交流和学生互访，研究开展学分互认，合作发展职业教育，并借鉴天津国家现代职业教育改革创新示范区的成果。',
      en: "The cities' universities exchange research, and the two sides jointly set up an innovation fund so results can be applied in Changchun; universities cooperate on building disciplines and train students jointly, exchange teachers and students, study mutual recognition of credits, work together on vocational education and draw on Tianjin's vocational reform demonstration zone.",
    },
  },
  {
    id: 13,
    summary: {
      zh: '天津向长春介绍“双创”的典型案例、企业、平台和模式，两市在多个领域共建“双创”平台，共同建设津长“双创”示范基地，并引进天津的专家团队和服务机构到长春创业创新。',
      en: 'Tianjin shares model cases, firms, platforms and methods of innovation and entrepreneurship with Changchun; the cities build start-up platforms in several fields, develop the joint innovation and entrepreneurship demonstration base, and bring Tianjin experts, teams and service firms to Changchun.',
    },
  },
  {
    id: 14,
    summary: {
      zh: '以输出管理、引入政策、嫁接产业、分享财税等方式，在长春发展“飞地经济”和“分园区”，推行企业投资项目承诺制，共同建设津长产业合作园和津长双创示范基地。',
      en: 'Through exported management, borrowed policies, grafted industries and shared tax revenue, Changchun develops enclave and branch parks, uses commitment-based approval of investment projects, and the cities jointly build the industrial cooperation park and the innovation and entrepreneurship base.',
    },
  },
  {
    id: 15,
    summary: {
      zh: '推动两市的区县和功能区结对合作（共15组，其中3组是一方对两方，另有一项保税区域的对接），让各对围绕重点领域探索合作的新模式、新路径。',
      en: "The cities' districts, counties and functional zones are paired (15 pairs, three of them one partner with two, plus a link between bonded zones), and each pair explores new models and paths of cooperation in the key fields.",
    },
  },
  {
    id: 16,
    summary: {
      zh: '支持工商联、商会和行业协会交流；联合招商、共建招商网站、委托招商；加强电子商务合作，帮助长春商贸企业转型和跨区域经营；借助展会共同推介名优产品，并在商超互设名优产品专区。',
      en: "Federations of industry and commerce, chambers and trade associations work together; the cities recruit investors jointly, through a shared website and by mandate; they cooperate on e-commerce and help Changchun retailers modernise and trade across regions; they promote each other's quality local products at fairs and in dedicated corners of each other's supermarkets.",
    },
  },
  {
    id: 17,
    summary: {
      zh: '县处级以上干部和国企负责人相互挂职；依托天津的培训平台，请天津干部、企业家和学者为长春的干部、企业管理和技术人员开展专项培训；支持长春定期到天津高校招聘毕业生。',
      en: 'Officials at county level and above and heads of state firms take up posts in the other city; Tianjin officials, entrepreneurs and scholars train Changchun officials, managers and specialists on Tianjin training platforms; and Changchun recruits graduates at Tianjin universities regularly.',
    },
  },
  {
    id: 18,
    summary: {
      zh: '加强人力资源服务合作，成立跨市人力资源服务联盟，共享人才信息，在人才智库、成果转化和协同创新方面合作；借鉴天津人力资源服务产业基地的经验，推动长春人力资源产业园建设。',
      en: "The cities cooperate on human-resource services through a cross-city alliance and shared job information, and work together on think tanks, putting research to use and joint innovation; Changchun builds a human-resources industrial park drawing on Tianjin's experience with such a base.",
    },
  },
];

/**
 * The article sentences the facts are quoted from. `zh` is copied character for character from
 * the captured page (half-width `,` `:` `;` as captured, curly quotes kept), because FACT.SOURCE
 * promises the exact words and a test finds each one on its `line`. `en` is our translation.
 */
export interface Sentence {
  readonly zh: string;
  readonly en: string;
  /** 1-based line of the captured text file (shared/source/article.zh.txt). */
  readonly line: number;
  readonly sectionZh: string;
  readonly sectionEn: string;
}

const PAGE = { sectionZh: "页面元数据", sectionEn: "Page metadata" } as const;
const LEAD = { sectionZh: "导语(标题下第4段)", sectionEn: "Lead (4th paragraph)" } as const;
const REPORTS = {
  sectionZh: "一、为什么都在亏钱,却还在拼命砸钱? / 翻开财报,触目惊心",
  sectionEn: "Sec. 1: Why keep pouring in money while losing it? / \"Open the financial reports\"",
} as const;
const LOGICS = {
  sectionZh: "二、撒钱背后的三大逻辑",
  sectionEn: "Sec. 2: Three logics behind the spending",
} as const;
const ECOSYSTEM = {
  sectionZh: "二、撒钱背后的三大逻辑 / 3. 生态闭环",
  sectionEn: "Sec. 2: Three logics behind the spending / 3. Closed-loop ecosystem",
} as const;
const DISECONOMIES = {
  sectionZh: "三、烧钱能烧出未来吗?警惕“规模不经济”",
  sectionEn: "Sec. 3: Can burning cash buy the future? Beware 'diseconomies of scale'",
} as const;
const REAL_WORLD = {
  sectionZh: "四、真正的胜负手:不是参数,而是“嵌入真实世界的能力”",
  sectionEn: "Sec. 4: What really decides: not parameters but 'the ability to embed in the real world'",
} as const;

export const SENTENCES = {
  title: {
    ...PAGE,
    line: 16,
    zh: "AI大模型狂撒钱:一场看不见硝烟的“入口战争”",
    en: "AI model makers throw money around: an 'entry war' fought without gunsmoke",
  },
  viewsReplies: { ...PAGE, line: 14, zh: "查看: 121|回复: 0", en: "Views: 121 | Replies: 0" },
  postedAt: {
    ...PAGE,
    line: 19,
    zh: "发表于 2026-2-6 14:59",
    en: "Posted 2026-02-06 14:59 (forum time; the page footer says GMT+1).",
  },
  author: { ...PAGE, line: 26, zh: "作者:微信文章", en: "Author: a WeChat article (repost, no author named)" },
  renderedAt: {
    ...PAGE,
    line: 129,
    zh: "GMT+1, 2026-2-11 15:17",
    en: "Page rendered 2026-02-11 15:17, GMT+1.",
  },
  springFestival: {
    // Reference labels this the lead's 4th paragraph; on the page it is the 2nd (line 33 is the 4th).
    sectionZh: "导语(标题下第2段)",
    sectionEn: "Lead (2nd paragraph)",
    line: 29,
    zh: "临近春节,互联网巨头们上演了一出熟悉的戏码——撒钱抢人。",
    en: "With the Spring Festival near, the internet giants stage a familiar show: throwing money to win users.",
  },
  lead: {
    ...LEAD,
    line: 33,
    zh: "腾讯元宝上线首日登顶App Store免费榜,阿里千问月活破亿,百度文心一言豪掷5亿红包,字节豆包绑定央视春晚……表面看是热闹非凡的“红包雨”,实则是一场关乎未来十年数字生态主导权的战略卡位战。",
    en: "Tencent's Yuanbao reached No. 1 on the App Store free chart on its first day, Alibaba's Qwen broke 100 million monthly active users, Baidu's ERNIE Bot (Wenxin Yiyan) splashed out 500 million on red packets, ByteDance's Doubao teamed up with the CCTV Spring Festival Gala... It looks like a festive 'red-packet rain', but it is a strategic fight for position over who leads the digital ecosystem for the next ten years.",
  },
  minimax: {
    ...REPORTS,
    line: 39,
    zh: "MiniMax:2025年前三季度营收3.77亿元,净亏损36.05亿元;",
    en: "MiniMax: revenue of 377 million yuan (3.77亿元) and a net loss of 3.605 billion yuan (36.05亿元) in the first three quarters of 2025;",
  },
  zhipu: {
    ...REPORTS,
    line: 41,
    zh: "千朴AI:上半年营收1.91亿元,亏损23.58亿元;",
    en: "'Qianpu AI' [sic: Zhipu AI, 智谱]: first-half revenue of 191 million yuan (1.91亿元) and a loss of 2.358 billion yuan (23.58亿元);",
  },
  openai: {
    ...REPORTS,
    line: 43,
    zh: "OpenAI:每赚100美元,仍要亏250美元,却计划融资1000亿美元。",
    en: "OpenAI: it still loses US$250 for every US$100 it earns, yet plans to raise US$100 billion (1000亿美元).",
  },
  logicEntry: {
    ...LOGICS,
    line: 51,
    zh: "1. 入口焦虑:传统流量见顶,AI成唯一增量",
    en: "1. Entry anxiety: classic traffic has peaked and AI is the only growth left",
  },
  logicFlywheel: {
    ...LOGICS,
    line: 61,
    zh: "2. 数据飞轮:用户越多,模型越强,生态越牢",
    en: "2. Data flywheel: more users, stronger models, a tighter ecosystem",
  },
  logicEcosystem: {
    ...LOGICS,
    line: 69,
    zh: "3. 生态闭环:AI不是孤立产品,而是连接器",
    en: "3. Closed-loop ecosystem: AI is a connector, not a stand-alone product",
  },
  tencentEcosystem: {
    ...ECOSYSTEM,
    line: 71,
    zh: "腾讯:把元宝嵌入微信群聊,用社交裂变渗透日常沟通;",
    en: "Tencent: puts Yuanbao into WeChat group chats and lets social sharing carry it into everyday conversation;",
  },
  alibabaEcosystem: {
    ...ECOSYSTEM,
    line: 73,
    zh: "阿里:将千问接入淘宝、飞猪、高德,打通“AI+消费”全链路;",
    en: "Alibaba: connects Qwen to Taobao, Fliggy and Amap (Gaode), joining up the whole 'AI + consumption' chain;",
  },
  baiduEcosystem: {
    ...ECOSYSTEM,
    line: 75,
    zh: "百度:绑定搜索、地图、办公工具,打造“AI即服务”场景矩阵;",
    en: "Baidu: ties [its AI] to search, maps and office tools to build an 'AI as a service' grid of use cases;",
  },
  bytedanceEcosystem: {
    ...ECOSYSTEM,
    line: 77,
    zh: "字节:借豆包+抖音+春晚,实现内容与智能的双向导流。",
    en: "ByteDance: uses Doubao + Douyin + the Spring Festival Gala to send traffic both ways between content and AI.",
  },
  consumerSide: {
    ...DISECONOMIES,
    line: 85,
    zh: "活跃用户千万,付费率不足1%,导致“用户越多,亏得越快”。",
    en: "Ten million active users (千万; perhaps meant as 'tens of millions') and a paying rate under 1% mean 'the more users, the faster the losses'.",
  },
  enterpriseSide: {
    ...DISECONOMIES,
    line: 87,
    zh: "B端门槛:企业要私有化部署、可解释性、行业定制,单项目成本动辄数百万,交付周期长,复制难。",
    en: "Enterprise barrier: companies want private deployment, explainability and industry customisation; one project easily costs several million (currency not printed), takes long to deliver and is hard to repeat.",
  },
  marketing: {
    ...DISECONOMIES,
    line: 89,
    zh: "营销内卷:Kimi在B站单用户获客成本高达30元;豆包单月广告投放超1亿元——广告平台成了最大赢家。",
    en: "Marketing arms race: Kimi pays as much as 30 yuan to acquire one user on Bilibili; Doubao spends over 100 million yuan on ads in a single month, and the ad platforms are the real winners.",
  },
  zhangJie: {
    ...DISECONOMIES,
    line: 91,
    zh: "正如张捷所言:“美国烧钱,既是技术竞赛,也是人才收割与资本转移的游戏。”",
    en: "As Zhang Jie said: 'America's cash burning is a technology race and also a game of harvesting talent and moving capital.'",
  },
  gpt5: {
    ...REAL_WORLD,
    line: 95,
    zh: "GPT-5或许更强,但若不能解决用户的实际问题——比如帮小商家写文案、替医生整理病历、为学生个性化辅导——再高的参数也只是空中楼阁。",
    en: "GPT-5 may be stronger, but if it cannot solve users' real problems (copy for small merchants, medical records for doctors, one-to-one tutoring for students), the biggest parameter count is a castle in the air.",
  },
  timeAward: {
    ...REAL_WORLD,
    line: 99,
    zh: "正如《时代周刊》将2025年“年度人物”授予AI构建者时所写:",
    en: "As TIME wrote when it named the builders of AI its 2025 'Person of the Year':",
  },
  timeQuote: {
    ...REAL_WORLD,
    line: 101,
    zh: "“昔日工人在摩天楼顶筑起城市天际线;今日AI领袖在无形高塔上重构人类认知边界。”",
    en: "'Yesterday workers built the city skyline on top of skyscrapers; today AI leaders rebuild the limits of human cognition on invisible towers.'",
  },
} as const satisfies Record<string, Sentence>;

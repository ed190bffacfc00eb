import { column, defineTable } from "../defineTable";
import { SOURCES } from "./sources";

/** How the article's claim compares with public reports. */
export type Verdict = "agrees" | "agrees_with_caveat" | "partially_agrees" | "stale" | "not_found" | "unverifiable";

type FactCheckRow = {
  readonly check_id: string;
  /** Fact ids checked, `;`-separated. */
  readonly fact_ids: string;
  readonly topic: string;
  readonly claim_zh: string;
  readonly claim_en: string;
  readonly public_finding: string;
  readonly verdict: Verdict;
  readonly verdict_detail: string;
  readonly source_count: number;
};

/** Counted from the Sources table, so the two sheets cannot disagree. */
const sourceCount = (checkId: string): number => SOURCES.rows.filter((row) => row.check_id === checkId).length;

/**
 * A finding of absence says what was searched: "{none}" in `public_finding` becomes "None of the
 * N sources consulted" with N counted from the Sources table, so the sentence never claims more
 * than those sources support ("no source states" would claim a search of every source).
 */
const noneOf = (count: number): string =>
  count === 0 ? "No source is listed for this check, and the search made for it found none that" : `None of the ${count} sources consulted`;

const check = (row: Omit<FactCheckRow, "source_count">): FactCheckRow => {
  const count = sourceCount(row.check_id);
  return { ...row, public_finding: row.public_finding.replace("{none}", noneOf(count)), source_count: count };
};

export const FACT_CHECK = defineTable<FactCheckRow>({
  name: "FactCheck",
  labelZh: "事实核查",
  description:
    "What public reports say about each claim. Verdicts: agrees | agrees_with_caveat | partially_agrees | stale | not_found | unverifiable.",
  descriptionZh: "公开报道对每条说法的核查。结论:agrees | agrees_with_caveat | partially_agrees | stale | not_found | unverifiable。",
  key: "check_id",
  columns: [
    column("check_id", "核查编号", "string", "@", "Stable check id"),
    column("fact_ids", "相关事实", "string", "@", "Fact ids checked, ';'-separated"),
    column("topic", "主题", "string", "@", "What was checked"),
    column("claim_zh", "原文说法", "string", "@", "The claim in the article's words"),
    column("claim_en", "说法(英文)", "string", "@", "The claim in English"),
    column("public_finding", "公开资料", "string", "@", "What public reports say"),
    column("verdict", "结论", "enum", "@", "agrees | agrees_with_caveat | partially_agrees | stale | not_found | unverifiable"),
    column("verdict_detail", "结论说明", "string", "@", "Why that verdict"),
    column("source_count", "来源数", "integer", "0", "Sources listed for this check in the Sources sheet"),
  ],
  rows: [
    check({
      check_id: "FC-01",
      fact_ids: "FIN-001",
      topic: "MiniMax revenue and net loss, nine months 2025",
      claim_zh: "MiniMax:2025年前三季度营收3.77亿元,净亏损36.05亿元",
      claim_en: "MiniMax: 9M 2025 revenue 377m yuan, net loss 3,605m yuan",
      public_finding:
        "MiniMax (a Cayman holding company reporting in US dollars) disclosed in its HKEX post-hearing information pack (2025-12-21; prospectus dated 2025-12-31; listed 2026-01-09, stock code 0100) revenue of US$53.437m for the nine months to 2025-09-30 (about +175% year on year), a loss of US$512m (labelled 归母净亏损 by 中国经营报), an adjusted (non-IFRS) net loss of US$186.3m and a 23.3% gross margin. No yuan figures appear in the coverage of the filing. 3.77亿元 = US$53.437m x 7.0550 and 36.05亿元 = US$512m x 7.0410, so the article converted at about 7.04-7.06 CNY per USD; other outlets wrote 约3.76亿元 (北京商报), 约36亿元 (itiger) or 35.82亿元 (资市分子).",
      verdict: "agrees",
      verdict_detail:
        "Agrees when read as yuan conversions of the US-dollar prospectus figures. The loss is the IFRS loss, swollen by fair-value losses on financial liabilities (preferred shares): the adjusted loss ratio is 3.49x against 9.56x.",
    }),
    check({
      check_id: "FC-02",
      fact_ids: "FIN-002",
      topic: "'千朴AI' = Zhipu AI revenue and loss, H1 2025",
      claim_zh: "千朴AI:上半年营收1.91亿元,亏损23.58亿元",
      claim_en: "'Qianpu AI': H1 revenue 191m yuan, loss 2,358m yuan",
      public_finding:
        "Zhipu (北京智谱华章科技股份有限公司; HKEX 2513, listed 2026-01-08 at HK$116.20), post-hearing prospectus of 2025-12-19: H1 2025 revenue RMB190.9m (1.909亿元; +325% from 4490万 a year earlier), loss for the period RMB2,358m (23.58亿元, +91%), adjusted net loss RMB1,752m (17.52亿元), gross margin 50.0%. Both printed numbers match Zhipu, revenue after rounding. No company called 千朴AI was found. A few outlets give 23.51亿 (perhaps the loss attributable to owners; unverified) and one calls the adjusted 17.52亿 the 'net loss'.",
      verdict: "agrees",
      verdict_detail:
        "Agrees (revenue rounded from 1.909 to 1.91). 千朴AI is a misprint of 智谱AI: the printed name is kept and resolves to Zhipu. The article's 亏损 is the IFRS loss for the period, not the adjusted loss.",
    }),
    check({
      check_id: "FC-03",
      fact_ids: "MKT-006",
      topic: "OpenAI loses US$250 per US$100 earned",
      claim_zh: "OpenAI:每赚100美元,仍要亏250美元",
      claim_en: "OpenAI loses $250 for every $100 of revenue",
      public_finding:
        "{none} states a 2.5x loss-to-revenue ratio (250 lost per 100 earned). Reported data points: H1 2025 revenue US$4.3bn against a net loss of US$13.5bn ($314 per $100; over half of it non-cash remeasurement of convertible interests) and an operating loss of US$7.8bn ($181 per $100) (The Information/FT via coincentral and biggo); a Fortune China commentary citing The Information and analysts: about US$2.25 spent per US$1 earned (about $125 lost per $100); Microsoft's 10-Q implies a loss of about US$11.5bn in the September 2025 quarter (that quarter's revenue was not disclosed).",
      verdict: "not_found",
      verdict_detail:
        "No source consulted gives the 250-per-100 figure. That losses exceed revenue is well documented (about 1.25x to 3.14x, depending on period and loss measure). Treat it as approximate, not as a reported figure.",
    }),
    check({
      check_id: "FC-04",
      fact_ids: "FND-001",
      topic: "OpenAI plans to raise US$100bn",
      claim_zh: "却计划融资1000亿美元",
      claim_en: "plans to raise US$100bn",
      public_finding:
        "Reports of 2025-12-18/19 (The Information via 财联社; WSJ): OpenAI was in early talks to raise up to US$100bn at a valuation of about US$750-830bn, possibly closing in Q1 2026. The Economist (Dec 2025) said OpenAI would 'almost certainly' raise in 2026, rumoured at up to US$100bn. Not to be confused with Nvidia's September 2025 plan to invest up to US$100bn in OpenAI in stages. (A February 2026 page claiming a completed US$110bn round was seen but not verified.)",
      verdict: "agrees_with_caveat",
      verdict_detail:
        "The amount matches, but the status was 'in talks, up to', not a firm plan: stored as status planned with an 'up to, in talks' qualifier.",
    }),
    check({
      check_id: "FC-05",
      fact_ids: "USR-002",
      topic: "Qwen app MAU above 100 million",
      claim_zh: "阿里千问月活破亿",
      claim_en: "Qwen MAU broke 100 million",
      public_finding:
        "At Alibaba's Qwen launch on 2026-01-15 ('From Question To Action') Qwen's consumer MAU was said to exceed 100 million across app, web and PC. World Journal (2026-02-01) also reports 1亿 monthly actives for 千问. An earlier milestone: over 30 million MAU on 2025-12-10, 23 days after the relaunch.",
      verdict: "agrees_with_caveat",
      verdict_detail: "A company-reported MAU across all channels: not app-only, not measured by a third party.",
    }),
    check({
      check_id: "FC-06",
      fact_ids: "USR-003",
      topic: "Baidu's 500 million in red packets",
      claim_zh: "百度文心一言豪掷5亿红包",
      claim_en: "Baidu's ERNIE Bot spends 500m on red packets",
      public_finding:
        "On 2026-01-25 Baidu announced that users of 文心助手 in the Baidu App could share 5亿元 of cash red packets from 2026-01-26 to 2026-03-12, with single packets up to 1万元. The red packets were reached through the Baidu App, not the 文心 app. ETtoday (citing 中国商报) also loosely says 百度文心一言.",
      verdict: "agrees",
      verdict_detail:
        "The amount (5亿元, CNY) agrees. The product name is loose: it is 文心助手 inside the Baidu App, not the 文心一言 app (now 文小言).",
    }),
    check({
      check_id: "FC-07",
      fact_ids: "USR-001",
      topic: "Tencent Yuanbao No. 1 on the App Store free chart on day one",
      claim_zh: "腾讯元宝上线首日登顶App Store免费榜",
      claim_en: "Yuanbao topped the App Store free chart on its first day",
      public_finding:
        "Tencent announced on 2026-01-25 a 10亿元 Yuanbao red-packet campaign starting 2026-02-01. On 2026-02-01 Yuanbao reached No. 1 on the China App Store free chart (七麦数据 via TechWeb; World Journal: it overtook Doubao; Frontiers Online: No. 1 within 14 hours); on 2026-01-31 it was No. 2. The Yuanbao app itself launched in late May 2024.",
      verdict: "agrees_with_caveat",
      verdict_detail:
        "True for the campaign's first day (2026-02-01); false if 上线首日 means the app's launch day. The article leaves out the 10亿元 pool.",
    }),
    check({
      check_id: "FC-08",
      fact_ids: "ECO-009;ECO-010",
      topic: "Doubao and the CCTV Spring Festival Gala",
      claim_zh: "字节豆包绑定央视春晚",
      claim_en: "ByteDance's Doubao tied to the CCTV Spring Festival Gala",
      public_finding:
        "LatePost reported on 2025-12-23, and Volcano Engine later announced, that ByteDance's Volcano Engine is the exclusive AI cloud partner of the 2026 CCTV Spring Festival Gala, with Doubao running the interactive features (Doubao announced it was joining on 2026-02-10). The gala aired on 2026-02-16, after the article: ByteDance reported 1.9bn AI interactions and a peak of 63.3bn tokens per minute, and Doubao appeared in the sketch 《奶奶的最爱》.",
      verdict: "agrees",
      verdict_detail: "Agrees. Formally the partner is Volcano Engine, ByteDance's cloud arm, with Doubao as the consumer face.",
    }),
    check({
      check_id: "FC-09",
      fact_ids: "MKT-004",
      topic: "Kimi's 30-yuan CAC on Bilibili",
      claim_zh: "Kimi在B站单用户获客成本高达30元",
      claim_en: "Kimi's CAC on Bilibili as high as 30 yuan",
      public_finding:
        "《财经天下》 (Dec 2024, reprinted by 凤凰科技 on 2024-12-08): '今年春节后,月之暗面在B站给出的CPA报价,已高达30元'; an analyst said the Bilibili price went '从年初的30元卷到了50元' by November 2024, after which Kimi moved spending to Kuaishou.",
      verdict: "stale",
      verdict_detail:
        "The 30-yuan figure is real but dates from early 2024 (after that year's Spring Festival); by November 2024 it was reportedly 50 yuan. The as_of column carries that date.",
    }),
    check({
      check_id: "FC-10",
      fact_ids: "MKT-005",
      topic: "Doubao ad spend above 100 million yuan in a month",
      claim_zh: "豆包单月广告投放超1亿元",
      claim_en: "Doubao spends over 100m yuan on ads in a single month",
      public_finding:
        "{none} gives more than 1亿元 in a single month. AppGrowing-based figures found: Doubao over 4亿元 from 2024-01-01 to 2024-11-15 (搜狐科技); about 1亿元 in Q4 2024 and 1.38亿元 in Q1 2025, per quarter (《中国企业家》). For comparison, Tencent Yuanbao spent 19.8亿元 in January 2026 (AppGrowing via 澎湃).",
      verdict: "not_found",
      verdict_detail:
        "Not confirmed: the quarterly figures found average under 1亿 a month in Q4 2024-Q1 2025. A month above 1亿 in some other period cannot be ruled out.",
    }),
    check({
      check_id: "FC-11",
      fact_ids: "MKT-001;MKT-002",
      topic: "Paying rate under 1% with ten million active users",
      claim_zh: "活跃用户千万,付费率不足1%",
      claim_en: "10m active users, paying rate under 1%",
      public_finding:
        "{none} gives a market paying rate under 1%. MiniMax's prospectus: about 1,771,600 paying users against 27.622m average MAU in the nine months of 2025 (about 6.4%, on different definitions). A reportify summary (method unclear) puts Chinese consumer AI paying rates at 3%-13%, against 15%-40% in the US. '活跃用户千万' is a generic illustration.",
      verdict: "not_found",
      verdict_detail: "Not verified; the data points found are above 1%. Kept as the article's claim with comparison '<'.",
    }),
    check({
      check_id: "FC-12",
      fact_ids: "MKT-003",
      topic: "Private deployment costs several million per project",
      claim_zh: "单项目成本动辄数百万",
      claim_en: "one project easily costs several million",
      public_finding:
        "{none} gives an authoritative per-project figure. Generic deployment guides put the hardware alone for a large private LLM deployment at about 1.9-3 million yuan (e.g. 8xH20 at about 193万元; one finance case with about 300万元 of hardware).",
      verdict: "unverifiable",
      verdict_detail: "A plausible order of magnitude without a primary source. The article prints no currency.",
    }),
    check({
      check_id: "FC-13",
      fact_ids: "CTX-008;CTX-009",
      topic: "TIME 2025 Person of the Year",
      // The article's own curly quotes, so the claim is found verbatim like every other quote.
      claim_zh: "《时代周刊》将2025年“年度人物”授予AI构建者",
      claim_en: "TIME's 2025 Person of the Year went to the builders of AI",
      public_finding:
        "TIME named 'The Architects of AI' its 2025 Person of the Year on 2025-12-11 (Huang, Altman, Musk, Zuckerberg, Su, Hassabis, Amodei, Li); one cover recreates the 1932 'Lunch Atop a Skyscraper' photograph. The Chinese sentence the article gives as TIME's words was not found; it reads like a paraphrase of that cover.",
      verdict: "agrees_with_caveat",
      verdict_detail: "The award agrees; the quotation is unverified.",
    }),
    check({
      check_id: "FC-14",
      fact_ids: "ECO-002;ECO-003;ECO-004",
      topic: "Qwen connected to Taobao, Fliggy and Amap",
      claim_zh: "将千问接入淘宝、飞猪、高德",
      claim_en: "Qwen connected to Taobao, Fliggy and Amap",
      public_finding:
        "On 2026-01-15 the Qwen app connected 淘宝闪购, 支付宝, 淘宝, 飞猪 and 高德 and launched more than 400 AI task features (ordering food, shopping, booking flights and hotels).",
      verdict: "agrees",
      verdict_detail: "Agrees; the article leaves out Alipay and Taobao Instant Commerce (淘宝闪购).",
    }),
    check({
      check_id: "FC-15",
      fact_ids: "ECO-001",
      topic: "Yuanbao embedded in WeChat group chats",
      claim_zh: "把元宝嵌入微信群聊",
      claim_en: "Yuanbao embedded in WeChat group chats",
      public_finding:
        "'元宝派' is a group-chat space inside the Yuanbao app (beta 2026-01-26, public beta 2026-02-01) into which users invite WeChat and QQ friends. Yuanbao red-packet links spread through WeChat groups until WeChat restricted them on 2026-02-04 for '诱导分享'.",
      verdict: "partially_agrees",
      verdict_detail:
        "Spreading through WeChat groups is real, but Yuanbao is not literally embedded in WeChat group chats, and WeChat blocked its links.",
    }),
    check({
      check_id: "FC-16",
      fact_ids: "CTX-010",
      topic: "Zhang Jie quotation",
      claim_zh: "张捷所言:“美国烧钱,既是技术竞赛,也是人才收割与资本转移的游戏。”",
      claim_en: "Zhang Jie on America's cash burning",
      public_finding: "{none} contains the quotation; the speaker is identified only by name.",
      verdict: "not_found",
      verdict_detail: "Unverified quotation.",
    }),
  ],
});

import { column, defineTable } from "../defineTable";
import { PROVENANCE_COLUMNS, type Provenance, quoted } from "../provenance";
import { SENTENCES } from "../sentences";

type Relation = "embedded_in" | "connected_to" | "bound_to" | "co_promotion";

type EcosystemRow = Provenance & {
  readonly fact_id: string;
  readonly company_en: string;
  readonly company_zh: string;
  readonly assistant_as_printed: string | null;
  readonly assistant_resolved: string;
  readonly platform_as_printed: string;
  readonly platform_en: string;
  readonly platform_type: string;
  readonly relation: Relation;
  readonly relation_zh: string;
  readonly note: string | null;
};

type Company = Pick<EcosystemRow, "company_en" | "company_zh">;
const TENCENT: Company = { company_en: "Tencent", company_zh: "腾讯" };
const ALIBABA: Company = { company_en: "Alibaba", company_zh: "阿里" };
const BAIDU: Company = { company_en: "Baidu", company_zh: "百度" };
const BYTEDANCE: Company = { company_en: "ByteDance", company_zh: "字节" };

const { alibabaEcosystem, baiduEcosystem, bytedanceEcosystem, lead, tencentEcosystem } = SENTENCES;
const QWEN_CLAUSE = "将千问接入淘宝、飞猪、高德";
const BAIDU_CLAUSE = "绑定搜索、地图、办公工具";
const BYTEDANCE_CLAUSE = "借豆包+抖音+春晚";

export const ECOSYSTEM = defineTable<EcosystemRow>({
  name: "Ecosystem",
  labelZh: "生态整合",
  description: "Which assistant is tied to which platform: one row per (company, assistant, platform) link.",
  descriptionZh: "AI助手与平台的绑定关系:每行一个(公司、助手、平台)组合。",
  key: "fact_id",
  columns: [
    column("fact_id", "事实编号", "string", "@", "Stable fact id"),
    column("company_en", "公司", "string", "@", "Company"),
    column("company_zh", "公司(中文)", "string", "@", "Company, in Chinese"),
    column("assistant_as_printed", "AI助手(原文)", "string", "@", "Assistant as printed; blank when the sentence names none"),
    column("assistant_resolved", "AI助手(校正)", "string", "@", "The assistant meant"),
    column("platform_as_printed", "平台(原文)", "string", "@", "Platform as printed"),
    column("platform_en", "平台(英文)", "string", "@", "Platform, in English"),
    column("platform_type", "平台类型", "string", "@", "Kind of platform"),
    column("relation", "关系", "enum", "@", "embedded_in | connected_to | bound_to | co_promotion"),
    column("relation_zh", "关系(原文)", "string", "@", "Relation word as printed"),
    column("note", "备注", "string", "@", "What public sources add"),
    ...PROVENANCE_COLUMNS,
  ],
  rows: [
    {
      fact_id: "ECO-001",
      ...TENCENT,
      assistant_as_printed: "元宝",
      assistant_resolved: "Tencent Yuanbao",
      platform_as_printed: "微信群聊",
      platform_en: "WeChat group chats",
      platform_type: "social / messaging",
      relation: "embedded_in",
      relation_zh: "嵌入",
      note: "Public sources: 元宝派, a group-chat space inside Yuanbao that WeChat and QQ friends are invited into, entered beta on 2026-01-26; WeChat restricted Yuanbao red-packet links on 2026-02-04.",
      ...quoted(tencentEcosystem, "把元宝嵌入微信群聊", "FC-15", "partially_agrees"),
    },
    {
      fact_id: "ECO-002",
      ...ALIBABA,
      assistant_as_printed: "千问",
      assistant_resolved: "Qwen app",
      platform_as_printed: "淘宝",
      platform_en: "Taobao",
      platform_type: "e-commerce",
      relation: "connected_to",
      relation_zh: "接入",
      note: null,
      ...quoted(alibabaEcosystem, QWEN_CLAUSE, "FC-14", "agrees"),
    },
    {
      fact_id: "ECO-003",
      ...ALIBABA,
      assistant_as_printed: "千问",
      assistant_resolved: "Qwen app",
      platform_as_printed: "飞猪",
      platform_en: "Fliggy",
      platform_type: "travel booking",
      relation: "connected_to",
      relation_zh: "接入",
      note: null,
      ...quoted(alibabaEcosystem, QWEN_CLAUSE, "FC-14", "agrees"),
    },
    {
      fact_id: "ECO-004",
      ...ALIBABA,
      assistant_as_printed: "千问",
      assistant_resolved: "Qwen app",
      platform_as_printed: "高德",
      platform_en: "Amap (Gaode)",
      platform_type: "maps / local services",
      relation: "connected_to",
      relation_zh: "接入",
      note: null,
      ...quoted(alibabaEcosystem, QWEN_CLAUSE, "FC-14", "agrees"),
    },
    {
      fact_id: "ECO-005",
      ...BAIDU,
      assistant_as_printed: null,
      assistant_resolved: "Wenxin / ERNIE (inferred from lead sentence; not named here)",
      platform_as_printed: "搜索",
      platform_en: "Baidu Search",
      platform_type: "search",
      relation: "bound_to",
      relation_zh: "绑定",
      note: null,
      ...quoted(baiduEcosystem, BAIDU_CLAUSE, null, "not checked"),
    },
    {
      fact_id: "ECO-006",
      ...BAIDU,
      assistant_as_printed: null,
      assistant_resolved: "Wenxin / ERNIE (inferred)",
      platform_as_printed: "地图",
      platform_en: "Baidu Maps",
      platform_type: "maps",
      relation: "bound_to",
      relation_zh: "绑定",
      note: null,
      ...quoted(baiduEcosystem, BAIDU_CLAUSE, null, "not checked"),
    },
    {
      fact_id: "ECO-007",
      ...BAIDU,
      assistant_as_printed: null,
      assistant_resolved: "Wenxin / ERNIE (inferred)",
      platform_as_printed: "办公工具",
      platform_en: "office tools (unspecified)",
      platform_type: "productivity",
      relation: "bound_to",
      relation_zh: "绑定",
      note: null,
      ...quoted(baiduEcosystem, BAIDU_CLAUSE, null, "not checked"),
    },
    {
      fact_id: "ECO-008",
      ...BYTEDANCE,
      assistant_as_printed: "豆包",
      assistant_resolved: "Doubao",
      platform_as_printed: "抖音",
      platform_en: "Douyin",
      platform_type: "short video",
      relation: "co_promotion",
      relation_zh: "借…+…",
      note: null,
      ...quoted(bytedanceEcosystem, BYTEDANCE_CLAUSE, null, "not checked"),
    },
    {
      fact_id: "ECO-009",
      ...BYTEDANCE,
      assistant_as_printed: "豆包",
      assistant_resolved: "Doubao",
      platform_as_printed: "春晚",
      platform_en: "Spring Festival Gala",
      platform_type: "TV event",
      relation: "co_promotion",
      relation_zh: "借…+…",
      note: "The same tie-up as ECO-010, mentioned a second time.",
      ...quoted(bytedanceEcosystem, BYTEDANCE_CLAUSE, "FC-08", "agrees"),
    },
    {
      fact_id: "ECO-010",
      ...BYTEDANCE,
      assistant_as_printed: "字节豆包",
      assistant_resolved: "Doubao",
      platform_as_printed: "央视春晚",
      platform_en: "CCTV Spring Festival Gala 2026",
      platform_type: "TV event",
      relation: "bound_to",
      relation_zh: "绑定",
      note: "Public sources: ByteDance's Volcano Engine is the exclusive AI cloud partner of the 2026 CCTV Gala, which aired on 2026-02-16, after the article.",
      ...quoted(lead, "字节豆包绑定央视春晚", "FC-08", "agrees"),
    },
  ],
});

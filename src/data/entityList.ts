/**
 * The subjects FACT can be asked about. A company and its assistant are one subject because the
 * article never gives them separate figures (腾讯 and 元宝 both mean the Yuanbao facts).
 * Besides these aliases, every name printed or resolved in a row's name columns also resolves
 * (see entities.ts), so a name copied from any sheet finds its subject.
 */
export interface EntityDefinition {
  readonly key: string;
  readonly nameEn: string;
  readonly nameZh: string;
  /** Fact ids, the primary fact first: generic columns (value, comparison…) are read from it. */
  readonly factIds: readonly string[];
  readonly aliases: readonly string[];
  /** Shown with the value when a name needed correcting. */
  readonly note: string | null;
}

const ids = (prefix: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${String(from + i).padStart(3, "0")}`);

export const ENTITIES: readonly EntityDefinition[] = [
  {
    key: "minimax",
    nameEn: "MiniMax",
    nameZh: "稀宇科技",
    factIds: ["FIN-001"],
    aliases: ["稀宇", "上海稀宇科技", "MiniMax Group", "MiniMax Group Inc.", "Shanghai Xiyu Technology"],
    note: null,
  },
  {
    key: "zhipu",
    nameEn: "Zhipu AI",
    nameZh: "智谱AI",
    factIds: ["FIN-002"],
    aliases: [
      "千朴AI",
      "千朴",
      "Qianpu AI",
      "智谱",
      "Zhipu",
      "智谱华章",
      "北京智谱华章科技股份有限公司",
      "Beijing Zhipu Huazhang Technology",
      "Knowledge Atlas",
    ],
    note: "The article prints 千朴AI, a misprint of 智谱AI (Zhipu AI): both figures match Zhipu's H1 2025 prospectus.",
  },
  {
    key: "yuanbao",
    nameEn: "Tencent Yuanbao",
    nameZh: "腾讯元宝",
    factIds: ["USR-001", "ECO-001"],
    aliases: ["元宝", "Yuanbao", "腾讯", "Tencent"],
    note: null,
  },
  {
    key: "qwen",
    nameEn: "Alibaba Qwen",
    nameZh: "阿里千问",
    factIds: ["USR-002", "ECO-002", "ECO-003", "ECO-004"],
    aliases: ["千问", "Qwen", "Qwen app", "通义千问", "通义", "Tongyi", "阿里", "阿里巴巴", "Alibaba"],
    note: null,
  },
  {
    key: "wenxin",
    nameEn: "Baidu Wenxin",
    nameZh: "百度文心一言",
    factIds: ["USR-003", "ECO-005", "ECO-006", "ECO-007"],
    aliases: ["文心", "文心一言", "文心助手", "ERNIE Bot", "ERNIE", "Wenxin", "Wenxin Yiyan", "百度", "Baidu"],
    note: "The article says 文心一言 (ERNIE Bot); the red packets ran in 文心助手 inside the Baidu App.",
  },
  {
    key: "doubao",
    nameEn: "ByteDance Doubao",
    nameZh: "字节豆包",
    factIds: ["MKT-005", "ECO-008", "ECO-009", "ECO-010"],
    aliases: ["豆包", "Doubao", "字节", "字节跳动", "ByteDance"],
    note: null,
  },
  {
    key: "kimi",
    nameEn: "Kimi",
    nameZh: "月之暗面",
    factIds: ["MKT-004"],
    aliases: ["Moonshot AI", "Moonshot"],
    note: "The article names the product Kimi only; its maker is Moonshot AI (月之暗面).",
  },
  {
    key: "openai",
    nameEn: "OpenAI",
    nameZh: "OpenAI",
    factIds: ["MKT-006", "FND-001"],
    aliases: [],
    note: null,
  },
  {
    key: "market",
    nameEn: "market",
    nameZh: "市场",
    factIds: ["MKT-001", "MKT-002", "MKT-003"],
    aliases: ["market-wide", "全市场", "行业"],
    note: "Market-wide figures: the article names no company.",
  },
  {
    key: "article",
    nameEn: "article",
    nameZh: "文章",
    factIds: ids("CTX", 1, 18),
    aliases: ["原文", "the article"],
    note: null,
  },
];

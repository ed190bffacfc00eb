import { column, defineTable } from "../defineTable";
import type { NumberFormat } from "../numberFormats";
import { PROVENANCE_COLUMNS, type Provenance, quoted } from "../provenance";
import { SENTENCES } from "../sentences";
import type { Comparison } from "../comparison";

type UserMetricsRow = Provenance & {
  readonly fact_id: string;
  readonly company_en: string;
  readonly company_zh: string;
  readonly product_as_printed: string;
  readonly product_resolved: string;
  readonly metric: "app_store_free_chart_rank" | "monthly_active_users" | "red_packet_pool";
  readonly metric_zh: string;
  readonly value: number;
  readonly value_number_format: NumberFormat;
  readonly value_printed: string;
  readonly unit: string;
  readonly unit_printed: string;
  readonly currency: string | null;
  readonly comparison: Comparison;
  readonly qualifier_en: string;
  readonly qualifier_zh: string;
  readonly platform: string;
  readonly as_of_per_public_sources: string;
};

const lead = SENTENCES.lead;

export const USER_METRICS = defineTable<UserMetricsRow>({
  name: "UserMetrics",
  labelZh: "用户与补贴",
  description: "Product-level facts: chart rank, monthly active users, red-packet pool. One row per metric.",
  descriptionZh: "产品层面的事实:榜单排名、月活、红包总额。每行一个指标。",
  key: "fact_id",
  columns: [
    column("fact_id", "事实编号", "string", "@", "Stable fact id"),
    column("company_en", "公司", "string", "@", "Company"),
    column("company_zh", "公司(中文)", "string", "@", "Company, in Chinese"),
    column("product_as_printed", "产品(原文)", "string", "@", "Product name as printed"),
    column("product_resolved", "产品(校正)", "string", "@", "The product the article means"),
    column("metric", "指标", "enum", "@", "app_store_free_chart_rank | monthly_active_users | red_packet_pool"),
    column("metric_zh", "指标(中文)", "string", "@", "Metric, in Chinese"),
    column("value", "数值(基本单位)", "number", "General", "Rank, users or yuan, per the unit column", "value_number_format"),
    column("value_number_format", "数值格式", "string", "@", "Excel format of this row's value"),
    column("value_printed", "数值(原文)", "string", "@", "The words or number printed"),
    column("unit", "单位", "string", "@", "Unit of value"),
    column("unit_printed", "单位(原文)", "string", "@", "Unit as printed"),
    column("currency", "币种", "string", "@", "ISO 4217 code, '(implied)' when the article prints none; blank when not money"),
    column("comparison", "比较符", "enum", "@", "= | > | < | <= | ~ | range: how the true figure relates to value"),
    column("qualifier_en", "限定(英文)", "string", "@", "What the printed hedge means"),
    column("qualifier_zh", "限定(原文)", "string", "@", "Hedge word as printed"),
    column("platform", "平台/范围", "string", "@", "Where the figure applies"),
    column("as_of_per_public_sources", "时点(公开来源)", "string", "@", "Date per public sources (the article gives none)"),
    ...PROVENANCE_COLUMNS,
  ],
  rows: [
    {
      fact_id: "USR-001",
      company_en: "Tencent",
      company_zh: "腾讯",
      product_as_printed: "腾讯元宝",
      product_resolved: "Tencent Yuanbao (元宝) AI assistant app",
      metric: "app_store_free_chart_rank",
      metric_zh: "App Store免费榜排名",
      value: 1,
      value_number_format: "0",
      value_printed: "登顶",
      unit: "rank",
      unit_printed: "(登顶 = reached No.1)",
      currency: null,
      comparison: "=",
      qualifier_en:
        "on its first day online (上线首日); public sources date the No. 1 to 2026-02-01, day one of its 1-billion-yuan red-packet campaign, while the app itself launched in May 2024",
      qualifier_zh: "上线首日",
      platform: "Apple App Store free chart (region not printed; China per public sources)",
      as_of_per_public_sources: "2026-02-01 (first day of the 10亿元 campaign)",
      ...quoted(lead, "腾讯元宝上线首日登顶App Store免费榜", "FC-07", "agrees_with_caveat"),
    },
    {
      fact_id: "USR-002",
      company_en: "Alibaba",
      company_zh: "阿里",
      product_as_printed: "阿里千问",
      product_resolved: "Qwen app (千问, formerly Tongyi)",
      metric: "monthly_active_users",
      metric_zh: "月活跃用户",
      value: 100000000,
      value_number_format: "#,##0",
      value_printed: "破亿",
      unit: "users/month",
      unit_printed: "亿",
      currency: null,
      comparison: ">",
      qualifier_en: "more than: 破亿 means it broke through 100 million",
      qualifier_zh: "破",
      platform: "all channels (company figure for app, web and PC, per public sources)",
      as_of_per_public_sources: "2026-01-15 (company announcement)",
      ...quoted(lead, "阿里千问月活破亿", "FC-05", "agrees_with_caveat"),
    },
    {
      fact_id: "USR-003",
      company_en: "Baidu",
      company_zh: "百度",
      product_as_printed: "百度文心一言",
      product_resolved:
        "Baidu Wenxin assistant (文心助手, inside the Baidu App); the article calls it 文心一言 (ERNIE Bot)",
      metric: "red_packet_pool",
      metric_zh: "红包总额",
      value: 500000000,
      value_number_format: "[$¥-804]#,##0",
      value_printed: "5亿",
      unit: "CNY (total pool)",
      unit_printed: "亿 (元 not printed)",
      currency: "CNY (implied)", // 5亿红包: the article prints no currency, as MKT-003
      comparison: "=",
      qualifier_en: "whole pool, 'splashed out' (豪掷); the currency is implied, not printed",
      qualifier_zh: "豪掷",
      platform: "Baidu App / 文心助手, 2026-01-26 to 2026-03-12 (public sources)",
      as_of_per_public_sources: "announced 2026-01-25; runs 2026-01-26 to 2026-03-12",
      ...quoted(lead, "百度文心一言豪掷5亿红包", "FC-06", "agrees (amount); product name loose"),
    },
  ],
});

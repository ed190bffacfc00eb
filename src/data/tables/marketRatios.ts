import type { Comparison } from "../comparison";
import { column, defineTable } from "../defineTable";
import type { NumberFormat } from "../numberFormats";
import { PROVENANCE_COLUMNS, type Provenance, quoted } from "../provenance";
import { SENTENCES } from "../sentences";

type MarketRatiosRow = Provenance & {
  readonly fact_id: string;
  readonly scope: string;
  readonly company_en: string | null;
  readonly product: string | null;
  readonly metric: string;
  readonly metric_zh: string;
  /** Point value; null when the article gives only a range. */
  readonly value: number | null;
  readonly value_number_format: NumberFormat;
  readonly value_low: number | null;
  readonly value_high: number | null;
  readonly value_printed: string;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly unit: string;
  readonly currency: string | null;
  readonly per: string | null;
  readonly comparison: Comparison;
  readonly qualifier_en: string;
  readonly qualifier_zh: string;
  readonly platform: string | null;
  readonly as_of_per_public_sources: string;
};

const { consumerSide, enterpriseSide, marketing, openai } = SENTENCES;

export const MARKET_RATIOS = defineTable<MarketRatiosRow>({
  name: "MarketRatios",
  labelZh: "市场指标与成本",
  description:
    "Market-wide and unit-economics figures: active users, paying rate, project cost, CAC, ad spend, loss per revenue. One row per metric.",
  descriptionZh: "全市场与单位经济指标:活跃用户、付费率、项目成本、获客成本、广告投放、每单位收入亏损。每行一个指标。",
  key: "fact_id",
  columns: [
    column("fact_id", "事实编号", "string", "@", "Stable fact id"),
    column("scope", "范围", "string", "@", "Market, company or product"),
    column("company_en", "公司", "string", "@", "Company, when one is meant"),
    column("product", "产品", "string", "@", "Product, when one is named"),
    column("metric", "指标", "enum", "@", "Metric name (also a FACT field)"),
    column("metric_zh", "指标(中文)", "string", "@", "Metric, in Chinese"),
    column("value", "数值", "number", "General", "Point value; blank for a pure range", "value_number_format"),
    column("value_number_format", "数值格式", "string", "@", "Excel format of this row's value, value_low and value_high"),
    column("value_low", "下限", "number", "General", "Lower end of a range, or the lower bound", "value_number_format"),
    column("value_high", "上限", "number", "General", "Upper end of a range, or the upper bound", "value_number_format"),
    column("value_printed", "数值(原文)", "string", "@", "The words or number printed"),
    column("numerator", "分子", "number", "#,##0", "Numerator of a printed ratio (250 of 'lose 250 per 100')"),
    column("denominator", "分母", "number", "#,##0", "Denominator of a printed ratio (100 of 'lose 250 per 100')"),
    column("unit", "单位", "string", "@", "Unit of value"),
    column("currency", "币种", "string", "@", "Currency; blank when not money"),
    column("per", "计量基准", "string", "@", "What one value is per: user, month, project"),
    column("comparison", "比较符", "enum", "@", "= | > | < | <= | ~ | range: how the true figure relates to value"),
    column("qualifier_en", "限定(英文)", "string", "@", "What the printed hedge means"),
    column("qualifier_zh", "限定(原文)", "string", "@", "Hedge words as printed"),
    column("platform", "平台", "string", "@", "Platform the figure applies to"),
    column("as_of_per_public_sources", "时点(公开来源)", "string", "@", "Date per public sources (the article gives none)"),
    ...PROVENANCE_COLUMNS,
  ],
  rows: [
    {
      fact_id: "MKT-001",
      scope: "market (no company named)",
      company_en: null,
      product: null,
      metric: "active_users",
      metric_zh: "活跃用户",
      value: 10000000,
      value_number_format: "#,##0",
      value_low: null,
      value_high: null,
      value_printed: "千万",
      numerator: null,
      denominator: null,
      unit: "users",
      currency: null,
      per: null,
      comparison: "~",
      qualifier_en: "order of magnitude: 千万 is ten million, perhaps meant as 'tens of millions'; a generic illustration",
      qualifier_zh: "千万(量级)",
      platform: null,
      as_of_per_public_sources: "not dated",
      ...quoted(consumerSide, "活跃用户千万", "FC-11", "unverifiable (generic)"),
    },
    {
      fact_id: "MKT-002",
      scope: "market (C-end AI apps)",
      company_en: null,
      product: null,
      metric: "paying_rate",
      metric_zh: "付费率",
      value: 0.01,
      value_number_format: "0.00%",
      value_low: null,
      value_high: 0.01,
      value_printed: "不足1%",
      numerator: null,
      denominator: null,
      unit: "ratio",
      currency: null,
      per: "active user",
      comparison: "<",
      qualifier_en: "less than (不足) 1%",
      qualifier_zh: "不足",
      platform: null,
      as_of_per_public_sources: "not dated",
      ...quoted(consumerSide, "付费率不足1%", "FC-11", "not verified; public data points are higher"),
    },
    {
      fact_id: "MKT-003",
      scope: "market (B-end projects)",
      company_en: null,
      product: null,
      metric: "private_deployment_cost_per_project",
      metric_zh: "单项目成本(私有化部署)",
      value: null,
      value_number_format: "[$¥-804]#,##0",
      value_low: 2000000,
      value_high: 9999999,
      value_printed: "数百万",
      numerator: null,
      denominator: null,
      unit: "currency units (not printed; CNY implied)",
      currency: "CNY (implied)",
      per: "project",
      comparison: "range",
      qualifier_en:
        "easily reaches (动辄) several million (数百万): usually read as 2-9 million, by some as at least 1 million",
      qualifier_zh: "动辄 / 数百万",
      platform: null,
      as_of_per_public_sources: "not dated",
      ...quoted(enterpriseSide, "单项目成本动辄数百万", "FC-12", "unverifiable (plausible order of magnitude)"),
    },
    {
      fact_id: "MKT-004",
      scope: "product",
      company_en: "Moonshot AI (月之暗面; not named in article)",
      product: "Kimi",
      metric: "customer_acquisition_cost",
      metric_zh: "单用户获客成本",
      value: 30,
      value_number_format: "[$¥-804]#,##0",
      value_low: null,
      value_high: 30,
      value_printed: "30元",
      numerator: null,
      denominator: null,
      unit: "CNY per user",
      currency: "CNY",
      per: "user",
      comparison: "<=",
      qualifier_en: "as high as (高达) 30 yuan",
      qualifier_zh: "高达",
      platform: "Bilibili (B站)",
      as_of_per_public_sources: "early 2024 (after the 2024 Spring Festival); ~50元 by Nov 2024",
      ...quoted(marketing, "Kimi在B站单用户获客成本高达30元", "FC-09", "stale (2024 figure)"),
    },
    {
      fact_id: "MKT-005",
      scope: "product",
      company_en: "ByteDance",
      product: "Doubao (豆包)",
      metric: "monthly_ad_spend",
      metric_zh: "单月广告投放",
      value: 100000000,
      value_number_format: "[$¥-804]#,##0",
      value_low: 100000000,
      value_high: null,
      value_printed: "超1亿元",
      numerator: null,
      denominator: null,
      unit: "CNY per month",
      currency: "CNY",
      per: "month (which month not stated)",
      comparison: ">",
      qualifier_en: "more than (超) 100 million yuan in one month (单月)",
      qualifier_zh: "超 / 单月",
      platform: "all ad platforms (not specified)",
      as_of_per_public_sources: "not dated; not found in public sources",
      ...quoted(marketing, "豆包单月广告投放超1亿元", "FC-10", "not found"),
    },
    {
      fact_id: "MKT-006",
      scope: "company",
      company_en: "OpenAI",
      product: null,
      metric: "loss_per_revenue",
      // The value is the ratio 2.5, not the 250 lost per 100: the label names the ratio.
      metric_zh: "亏损与收入之比(每100美元收入亏损250美元)",
      value: 2.5,
      value_number_format: '0.00"x"',
      value_low: null,
      value_high: null,
      value_printed: "每赚100美元,仍要亏250美元",
      numerator: 250,
      denominator: 100,
      unit: "ratio (USD loss / USD revenue)",
      currency: "USD",
      per: "US$100 revenue",
      comparison: "=",
      qualifier_en: "for every $100 earned it still (仍要) loses $250; no period given",
      qualifier_zh: "每赚…仍要亏",
      platform: null,
      as_of_per_public_sources: "not dated; no matching public figure",
      ...quoted(openai, "OpenAI:每赚100美元,仍要亏250美元", "FC-03", "not found as stated (reported ratios range ~1.25x-3.14x)"),
    },
  ],
});

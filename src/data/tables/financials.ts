import { column, defineTable } from "../defineTable";
import { PROVENANCE_COLUMNS, type Provenance, quoted } from "../provenance";
import { SENTENCES } from "../sentences";

type FinancialsRow = Provenance & {
  readonly fact_id: string;
  readonly row_type: "reported_period";
  readonly company_as_printed: string;
  readonly company_resolved_en: string;
  readonly company_resolved_zh: string;
  readonly name_resolution_note: string;
  readonly period_label_zh: string;
  readonly period_label_en: string;
  readonly period_start: string;
  readonly period_end: string;
  readonly period_months: number;
  readonly period_inferred: boolean;
  readonly currency: string;
  readonly revenue_printed: number;
  readonly revenue_unit_printed: string;
  readonly revenue_base: number;
  readonly net_loss_printed: number;
  readonly net_loss_unit_printed: string;
  readonly net_loss_label_printed: string;
  readonly net_loss_label_en: string;
  readonly net_loss_base: number;
  readonly qualifier: string;
  readonly reporting_currency_of_issuer: string;
  readonly note: string;
};

/**
 * FACT field names that are not column names. The spec's `revenue` and `net_loss` are the
 * base-unit amounts; the printed numbers stay in their own `_printed` columns.
 */
export const FINANCIALS_FIELD_ALIASES: Readonly<Record<string, keyof FinancialsRow>> = {
  revenue: "revenue_base",
  net_loss: "net_loss_base",
  loss: "net_loss_base",
};

export const FINANCIALS = defineTable<FinancialsRow>({
  name: "Financials",
  labelZh: "公司财务",
  description:
    "Revenue and loss of named companies for one reporting period. Losses are positive amounts in whole yuan.",
  descriptionZh: "公司某一报告期的营收与亏损;亏损以正数记,单位为元。",
  key: "fact_id",
  columns: [
    column("fact_id", "事实编号", "string", "@", "Stable fact id"),
    column("row_type", "行类型", "enum", "@", "reported_period"),
    column("company_as_printed", "公司名(原文)", "string", "@", "Name exactly as printed, misprints included"),
    column("company_resolved_en", "公司(英文)", "string", "@", "Company the figures belong to"),
    column("company_resolved_zh", "公司(中文)", "string", "@", "Company the figures belong to, in Chinese"),
    column("name_resolution_note", "名称校正说明", "string", "@", "Why the printed name resolves to that company"),
    column("period_label_zh", "期间(原文)", "string", "@", "Period as printed"),
    column("period_label_en", "期间(英文)", "string", "@", "Period in English"),
    column("period_start", "期间起", "date", "yyyy-mm-dd", "First day of the period"),
    column("period_end", "期间止", "date", "yyyy-mm-dd", "Last day of the period"),
    column("period_months", "期间月数", "integer", "0", "Months the period covers"),
    column("period_inferred", "期间为推断", "boolean", "General", "TRUE when the year is not printed and was inferred"),
    column("currency", "币种", "string", "@", "ISO 4217 code of the amounts"),
    column("revenue_printed", "营收(原文数值)", "number", '0.00"亿"', "Revenue number as printed"),
    column("revenue_unit_printed", "营收单位(原文)", "string", "@", "Unit printed after the revenue"),
    column("revenue_base", "营收(元)", "number", "[$¥-804]#,##0", "Revenue in whole yuan"),
    column("net_loss_printed", "亏损(原文数值)", "number", '0.00"亿"', "Loss number as printed"),
    column("net_loss_unit_printed", "亏损单位(原文)", "string", "@", "Unit printed after the loss"),
    column("net_loss_label_printed", "亏损口径(原文)", "string", "@", "净亏损 or 亏损, as printed"),
    column("net_loss_label_en", "亏损口径(英文)", "string", "@", "Which loss measure the printed label means"),
    column("net_loss_base", "亏损(元,正数)", "number", "[$¥-804]#,##0", "Loss in whole yuan, positive"),
    column("qualifier", "限定说明", "string", "@", "Hedges or rounding around the printed numbers"),
    column("reporting_currency_of_issuer", "发行人列报币种", "string", "@", "Currency of the company's own accounts"),
    column("note", "备注", "string", "@", "What the filings say"),
    ...PROVENANCE_COLUMNS,
  ],
  rows: [
    {
      fact_id: "FIN-001",
      row_type: "reported_period",
      company_as_printed: "MiniMax",
      company_resolved_en: "MiniMax (MiniMax Group Inc.; Shanghai Xiyu Technology 稀宇科技; HKEX 0100)",
      company_resolved_zh: "MiniMax(稀宇科技)",
      name_resolution_note: "Printed correctly.",
      period_label_zh: "2025年前三季度",
      period_label_en: "first three quarters of 2025 (nine months to 2025-09-30)",
      period_start: "2025-01-01",
      period_end: "2025-09-30",
      period_months: 9,
      period_inferred: false,
      currency: "CNY",
      revenue_printed: 3.77,
      revenue_unit_printed: "亿元",
      revenue_base: 377000000,
      net_loss_printed: 36.05,
      net_loss_unit_printed: "亿元",
      net_loss_label_printed: "净亏损",
      net_loss_label_en: "net loss",
      net_loss_base: 3605000000,
      qualifier: "exact as printed (no qualifier)",
      reporting_currency_of_issuer: "USD",
      note: "MiniMax reports in US dollars (prospectus, nine months 2025: revenue US$53.437m, loss US$512m). The article's yuan figures are conversions at about 7.04-7.06 CNY per USD; see FC-01.",
      ...quoted(SENTENCES.minimax, null, "FC-01", "agrees (CNY conversion of USD prospectus figures)"),
    },
    {
      fact_id: "FIN-002",
      row_type: "reported_period",
      company_as_printed: "千朴AI",
      company_resolved_en: "Zhipu AI (Beijing Zhipu Huazhang Technology Co., Ltd. / Knowledge Atlas; HKEX 2513)",
      company_resolved_zh: "智谱AI(北京智谱华章科技股份有限公司)",
      name_resolution_note:
        "千朴AI (qian pu) is a misprint of 智谱AI (zhi pu): both numbers match Zhipu's H1 2025 prospectus, and no company named 千朴AI exists in the searched sources.",
      period_label_zh: "上半年",
      period_label_en: "first half (year not printed; 2025 inferred, six months to 2025-06-30)",
      period_start: "2025-01-01",
      period_end: "2025-06-30",
      period_months: 6,
      period_inferred: true,
      currency: "CNY",
      revenue_printed: 1.91,
      revenue_unit_printed: "亿元",
      revenue_base: 191000000,
      net_loss_printed: 23.58,
      net_loss_unit_printed: "亿元",
      net_loss_label_printed: "亏损",
      net_loss_label_en: "loss (printed 亏损, not 净亏损; the prospectus line is loss for the period)",
      net_loss_base: 2358000000,
      qualifier: "exact as printed (no qualifier); revenue rounded (prospectus 1.909亿元)",
      reporting_currency_of_issuer: "CNY",
      note: "Prospectus: revenue RMB190.9m (+325% year on year), loss for the period RMB2,358m, adjusted net loss RMB1,752m; see FC-02.",
      ...quoted(SENTENCES.zhipu, null, "FC-02", "agrees (rounded); company name misprinted"),
    },
  ],
});

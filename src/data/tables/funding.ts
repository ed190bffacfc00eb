import { column, defineTable } from "../defineTable";
import { PROVENANCE_COLUMNS, type Provenance, quoted } from "../provenance";
import { SENTENCES } from "../sentences";

type FundingRow = Provenance & {
  readonly fact_id: string;
  readonly company_en: string;
  readonly company_zh: string;
  readonly status: "planned" | "completed";
  readonly status_zh: string;
  readonly amount_printed: number;
  readonly amount_unit_printed: string;
  readonly amount_base: number;
  readonly currency: string;
  readonly qualifier_en: string;
  readonly qualifier_zh: string;
  readonly as_of_per_public_sources: string;
};

/**
 * Funding has one fact per row but no `metric` column, so the FACT field names of the spec
 * (`fundraising_target`) point straight at the amount in base units.
 */
export const FUNDING_FIELD_ALIASES: Readonly<Record<string, keyof FundingRow>> = {
  fundraising_target: "amount_base",
  amount: "amount_base",
};

export const FUNDING = defineTable<FundingRow>({
  name: "Funding",
  labelZh: "融资",
  description: "Fund-raising facts: planned or completed rounds, in whole currency units.",
  descriptionZh: "融资事实:计划或已完成的融资,金额以基本货币单位记。",
  key: "fact_id",
  columns: [
    column("fact_id", "事实编号", "string", "@", "Stable fact id"),
    column("company_en", "公司", "string", "@", "Company raising money"),
    column("company_zh", "公司(中文)", "string", "@", "Company, in Chinese"),
    column("status", "状态", "enum", "@", "planned | completed"),
    column("status_zh", "状态(原文)", "string", "@", "Status word as printed"),
    column("amount_printed", "金额(原文数值)", "number", '0"亿美元"', "Amount number as printed"),
    column("amount_unit_printed", "金额单位(原文)", "string", "@", "Unit printed after the amount"),
    column("amount_base", "金额(美元)", "number", "[$$-409]#,##0", "Amount in whole dollars"),
    column("currency", "币种", "string", "@", "ISO 4217 code"),
    column("qualifier_en", "限定(英文)", "string", "@", "What the printed hedge means"),
    column("qualifier_zh", "限定(原文)", "string", "@", "Hedge word as printed"),
    column("as_of_per_public_sources", "时点(公开来源)", "string", "@", "Date per public sources"),
    ...PROVENANCE_COLUMNS,
  ],
  rows: [
    {
      fact_id: "FND-001",
      company_en: "OpenAI",
      company_zh: "OpenAI",
      status: "planned",
      status_zh: "计划",
      amount_printed: 1000,
      amount_unit_printed: "亿美元",
      amount_base: 100000000000,
      currency: "USD",
      qualifier_en:
        "plans to raise (计划融资); December 2025 reports speak of early talks to raise up to US$100bn at a US$750-830bn valuation",
      qualifier_zh: "计划",
      as_of_per_public_sources: "reports of 2025-12-18/19 (talks)",
      ...quoted(SENTENCES.openai, "却计划融资1000亿美元", "FC-04", 'agrees_with_caveat ("up to", talks)'),
    },
  ],
});

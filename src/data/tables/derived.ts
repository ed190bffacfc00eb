import { column, defineTable } from "../defineTable";
import { DERIVATIONS } from "../derived";
import { derivationFormula } from "../derivedFormula";
import type { NumberFormat } from "../numberFormats";

type DerivedRow = {
  readonly derived_id: string;
  readonly description_en: string;
  readonly description_zh: string;
  readonly input_fact_ids: string;
  readonly function_id: string;
  readonly excel_formula: string;
  readonly arithmetic: string;
  /** Always blank here: whoever builds the sheet evaluates the derivation (never a typed number). */
  readonly value: null;
  readonly unit: string;
  readonly excel_number_format: NumberFormat;
  readonly assumption: string | null;
  readonly uses_external_inputs: boolean;
};

export const DERIVED = defineTable<DerivedRow>({
  name: "Derived",
  labelZh: "衍生指标",
  description:
    "Figures computed from the facts with the AI.* functions. `value` is blank in the data: it comes from evaluating the derivation (excel_formula). Rows using external inputs take figures from the fact-checks, not the article.",
  descriptionZh: "用 AI.* 函数由事实计算出的指标。value 列在数据中为空,由计算 excel_formula 得出。使用外部数据的行取自事实核查,而非原文。",
  key: "derived_id",
  columns: [
    column("derived_id", "编号", "string", "@", "Stable id"),
    column("description_en", "说明", "string", "@", "What the figure is"),
    column("description_zh", "说明(中文)", "string", "@", "What the figure is, in Chinese"),
    column("input_fact_ids", "输入事实", "string", "@", "Facts used; external inputs name their fact-check"),
    column("function_id", "函数", "string", "@", "Catalogue function computing the figure, or ARITH for plain arithmetic"),
    column("excel_formula", "Excel公式", "string", "@", "Live formula reading the facts with AI.FACT"),
    column("arithmetic", "算式", "string", "@", "The sum with the article's numbers"),
    column("value", "数值", "number", "General", "Result of the formula", "excel_number_format"),
    column("unit", "单位", "string", "@", "Unit of value"),
    column("excel_number_format", "建议格式", "string", "@", "Excel format of this row's value"),
    column("assumption", "假设", "string", "@", "What the figure assumes"),
    column("uses_external_inputs", "使用外部数据", "boolean", "General", "TRUE when an input comes from a filing, not the article"),
  ],
  rows: DERIVATIONS.map((derivation) => ({
    derived_id: derivation.derivedId,
    description_en: derivation.descriptionEn,
    description_zh: derivation.descriptionZh,
    input_fact_ids: derivation.inputFactIds,
    function_id: derivation.functionId,
    excel_formula: derivationFormula(derivation),
    arithmetic: derivation.arithmetic,
    value: null,
    unit: derivation.unit,
    excel_number_format: derivation.numberFormat,
    assumption: derivation.assumption,
    uses_external_inputs: derivation.usesExternalInputs,
  })),
});

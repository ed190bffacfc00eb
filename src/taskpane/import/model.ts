import { TABLES, type TableSpec } from "../../data";
import type { Block, SheetOut, WriteValue } from "./sheetSpec";

/**
 * The Model sheet: a live model, not a picture. Yellow input cells (ARPPU per month, contribution
 * margin, paying rate) feed AI.* formulas that read each company's figures from the Financials
 * table by fact id, so editing an input or the table recalculates everything; a chart compares
 * revenue with net loss.
 */
export const INPUTS = {
  arppu: { cell: "B4", value: 20, format: "[$¥-804]#,##0.00" },
  margin: { cell: "B5", value: 0.6, format: "0%" },
  payingRate: { cell: "B6", value: 0.01, format: "0.0%" },
} as const;

const HEADER = ["Company", "Revenue", "Net loss", "Months", "Loss ratio", "Annualised revenue", "Annualised net loss", "Monthly net loss", "Break-even paying users", "Break-even MAU", "Name as printed"];
const CAPTION = ["公司", "营收", "净亏损", "月数", "亏损率", "年化营收", "年化亏损", "月均亏损", "盈亏平衡付费用户", "盈亏平衡月活", "原文名称"];
const YUAN = "[$¥-804]#,##0";
// Formula columns that show text are "General", never "@": Excel keeps anything entered into a
// Text cell as text, so a formula there would show as its own source.
const FORMATS = ["General", YUAN, YUAN, "0", '0.00"x"', YUAN, YUAN, YUAN, "#,##0", "#,##0", "General"];
const FIRST_ROW = 9;

const abs = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** Formulas for one company row; `t` is the Financials table's name in this workbook. */
export function companyFormulas(t: string, factId: string, row: number): WriteValue[] {
  const pick = (column: string) => `=INDEX(${t}[${column}],MATCH("${factId}",${t}[fact_id],0))`;
  const { arppu, margin, payingRate } = INPUTS;
  return [
    pick("company_resolved_en"),
    pick("revenue_base"),
    pick("net_loss_base"),
    pick("period_months"),
    `=AI.LOSSRATIO(C${row},B${row})`,
    `=AI.ANNUALIZE(B${row},D${row})`,
    `=AI.ANNUALIZE(C${row},D${row})`,
    `=C${row}/D${row}`,
    `=AI.BREAKEVENPAID(C${row},${abs(arppu.cell)},${abs(margin.cell)},D${row})`,
    `=AI.BREAKEVENMAU(C${row},${abs(arppu.cell)},${abs(payingRate.cell)},${abs(margin.cell)},D${row})`,
    pick("company_as_printed"),
  ];
}

export function modelSheet(sheetName: string, financialsTable: string, note: string, tables: readonly TableSpec[] = TABLES): SheetOut {
  const financials = tables.find((t) => t.name === "Financials");
  const ids = (financials?.rows ?? []).map((r) => String(r["fact_id"]));
  const rows = ids.map((id, i) => companyFormulas(financialsTable, id, FIRST_ROW + i));
  const last = FIRST_ROW + rows.length - 1;
  const { arppu, margin, payingRate } = INPUTS;
  const input = (cell: string, value: number, format: string): Block => ({ at: cell, numberFormat: [[format]], values: [[value]], fill: "#FFF2CC" });
  const blocks: Block[] = [
    { at: "A1", values: [[note]], numberFormat: [["@"]] },
    { at: "A3", values: [["Inputs 输入 (change the yellow cells)"]], bold: true },
    {
      at: "A4",
      values: [["ARPPU per paying user per month 每付费用户月收入"], ["Contribution margin 边际贡献率"], ["Paying rate 付费率 (article: under 1% 不足1%)"]],
    },
    input(arppu.cell, arppu.value, arppu.format),
    input(margin.cell, margin.value, margin.format),
    input(payingRate.cell, payingRate.value, payingRate.format),
    { at: "A7", values: [CAPTION], bold: true, fill: "#E2EFDA" },
    { at: "A8", values: [HEADER], bold: true },
    { at: `A${FIRST_ROW}`, columnFormats: FORMATS, formulas: rows },
  ];
  return {
    key: "Model",
    name: sheetName,
    blocks,
    freezeRows: 0,
    columnWidths: [230, 110, 110, 60, 80, 130, 130, 120, 150, 150, 110],
    chart: { source: `A8:C${last}`, title: "Revenue vs net loss (¥) 营收与净亏损", topLeft: `A${last + 3}`, bottomRight: `H${last + 20}` },
    rowCount: rows.length,
  };
}

import { TABLES, type TableSpec } from "../../data";
import { columnLetter } from "./addresses";
import { columnWidth } from "./cells";
import type { Block, SheetOut, WriteValue } from "./sheetSpec";

/**
 * The Model sheet: a live model that grows with the data. Each figure column is ONE formula over
 * whole columns of the Financials table (`=AI.LOSSRATIO(Financials[net_loss_base],…)`): the
 * functions broadcast over ranges and spill, so a company added as a row of Financials, or a
 * refresh that brings more rows, appears here with no formula edited. Yellow cells are the
 * user's inputs (kept by a refresh); the ARPPU and margin are assumptions, not the article's.
 * Below, a sensitivity grid: break-even MAU for each ARPPU (down) × paying rate (across), one
 * spilled formula with a colour scale.
 */
export const INPUTS = {
  arppu: { cell: "B4", value: 20, format: "[$¥-804]#,##0.00" },
  margin: { cell: "B5", value: 0.6, format: "0%" },
  payingRate: { cell: "B6", value: 0.01, format: "0.0%" },
} as const;

const YUAN = "[$¥-804]#,##0";
const INPUT_FILL = "#FFF2CC";
const CAPTION_FILL = "#E2EFDA";
export const FIRST_ROW = 9;

/** Header, caption, format and formula (over table `t`) of each company column, left to right. */
interface ModelColumn {
  readonly header: string;
  readonly caption: string;
  readonly format: string;
  readonly formula: (t: string) => string;
}

const abs = (cell: string) => cell.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
const { arppu, margin, payingRate } = INPUTS;

export const MODEL_COLUMNS: readonly ModelColumn[] = [
  { header: "Company", caption: "公司", format: "General", formula: (t) => `=${t}[company_resolved_en]` },
  { header: "Revenue", caption: "营收", format: YUAN, formula: (t) => `=${t}[revenue_base]` },
  // The article prints 净亏损 (net loss) for one company and 亏损 (loss) for another: the label
  // column says which, as the Financials sheet does.
  { header: "Loss (as printed)", caption: "亏损(按原文)", format: YUAN, formula: (t) => `=${t}[net_loss_base]` },
  { header: "Loss label", caption: "亏损口径", format: "General", formula: (t) => `=${t}[net_loss_label_printed]` },
  { header: "Months", caption: "月数", format: "0", formula: (t) => `=${t}[period_months]` },
  { header: "Loss ratio", caption: "亏损率", format: '0.00"x"', formula: (t) => `=AI.LOSSRATIO(${t}[net_loss_base],${t}[revenue_base])` },
  { header: "Annualised revenue", caption: "年化营收", format: YUAN, formula: (t) => `=AI.ANNUALIZE(${t}[revenue_base],${t}[period_months])` },
  { header: "Annualised loss", caption: "年化亏损", format: YUAN, formula: (t) => `=AI.ANNUALIZE(${t}[net_loss_base],${t}[period_months])` },
  { header: "Monthly loss", caption: "月均亏损", format: YUAN, formula: (t) => `=${t}[net_loss_base]/${t}[period_months]` },
  {
    header: "Break-even paying users",
    caption: "盈亏平衡付费用户",
    format: "#,##0",
    formula: (t) => `=AI.BREAKEVENPAID(${t}[net_loss_base],${abs(arppu.cell)},${abs(margin.cell)},${t}[period_months])`,
  },
  {
    header: "Break-even MAU",
    caption: "盈亏平衡月活",
    format: "#,##0",
    formula: (t) => `=AI.BREAKEVENMAU(${t}[net_loss_base],${abs(arppu.cell)},${abs(payingRate.cell)},${abs(margin.cell)},${t}[period_months])`,
  },
  { header: "Name as printed", caption: "原文名称", format: "General", formula: (t) => `=${t}[company_as_printed]` },
];

/** The one formula per column that spills every company's figure. */
export function companyFormulas(financialsTable: string): string[] {
  return MODEL_COLUMNS.map((c) => c.formula(financialsTable));
}

/** The sensitivity grid's axes: monthly ARPPU in yuan (down) and paying rate (across). */
export const GRID_ARPPU = [10, 20, 30, 50, 100] as const;
export const GRID_RATES = [0.005, 0.01, 0.02, 0.03, 0.05, 0.1] as const;

export interface GridLayout {
  /** Row of the grid's title. */
  readonly top: number;
  /** Cell holding which company (row of the company table) the grid is for. */
  readonly companyCell: string;
  readonly lossCell: string;
  readonly monthsCell: string;
  /** The rates row and the ARPPU column. */
  readonly ratesRange: string;
  readonly arppuRange: string;
  /** Where the spilled result starts and the whole result. */
  readonly resultAt: string;
  readonly resultRange: string;
}

/** Rows left for the company table to grow into before the grid (spills need empty cells). */
export function gridLayout(companies: number): GridLayout {
  const top = FIRST_ROW + Math.max(companies + 8, 12) + 1;
  const axis = top + 5;
  const firstRate = columnLetter(2);
  const lastRate = columnLetter(1 + GRID_RATES.length);
  const last = axis + GRID_ARPPU.length;
  return {
    top,
    companyCell: `B${top + 1}`,
    lossCell: `B${top + 2}`,
    monthsCell: `B${top + 3}`,
    ratesRange: `${firstRate}${axis}:${lastRate}${axis}`,
    arppuRange: `B${axis + 1}:B${last}`,
    resultAt: `${firstRate}${axis + 1}`,
    resultRange: `${firstRate}${axis + 1}:${lastRate}${last}`,
  };
}

/** One formula, spilling ARPPUs × rates: the column and the row broadcast against each other. */
export function gridFormula(grid: GridLayout): string {
  return `=AI.BREAKEVENMAU(${abs(grid.lossCell)},${grid.arppuRange},${grid.ratesRange},${abs(margin.cell)},${abs(grid.monthsCell)})`;
}

function sensitivityBlocks(t: string, grid: GridLayout): Block[] {
  const axis = grid.top + 5;
  const company = `${abs(grid.companyCell)}`;
  return [
    { at: `A${grid.top}`, values: [["Sensitivity 敏感性: break-even MAU 盈亏平衡月活 for each ARPPU (down) × paying rate (across)"]], bold: true },
    { at: `A${grid.top + 1}`, values: [["Company (row of the table above) 公司(上表第几行)"], ["Loss 亏损"], ["Months 月数"]] },
    { at: grid.companyCell, values: [[1]], numberFormat: [["0"]], fill: INPUT_FILL, input: true },
    {
      at: grid.lossCell,
      formulas: [[`=INDEX(${t}[net_loss_base],${company})`], [`=INDEX(${t}[period_months],${company})`]],
      numberFormat: [[YUAN], ["0"]],
    },
    { at: `C${grid.top + 1}`, formulas: [[`=INDEX(${t}[company_resolved_en],${company})`]] },
    { at: `A${grid.top + 4}`, values: [[`Contribution margin: ${abs(margin.cell).replace(/\$/g, "")} above. Change the yellow ARPPUs and paying rates.`]], muted: true },
    { at: `A${axis}`, values: [["ARPPU ¥/month ↓   paying rate →"]], bold: true },
    { at: `C${axis}`, values: [[...GRID_RATES]], numberFormat: [GRID_RATES.map(() => "0.0%")], fill: INPUT_FILL, bold: true, input: true },
    { at: `B${axis + 1}`, values: GRID_ARPPU.map((v) => [v]), numberFormat: GRID_ARPPU.map(() => [YUAN]), fill: INPUT_FILL, bold: true, input: true },
    { at: grid.resultAt, numberFormat: GRID_ARPPU.map(() => GRID_RATES.map(() => "#,##0")) },
    { at: grid.resultAt, formulas: [[gridFormula(grid)]] },
  ];
}

export function modelSheet(sheetName: string, financialsTable: string, note: string, tables: readonly TableSpec[] = TABLES): SheetOut {
  const financials = tables.find((t) => t.name === "Financials");
  const companies = financials?.rows.length ?? 0;
  const grid = gridLayout(companies);
  // Formats cover the rows the spill may grow into, up to the grid.
  const formatRows = grid.top - 1 - FIRST_ROW;
  const last = FIRST_ROW + Math.max(companies, 1) - 1;
  const width = MODEL_COLUMNS.length;
  const formulas: WriteValue[] = companyFormulas(financialsTable);
  const names = (financials?.rows ?? []).map((r) => String(r["company_resolved_en"] ?? ""));
  const blocks: Block[] = [
    { at: "A1", values: [[note]], muted: true },
    {
      at: "A2",
      values: [[`Each column below is one formula over the ${financialsTable} table: a company added there appears here. 每列为一个公式,财务表新增公司会自动出现。`]],
      muted: true,
    },
    { at: "A3", values: [["Inputs 输入 (change the yellow cells)"]], bold: true },
    {
      at: "A4",
      values: [["ARPPU per paying user per month 每付费用户月收入"], ["Contribution margin 边际贡献率"], ["Paying rate 付费率"]],
    },
    { at: arppu.cell, numberFormat: [[arppu.format]], values: [[arppu.value]], fill: INPUT_FILL, input: true },
    { at: margin.cell, numberFormat: [[margin.format]], values: [[margin.value]], fill: INPUT_FILL, input: true },
    { at: payingRate.cell, numberFormat: [[payingRate.format]], values: [[payingRate.value]], fill: INPUT_FILL, input: true },
    {
      at: "C4",
      values: [
        ["Assumption, not from the article 假设,非原文数据"],
        ["Assumption, not from the article 假设,非原文数据"],
        ["The article: under 1% pay 原文:付费率不足1%"],
      ],
      muted: true,
    },
    { at: "A7", values: [MODEL_COLUMNS.map((c) => c.caption)], bold: true, fill: CAPTION_FILL },
    { at: "A8", values: [MODEL_COLUMNS.map((c) => c.header)], bold: true, wrap: true },
    { at: `A${FIRST_ROW}`, numberFormat: Array.from({ length: formatRows }, () => MODEL_COLUMNS.map((c) => c.format)), wrap: true },
    { at: `A${FIRST_ROW}`, formulas: [formulas] },
    ...sensitivityBlocks(financialsTable, grid),
  ];
  const widths = MODEL_COLUMNS.map((c, i) => (i === 0 ? columnWidth(names, 300) : Math.max(columnWidth([c.header], 150), 90)));
  widths[0] = Math.max(widths[0]!, 250);
  return {
    key: "Model",
    name: sheetName,
    blocks,
    freezeRows: 0,
    columnWidths: widths.slice(0, width),
    chart: { source: `A8:C${last}`, title: "Revenue vs loss (¥) 营收与亏损", topLeft: `J${grid.top}`, bottomRight: `P${grid.top + 18}` },
    conditionalFormats: [{ kind: "colorScale", range: grid.resultRange, min: "#63BE7B", mid: "#FFEB84", max: "#F8696B" }],
    rowCount: companies,
  };
}

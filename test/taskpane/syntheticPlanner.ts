import type { ColumnSpec, Row, TableSpec } from "../../src/data";
import type { ImportPlanner, ResolvedName, WantedSheet } from "../../src/taskpane/import/importer";
import { tableSheet } from "../../src/taskpane/import/layout";
import type { Block, SheetOut, WriteValue } from "../../src/taskpane/import/sheetSpec";

/**
 * A small, synthetic import: two table sheets laid out by the real layout code (tableSheet) from
 * made-up data, and a Model sheet of formulas and a chart. Sizes are parameters so the same
 * planner serves the 20-row tests, the chunked-write tests and the 100,000-row measurement.
 */
export const IMPORTED_AT = "2026-01-02T03:04:05.000Z";

const col = (name: string, labelZh: string, type: ColumnSpec["type"], numberFormat: ColumnSpec["numberFormat"], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  labelZh,
  type,
  numberFormat,
  description: `${name} (synthetic)`,
  ...extra,
});

/** 8 columns: text (some starting with "=", "-", "+" or digits), a date, per-row formats, booleans. */
export const FINANCIALS_COLUMNS: readonly ColumnSpec[] = [
  col("fact_id", "事实编号", "string", "@"),
  col("company", "公司", "string", "@"),
  col("posted", "日期", "date", "yyyy-mm-dd"),
  col("amount", "金额", "number", "#,##0", { rowNumberFormatColumn: "amount_format" }),
  col("amount_format", "格式", "string", "@"),
  col("verified", "已核实", "boolean", "General"),
  col("ratio", "比率", "number", "0.00%"),
  col("note", "备注", "string", "@"),
];

const FORMATS = ["[$¥-804]#,##0", "0.00%", '0.00"亿"', "", "#,##0.00"] as const;
const COMPANIES = ["=HYPERLINK(\"x\")", "-Loss leader", "+Plus Co", "00123", "2024-01-31", "TRUE", "Zhipu 智谱", "MiniMax"] as const;

export function financialsRow(i: number): Row {
  return {
    fact_id: `F${i}`,
    company: COMPANIES[i % COMPANIES.length]!,
    posted: new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10),
    amount: i * 1000 + 7,
    amount_format: FORMATS[i % FORMATS.length]!,
    verified: i % 2 === 0,
    ratio: (i % 100) / 100,
    note: i % 3 === 0 ? null : i % 5 === 0 ? `=not a formula ${i}` : `note ${i}`,
  };
}

export function financialsTable(rows: number): TableSpec {
  return {
    name: "Financials",
    labelZh: "财务",
    description: "Synthetic financials.",
    descriptionZh: "合成数据。",
    key: "fact_id",
    columns: FINANCIALS_COLUMNS,
    rows: Array.from({ length: rows }, (_, i) => financialsRow(i + 1)),
  };
}

/** No per-row formats: the writer's one-format-per-column path. */
export function quotesTable(rows: number): TableSpec {
  return {
    name: "Quotes",
    labelZh: "引文",
    description: "Synthetic quotes.",
    descriptionZh: "合成引文。",
    key: "quote_id",
    columns: [
      col("quote_id", "编号", "string", "@"),
      col("text", "原文", "string", "@"),
      col("line", "行号", "integer", "0"),
      col("checked", "已核查", "boolean", "General"),
    ],
    rows: Array.from({ length: rows }, (_, i) => ({
      quote_id: `Q${i + 1}`,
      text: i % 2 === 0 ? `=quoted ${i + 1}` : `原文 ${i + 1}`,
      line: i + 10,
      checked: i % 3 === 0,
    })),
  };
}

export const MODEL_INPUT = { cell: "B3", value: 0.6, format: "0%" } as const;
export const MODEL_FIRST_ROW = 6;

/** Formulas reading the Financials table by its name in this workbook (which may be Financials_2). */
export function modelFormulas(table: string, rows: number): WriteValue[][] {
  return Array.from({ length: rows }, (_, i) => {
    const r = MODEL_FIRST_ROW + i;
    return [`=INDEX(${table}[company],${i + 1})`, `=INDEX(${table}[amount],${i + 1})`, `=B${r}*$B$3`];
  });
}

export function modelSheet(name: string, table: string, rows: number): SheetOut {
  const last = MODEL_FIRST_ROW + rows - 1;
  const blocks: Block[] = [
    { at: "A1", values: [["Model (synthetic)"]], numberFormat: [["@"]] },
    { at: "A3", values: [["Margin 边际贡献率"]], bold: true },
    { at: MODEL_INPUT.cell, values: [[MODEL_INPUT.value]], numberFormat: [[MODEL_INPUT.format]], fill: "#FFF2CC" },
    { at: "A5", values: [["Company", "Amount", "Contribution"]], bold: true, fill: "#E2EFDA" },
    { at: `A${MODEL_FIRST_ROW}`, columnFormats: ["General", "#,##0", "#,##0"], formulas: modelFormulas(table, rows) },
  ];
  return {
    key: "Model",
    name,
    blocks,
    freezeRows: 0,
    columnWidths: [200, 100, 100],
    chart: { source: `A5:C${last}`, title: "Amount vs contribution", topLeft: `E2`, bottomRight: `L20` },
    rowCount: rows,
  };
}

export interface PlannerSize {
  readonly financials?: number;
  readonly quotes?: number;
  /** Model rows; 0 leaves the Model sheet out. */
  readonly model?: number;
}

export function syntheticPlanner(size: PlannerSize = {}): ImportPlanner & { readonly built: SheetOut[] } {
  const financials = size.financials ?? 20;
  const quotes = size.quotes ?? 6;
  const model = size.model ?? 5;
  const wanted: WantedSheet[] = [{ key: "Financials", sheet: "Financials", table: "Financials" }];
  if (quotes > 0) wanted.push({ key: "Quotes", sheet: "Quotes", table: "Quotes" });
  if (model > 0) wanted.push({ key: "Model", sheet: "Model" });
  const built: SheetOut[] = [];
  return {
    wanted,
    built,
    build(names: ReadonlyMap<string, ResolvedName>): SheetOut[] {
      const fin = names.get("Financials")!;
      const out: SheetOut[] = [tableSheet(financialsTable(financials), fin.sheet, fin.table!, IMPORTED_AT)];
      const q = names.get("Quotes");
      if (q !== undefined) out.push(tableSheet(quotesTable(quotes), q.sheet, q.table!, IMPORTED_AT));
      const m = names.get("Model");
      if (m !== undefined) out.push(modelSheet(m.sheet, fin.table!, model));
      built.splice(0, built.length, ...out);
      return out;
    },
  };
}

/** The names a planner gets in an empty workbook. */
export function plainNames(planner: ImportPlanner): Map<string, ResolvedName> {
  return new Map(planner.wanted.map((w) => [w.key, w.table === undefined ? { sheet: w.sheet } : { sheet: w.sheet, table: w.table }]));
}

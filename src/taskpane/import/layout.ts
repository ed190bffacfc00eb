import { ARTICLE, DATASET_VERSION, TABLES, derivationById, type ColumnSpec, type Row, type TableSpec } from "../../data";
import type { Language } from "../../core/messages";
import { derivedValue } from "../../facts/derivations";
import { columnWidth, displayText, planCell, textUnits, type PlannedCell } from "./cells";
import type { Block, SheetOut, WriteValue } from "./sheetSpec";

/**
 * Dataset table → sheet: a source note in row 1, the Chinese labels as a caption row 2, the
 * English column names as the Excel table's header in row 3 (so `Financials[revenue_base]`
 * works), data from row 4, frozen header. Columns are reordered for reading: the figures a
 * user came for first, identifiers after them, the article's provenance last. Widths follow what
 * each cell shows (formula results included); longer text wraps inside its column.
 */
export const HEADER_ROW = 3;

/** Widest column, in points; longer text wraps within it. */
const WIDE = 320;
/** Columns that hold long prose (findings, translations) get this much room before wrapping. */
const PROSE = 360;

export function sourceNote(table: TableSpec, importedAt: string): string {
  return (
    `${table.name} (${table.labelZh}): ${table.description} Source: “${ARTICLE.titleZh}”, ${ARTICLE.site}, posted ${ARTICLE.postedAt}. ` +
    `Dataset ${DATASET_VERSION}, imported by AI Unit Economics ${importedAt.slice(0, 10)}.`
  );
}

/**
 * Key columns first, in this order, for each table; the rest keep the dataset's order, with the
 * article's provenance columns (sentence, translation, section, line, fact-check) at the end.
 */
const LEAD: Readonly<Record<string, readonly string[]>> = {
  Financials: ["company_resolved_en", "period_label_en", "period_months", "currency", "revenue_base", "net_loss_base", "net_loss_label_printed", "qualifier", "fact_id"],
  UserMetrics: ["company_en", "product_resolved", "metric", "comparison", "value", "unit", "currency", "qualifier_en", "as_of_per_public_sources", "fact_id"],
  MarketRatios: ["company_en", "scope", "metric", "comparison", "value", "value_low", "value_high", "unit", "currency", "per", "qualifier_en", "fact_id"],
  Funding: ["company_en", "status", "amount_base", "currency", "qualifier_en", "as_of_per_public_sources", "fact_id"],
  Ecosystem: ["company_en", "assistant_resolved", "platform_en", "relation", "note", "fact_id"],
  Derived: ["description_en", "value", "unit", "assumption", "excel_formula", "derived_id"],
  Context: ["kind", "field", "value", "value_en", "note", "fact_id"],
  FactCheck: ["topic", "claim_en", "verdict", "public_finding", "source_count", "check_id"],
  Sources: ["outlet_or_title", "date", "says", "url", "check_id", "source_id"],
};
const PROVENANCE = new Set(["source_sentence_zh", "source_clause_zh", "source_sentence_en", "article_section_zh", "article_section_en", "article_line", "fact_check_ids", "fact_check_verdict"]);

export function orderedColumns(table: TableSpec): ColumnSpec[] {
  const lead = LEAD[table.name] ?? [];
  const rank = (c: ColumnSpec, i: number) => {
    const at = lead.indexOf(c.name);
    return at >= 0 ? at : PROVENANCE.has(c.name) ? 2000 + i : 1000 + i;
  };
  return table.columns.map((c, i) => ({ c, r: rank(c, i) })).sort((a, b) => a.r - b.r).map((x) => x.c);
}

/**
 * A number printed with its unit in the next column ("3.77" beside "亿元") shows the bare number:
 * a unit in the format too would say it twice.
 */
function columnFormat(table: TableSpec, column: ColumnSpec): string {
  // Text is General; the cells that need "@" get it one by one (cells.ts textCell).
  if (column.numberFormat === "@") return "General";
  const unitColumn = column.name.replace(/_printed$/, "_unit_printed");
  if (unitColumn !== column.name && table.columns.some((c) => c.name === unitColumn)) return "General";
  return column.numberFormat;
}

/** The Derived table's values are live formulas, never typed numbers. */
const FORMULA_COLUMNS: Readonly<Record<string, { readonly value: string; readonly formula: string }>> = {
  Derived: { value: "value", formula: "excel_formula" },
};

/** What a formula cell will show, for the width: the derivation's own result. */
function formulaResult(table: TableSpec, row: Row): WriteValue {
  const derivation = derivationById(String(row[table.key] ?? ""));
  const value = derivation === undefined ? undefined : derivedValue(derivation);
  return typeof value === "number" || typeof value === "string" ? value : "#VALUE!";
}

export function tableSheet(table: TableSpec, sheetName: string, tableName: string, importedAt: string): SheetOut {
  const columns = orderedColumns(table);
  const rows = table.rows;
  const live = FORMULA_COLUMNS[table.name];
  const formats = columns.map((c) => columnFormat(table, c));
  const cellFormat = (row: Row, c: ColumnSpec, i: number): string => {
    const own = c.rowNumberFormatColumn === undefined ? undefined : row[c.rowNumberFormatColumn];
    return typeof own === "string" && own !== "" ? own : formats[i]!;
  };
  const planned: PlannedCell[][] = rows.map((row) =>
    columns.map((c) => {
      if (live !== undefined && c.name === live.value) return { value: String(row[live.formula] ?? ""), formula: true };
      return planCell(row[c.name] ?? null, c);
    }),
  );
  const numberFormat = rows.map((row, r) => columns.map((c, i) => planned[r]![i]!.format ?? cellFormat(row, c, i)));
  const uniform = numberFormat.every((line) => line.every((f, i) => f === formats[i]));
  const anyFormula = planned.some((line) => line.some((p) => p.formula));
  const cells = planned.map((line) => line.map((p) => p.value));
  const data: Block = {
    at: `A${HEADER_ROW + 1}`,
    ...(uniform ? { columnFormats: formats } : { numberFormat }),
    ...(anyFormula ? { formulas: cells } : { values: cells }),
    wrap: true,
  };
  const blocks: Block[] = [
    { at: "A1", values: [[sourceNote(table, importedAt)]], muted: true },
    { at: "A2", values: [columns.map((c) => c.labelZh)], bold: true, fill: "#E2EFDA" },
    { at: `A${HEADER_ROW}`, values: [columns.map((c) => c.name)] },
  ];
  if (rows.length > 0) blocks.push(data);
  const shown = (r: number, i: number): string => {
    const p = planned[r]![i]!;
    const column = columns[i]!;
    const value = live !== undefined && column.name === live.value ? formulaResult(table, rows[r]!) : p.formula && column.type === "date" ? 45930 : p.formula ? String(rows[r]![column.name] ?? "") : p.value;
    return displayText(value, numberFormat[r]![i]!);
  };
  const columnWidths = columns.map((c, i) => {
    const texts = [c.name, c.labelZh, ...rows.slice(0, 200).map((_, r) => shown(r, i))];
    const prose = texts.some((t) => textUnits(t) > 120);
    return columnWidth(texts, prose ? PROSE : WIDE);
  });
  return {
    key: table.name,
    name: sheetName,
    blocks,
    table: { at: `A${HEADER_ROW}`, columns: columns.length, rows: rows.length, name: tableName },
    freezeRows: HEADER_ROW,
    columnWidths,
    rowCount: rows.length,
  };
}

/** The tables a user can choose in the pane, with their one-line descriptions. */
export interface TableChoice {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly rows: number;
  readonly columns: number;
}

/** The first sentence of a description: the pane shows one line per table. */
export function firstSentence(text: string): string {
  const m = /^(.+?(?:\.(?=\s|$)|。))/.exec(text);
  return m ? m[1]! : text;
}

export function tableChoices(language: Language, sheetNames: Readonly<Record<string, string>> = {}): TableChoice[] {
  return TABLES.filter((t) => t.name !== "Context").map((t) => {
    const name = sheetNames[t.name] ?? t.name;
    return {
      key: t.name,
      label: language === "zh" ? `${t.labelZh} ${name}` : `${name} ${t.labelZh}`,
      description: firstSentence(language === "zh" ? t.descriptionZh : t.description),
      rows: t.rows.length,
      columns: t.columns.length,
    };
  });
}

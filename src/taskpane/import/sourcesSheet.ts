import { TABLES, type TableSpec } from "../../data";
import { columnWidth, textCell } from "./cells";
import type { SheetOut, WriteValue } from "./sheetSpec";

/**
 * The Sources sheet: every quoted fact with the article's sentence, its translation, the line it
 * is on and the fact-check verdict with the public sources behind it, as one Excel table.
 */
export const QUOTE_HEADER = ["fact_id", "table", "subject", "quote_zh", "sentence_zh", "sentence_en", "article_line", "fact_check_ids", "verdict", "public_finding", "public_sources"];
const CAPTION = ["事实编号", "表", "对象", "原文分句", "原文句子", "英文译文", "原文行号", "核查编号", "核查结论", "公开资料", "公开来源"];


function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

export function quoteRows(tables: readonly TableSpec[] = TABLES): WriteValue[][] {
  const table = (name: string): TableSpec | undefined => tables.find((t) => t.name === name);
  const checks = table("FactCheck")?.rows ?? [];
  const sources = table("Sources")?.rows ?? [];
  const rows: WriteValue[][] = [];
  for (const t of tables) {
    if (!t.columns.some((c) => c.name === "source_sentence_zh")) continue;
    for (const row of t.rows) {
      const ids = text(row["fact_check_ids"]).split(/[;,]\s*/).filter(Boolean);
      const findings = ids.map((id) => text(checks.find((c) => c["check_id"] === id)?.["public_finding"])).filter(Boolean);
      const links = ids.flatMap((id) =>
        sources.filter((s) => s["check_id"] === id).map((s) => `${text(s["outlet_or_title"])} (${text(s["date"])}): ${text(s["url"])}`),
      );
      const subject = text(row["company_resolved_en"] ?? row["company_en"] ?? row["field"] ?? row["kind"]);
      rows.push([
        text(row[t.key]),
        t.name,
        subject,
        text(row["source_clause_zh"]) || text(row["source_sentence_zh"]),
        text(row["source_sentence_zh"]),
        text(row["source_sentence_en"]),
        typeof row["article_line"] === "number" ? row["article_line"] : "",
        ids.join("; "),
        text(row["fact_check_verdict"]),
        findings.join(" | "),
        links.join(" | "),
      ]);
    }
  }
  return rows;
}

/** The sheet's column order: who and what first, the verdict and findings next, ids last. */
const SHEET_ORDER = ["subject", "quote_zh", "sentence_en", "verdict", "public_finding", "public_sources", "sentence_zh", "fact_id", "table", "article_line", "fact_check_ids"];
const PROSE = new Set(["sentence_en", "public_finding", "public_sources", "sentence_zh"]);

export function sourcesSheet(sheetName: string, tableName: string, note: string, tables: readonly TableSpec[] = TABLES): SheetOut {
  const order = SHEET_ORDER.map((h) => QUOTE_HEADER.indexOf(h));
  const header = order.map((i) => QUOTE_HEADER[i]!);
  const caption = order.map((i) => CAPTION[i]!);
  const rows = quoteRows(tables).map((r) => order.map((i) => r[i]!));
  const planned = rows.map((r) => r.map((v) => (typeof v === "string" ? textCell(v) : { value: v, formula: false, format: "0" })));
  const numberFormat = planned.map((r) => r.map((p) => p.format ?? "General"));
  const cells = planned.map((r) => r.map((p) => p.value));
  const anyFormula = planned.some((r) => r.some((p) => p.formula));
  return {
    key: "Sources",
    name: sheetName,
    blocks: [
      { at: "A1", values: [[note]], muted: true },
      { at: "A2", values: [caption], bold: true, fill: "#E2EFDA" },
      { at: "A3", values: [header] },
      { at: "A4", numberFormat, ...(anyFormula ? { formulas: cells } : { values: cells }), wrap: true },
    ],
    table: { at: "A3", columns: header.length, rows: rows.length, name: tableName },
    freezeRows: 3,
    columnWidths: header.map((h, i) => columnWidth([h, caption[i]!, ...rows.map((r) => String(r[i]))], PROSE.has(h) ? 360 : 200)),
    rowCount: rows.length,
  };
}

import { ARTICLE, DATASET_VERSION, TABLES, type TableSpec } from "../../data";
import type { Language } from "../../core/messages";
import { columnLetter } from "./addresses";
import { columnWidth, toExcelValue } from "./cells";
import type { Block, SheetOut, WriteValue } from "./sheetSpec";

/**
 * Dataset table → sheet: a source note in row 1, the Chinese labels as a caption row 2, the
 * English column names as the Excel table's header in row 3 (so `Financials[revenue_base]`
 * works), data from row 4, the dataset's number formats, widths from the content, frozen header.
 */
export const HEADER_ROW = 3;

export function sourceNote(table: TableSpec, importedAt: string): string {
  return (
    `${table.name} (${table.labelZh}): ${table.description} Source: “${ARTICLE.titleZh}”, ${ARTICLE.site}, posted ${ARTICLE.postedAt}. ` +
    `Dataset ${DATASET_VERSION}, imported by AI Unit Economics ${importedAt.slice(0, 10)}.`
  );
}

/** The Derived table's values are live formulas, never typed numbers. */
const FORMULA_COLUMNS: Readonly<Record<string, { readonly value: string; readonly formula: string }>> = {
  Derived: { value: "value", formula: "excel_formula" },
};

export function tableSheet(table: TableSpec, sheetName: string, tableName: string, importedAt: string): SheetOut {
  const columns = table.columns;
  const rows = table.rows;
  const values: WriteValue[][] = rows.map((row) => columns.map((c) => toExcelValue(row[c.name] ?? null, c)));
  const perRow = columns.some((c) => c.rowNumberFormatColumn !== undefined);
  const data: Block = perRow
    ? {
        at: `A${HEADER_ROW + 1}`,
        numberFormat: rows.map((row) =>
          columns.map((c) => {
            const own = c.rowNumberFormatColumn === undefined ? undefined : row[c.rowNumberFormatColumn];
            return typeof own === "string" && own !== "" ? own : c.numberFormat;
          }),
        ),
        values,
      }
    : { at: `A${HEADER_ROW + 1}`, columnFormats: columns.map((c) => c.numberFormat), values };
  const blocks: Block[] = [
    { at: "A1", values: [[sourceNote(table, importedAt)]], numberFormat: [["@"]] },
    { at: "A2", values: [columns.map((c) => c.labelZh)], numberFormat: [columns.map(() => "@")], bold: true, fill: "#E2EFDA" },
    { at: `A${HEADER_ROW}`, values: [columns.map((c) => c.name)], numberFormat: [columns.map(() => "@")] },
  ];
  if (rows.length > 0) blocks.push(data);
  const live = FORMULA_COLUMNS[table.name];
  if (live !== undefined && rows.length > 0) {
    const at = columns.findIndex((c) => c.name === live.value);
    const letter = columnLetter(at);
    blocks.push({ at: `${letter}${HEADER_ROW + 1}`, formulas: rows.map((row) => [String(row[live.formula] ?? "")]) });
  }
  return {
    key: table.name,
    name: sheetName,
    blocks,
    table: { at: `A${HEADER_ROW}`, columns: columns.length, rows: rows.length, name: tableName },
    freezeRows: HEADER_ROW,
    columnWidths: columns.map((c, i) =>
      columnWidth([c.name, c.labelZh, ...values.slice(0, 200).map((r) => (typeof r[i] === "string" ? (r[i] as string) : "0000000000"))]),
    ),
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

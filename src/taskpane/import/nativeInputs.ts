import { type NativeTranslation, translateFormula } from "../../core/native";

/**
 * The cells a native formula reads, checked before it replaces an AI.* formula. The add-in reads
 * amount text ("36.05亿元"), period labels and TRUE/FALSE; Excel's arithmetic does not, so
 * `=AI.LOSSRATIO(A1,B1)` over A1 = "36.05亿元" would become #VALUE! as a native formula. Such a
 * cell keeps its value instead. A reference that cannot be read here (a defined name, a
 * structured reference other than `Table[column]`) counts as not numeric: the value is kept,
 * never a formula that may calculate differently.
 */

/** What freeze's translator may give for one formula: a native formula (string), none, or translateFormula's result. */
export type Translation = string | undefined | NativeTranslation;

/** The core's translator as the pane passes it to countFreeze/applyFreeze in mode "native". */
export const nativeTranslator = (formula: string): Translation => translateFormula(formula);

type Cell = string | number | boolean;

const A1 = /^(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/;
const TABLE_COLUMN = /^([A-Za-z_\\][A-Za-z0-9_.]*)\[(?:\[#Data\],)?\[?([^[\]#]+)\]?\]$/;

const sheetOf = (a: RegExpExecArray, own: string): string => (a[1] === undefined ? own : a[1].startsWith("'") ? a[1].slice(1, -1).replace(/''/g, "'") : a[1]);

/** A cell Excel's arithmetic reads as the add-in does: a number, or blank. */
const numeric = (v: Cell): boolean => typeof v === "number" || v === "";

export interface InputReads {
  /** True when every cell the references cover is a number or blank (call after the batch's sync). */
  numeric(sheet: string, references: readonly string[]): boolean;
}

/** Queues the reads of every reference (one per distinct range or table); answer after the next sync. */
export function queueInputReads(context: Excel.RequestContext, wanted: readonly { sheet: string; references: readonly string[] }[]): InputReads {
  const ranges = new Map<string, Excel.Range>();
  const tables = new Map<string, { header: Excel.Range; body: Excel.Range }>();
  // Sheets and tables are looked up with getItem: a formula naming one that no longer exists
  // already reads #REF! in Excel (the reference is rewritten when it is deleted).
  for (const w of wanted) {
    for (const ref of w.references) {
      const a = A1.exec(ref);
      const t = TABLE_COLUMN.exec(ref);
      if (a) {
        const [name, address] = [sheetOf(a, w.sheet), a[2]!.replace(/\$/g, "")];
        if (!ranges.has(`${name}!${address}`)) ranges.set(`${name}!${address}`, context.workbook.worksheets.getItem(name).getRange(address).load("values"));
      } else if (t && !tables.has(t[1]!.toLowerCase())) {
        const table = context.workbook.tables.getItem(t[1]!);
        tables.set(t[1]!.toLowerCase(), { header: table.getHeaderRowRange().load("values"), body: table.getDataBodyRange().load("values") });
      }
    }
  }
  const cellsOf = (sheet: string, ref: string): Cell[] | undefined => {
    const a = A1.exec(ref);
    if (a) return (ranges.get(`${sheetOf(a, sheet)}!${a[2]!.replace(/\$/g, "")}`)?.values as Cell[][] | undefined)?.flat();
    const t = TABLE_COLUMN.exec(ref);
    const read = t === null ? undefined : tables.get(t[1]!.toLowerCase());
    if (t === null || read === undefined) return undefined;
    const column = (read.header.values[0] as Cell[]).findIndex((h) => String(h).toLowerCase() === t[2]!.trim().toLowerCase());
    return column < 0 ? undefined : (read.body.values as Cell[][]).map((row) => row[column]!);
  };
  return {
    numeric: (sheet, references) =>
      references.every((ref) => {
        const cells = cellsOf(sheet, ref);
        return cells !== undefined && cells.every(numeric);
      }),
  };
}

import type { CellValue, ColumnSpec } from "../../data/types";
import type { WriteValue } from "./sheetSpec";

/**
 * Dataset cell → what the writer sends, so that Excel stores exactly the dataset's value.
 *
 * - Text that starts with "=", "+" or "-" is a formula when written through Range.values ("If the
 *   returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets
 *   this value as a formula": @types/office-js, Excel.Range.values; learn.microsoft.com
 *   /javascript/api/excel/excel.range#excel-excel-range-values-member). It is written as a formula
 *   whose result is the text (`="=AI.FACT(…)"`), which is text whatever the cell's format.
 * - Text ("@") format protects short text that Excel would otherwise read as a number, date or
 *   boolean; a Text cell holding more than 255 characters shows "#####" in desktop Excel, so long
 *   text is General (and wraps).
 * - Dates are `=DATE(y,m,d)`: a serial number written as a value is four years off in a workbook
 *   using the 1904 date system, while DATE counts in the workbook's own system ("DATE function",
 *   support.microsoft.com; Excel.Functions.date in @types/office-js: "a number from 1900 or 1904
 *   (depending on the workbook's date system)").
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Longest text a Text ("@") cell shows; longer text shows as "#####" in desktop Excel. */
export const TEXT_FORMAT_MAX = 255;
/** Longest string constant Excel accepts inside a formula. */
const FORMULA_STRING_MAX = 255;

export function isoDateToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH_MS) / 86_400_000;
}

/** `=DATE(2025,9,30)` for "2025-09-30": right in the 1900 and the 1904 date systems. */
export function dateFormula(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `=DATE(${Number(m[1])},${Number(m[2])},${Number(m[3])})` : undefined;
}

/** Excel would read this string as a formula if it were written as a value. */
export const readsAsFormula = (text: string): boolean => /^[=+-]/.test(text);

/**
 * A formula whose result is exactly `text`: `="…"` with quotes doubled, split into pieces joined
 * with & because a string constant in a formula holds at most 255 characters.
 * @example textFormula('=A1+"x"') //=> '="=A1+""x"""'
 */
export function textFormula(text: string): string {
  const pieces: string[] = [];
  const chars = [...text];
  for (let i = 0; i < chars.length; i += FORMULA_STRING_MAX) pieces.push(`"${chars.slice(i, i + FORMULA_STRING_MAX).join("").replace(/"/g, '""')}"`);
  return `=${pieces.length === 0 ? '""' : pieces.join("&")}`;
}

/** An error value as Range.values reads it ("#N/A"); typed into a cell it becomes that error again. */
export const isErrorText = (text: string): boolean => /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/i.test(text);

/**
 * Text that Excel's entry rules would turn into something else in a General cell: numbers
 * ("00123", "1e5", "5%", "1,000"), dates and times ("2025-09-30", "2026-02-06T14:59", "3:15",
 * "1/2"), booleans. Deliberately broad: a false alarm only costs a Text format on a short cell.
 */
export function coercibleText(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^(true|false)$/i.test(t)) return true;
  if (isErrorText(t)) return true;
  if (/^[+-]?\d+\s+\d+\/\d+$/.test(t)) return true;
  if (/^[$¥€£]?\(?[+-]?[\d.,]+\)?%?$/.test(t) && /\d/.test(t)) return true;
  if (/^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/.test(t)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?([T ]\d{1,2}(:\d{2}){1,2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$/.test(t)) return true;
  if (/^\d{1,2}[-\s](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(t)) return true;
  if (/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[-\s.]+\d/i.test(t)) return true;
  return false;
}

/** One cell as planned: what to send and the format it needs (undefined: the column's own). */
export interface PlannedCell {
  readonly value: WriteValue;
  readonly formula: boolean;
  readonly format?: string;
}

/**
 * The plan for any text: "@" only where Excel would otherwise convert it and it fits; a string
 * literal formula where Excel would read a formula; General otherwise (long text included).
 */
export function textCell(text: string): PlannedCell {
  if (text === "") return { value: "", formula: false, format: "General" };
  if (readsAsFormula(text)) return { value: textFormula(text), formula: true, format: "General" };
  if (text.length <= TEXT_FORMAT_MAX && coercibleText(text)) return { value: text, formula: false, format: "@" };
  return { value: text, formula: false, format: "General" };
}

/**
 * A value read from a cell (Range.values) → what to send through Range.formulas so that the cell
 * holds that value with the same type: text goes through textCell, as in the import ("1234.00"
 * stays text, "-5" does not become a formula, long text is split into 255-character pieces);
 * format is set only where the text needs it ("@", or General so that a string-literal formula
 * calculates), otherwise the cell keeps its own. Error values are sent as read, which Excel
 * enters as the error.
 */
export function constantCell(value: WriteValue): { readonly value: WriteValue; readonly format?: string } {
  if (typeof value !== "string" || isErrorText(value)) return { value };
  const planned = textCell(value);
  return planned.format === "@" || planned.formula ? { value: planned.value, format: planned.format } : { value: planned.value };
}

export function planCell(value: CellValue, column: ColumnSpec): PlannedCell {
  if (value === null) return { value: "", formula: false };
  if (column.type === "date" && typeof value === "string") {
    const formula = dateFormula(value);
    if (formula !== undefined) return { value: formula, formula: true };
  }
  if (typeof value === "string") return textCell(value);
  return { value, formula: false };
}

/** Dataset value → the constant Excel should hold (dates as 1900-system serials), for comparisons. */
export function toExcelValue(value: CellValue, column: ColumnSpec): WriteValue {
  if (value === null) return "";
  if (column.type === "date" && typeof value === "string") return isoDateToSerial(value) ?? value;
  return value;
}

/** Width in character units of a text: CJK and full-width characters count twice. */
export function textUnits(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return width;
}

/** Column width in points from the longest text it shows, within a pane-friendly range. */
export function columnWidth(texts: readonly string[], max = 320): number {
  let longest = 0;
  for (const t of texts) longest = Math.max(longest, textUnits(t));
  return Math.min(max, Math.max(48, Math.round(longest * 6.5 + 12)));
}

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * Roughly what a number looks like under one of the plan's en-US formats, to size columns by
 * what the cell shows (a formula's result included), not by what the plan sends.
 */
export function displayText(value: WriteValue, format: string): string {
  if (typeof value !== "number") return String(value);
  const literal = /"([^"]*)"/.exec(format)?.[1] ?? "";
  const currency = /\[\$([^-\]]*)/.exec(format)?.[1] ?? "";
  const decimals = /0\.(0+)/.exec(format)?.[1]?.length ?? 0;
  if (format === "General") return String(Number(value.toPrecision(10)));
  if (/yyyy/.test(format)) return "2025-09-30";
  const percent = format.includes("%");
  const shown = Math.abs(percent ? value * 100 : value).toFixed(decimals);
  const [whole, frac] = shown.split(".");
  const digits = format.includes(",") ? group(whole!) : whole!;
  return `${value < 0 ? "-" : ""}${currency}${digits}${frac === undefined ? "" : `.${frac}`}${percent ? "%" : ""}${literal}`;
}

/** Average points per character unit of wrapped 11-pt Calibri prose (narrower than columnWidth's generous 6.5), and per line. */
const POINTS_PER_UNIT = 5.2;
const LINE_POINTS = 15;

/**
 * Row heights for wrapped blocks, estimated from each cell's text and its column's width: the
 * rows that need more than one line. A string-literal formula counts as its text.
 */
export function wrappedRowHeights(
  blocks: readonly { readonly at: string; readonly wrap?: boolean; readonly values?: readonly (readonly WriteValue[])[]; readonly formulas?: readonly (readonly WriteValue[])[] }[],
  widths: readonly number[],
): { row: number; height: number }[] {
  const heights = new Map<number, number>();
  for (const b of blocks) {
    if (!b.wrap) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(b.at);
    if (!m) continue;
    let left = 0;
    for (const ch of m[1]!) left = left * 26 + (ch.charCodeAt(0) - 64);
    left -= 1;
    const top = Number(m[2]);
    (b.values ?? b.formulas ?? []).forEach((line, r) =>
      line.forEach((v, c) => {
        if (typeof v !== "string" || v === "") return;
        const text = v.startsWith('="') ? v.slice(2, -1).replace(/""/g, '"') : v.startsWith("=") ? "" : v;
        const width = widths[left + c] ?? 48;
        const lines = Math.ceil((textUnits(text) * POINTS_PER_UNIT) / Math.max(1, width - 12));
        if (lines > 1) heights.set(top + r, Math.max(heights.get(top + r) ?? 0, Math.min(409, lines * LINE_POINTS)));
      }),
    );
  }
  return [...heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}

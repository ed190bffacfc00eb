import type { CellValue, ColumnSpec } from "../../data/types";
import type { WriteValue } from "./sheetSpec";

/** Dataset cell → what Excel stores: dates as serial numbers, blanks as "", never null. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isoDateToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EXCEL_EPOCH_MS) / 86_400_000;
}

export function toExcelValue(value: CellValue, column: ColumnSpec): WriteValue {
  if (value === null) return "";
  if (column.type === "date" && typeof value === "string") return isoDateToSerial(value) ?? value;
  return value;
}

/** Column width in points from the longest text it shows, within a pane-friendly range. */
export function columnWidth(texts: readonly string[]): number {
  let longest = 0;
  for (const t of texts) {
    let width = 0;
    for (const ch of t) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1; // CJK is twice as wide
    if (width > longest) longest = width;
  }
  return Math.min(320, Math.max(48, Math.round(longest * 6.5 + 12)));
}

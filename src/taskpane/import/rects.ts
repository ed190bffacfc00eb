import { columnLetter, parseCell } from "./addresses";
import type { Block } from "./sheetSpec";

/** Cell rectangles for the refresh: rows 1-based as Excel shows them, columns 0-based. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_383;

/** "Sheet!A3:H23", "'My sheet'!B2", "A1", whole columns "A:C" or whole rows "2:5" → its rectangle. */
export function parseRect(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  if (/^[A-Z]+$/.test(a!) && /^[A-Z]+$/.test(b!)) {
    const l = parseCell(`${a}1`).col;
    const r = parseCell(`${b}1`).col;
    return { top: 1, left: Math.min(l, r), bottom: MAX_ROW, right: Math.max(l, r) };
  }
  if (/^\d+$/.test(a!) && /^\d+$/.test(b!)) return { top: Math.min(Number(a), Number(b)), left: 0, bottom: Math.max(Number(a), Number(b)), right: MAX_COL };
  const p = parseCell(a!);
  const q = parseCell(b!);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export const rectAddress = (r: Rect): string => `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`;
export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row}`;
export const contains = (r: Rect | undefined, row: number, col: number): boolean =>
  r !== undefined && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
export const union = (a: Rect | undefined, b: Rect | undefined): Rect | undefined =>
  a === undefined ? b : b === undefined ? a : { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };

export const intersect = (a: Rect, b: Rect): Rect | undefined => {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
};

/** The cells a planned block covers: its rows (formulas, values or number formats) from its top-left cell. */
export function blockRect(b: Block): Rect {
  const rows = b.formulas ?? b.values ?? b.numberFormat;
  const at = parseCell(b.at);
  const height = rows?.length ?? 1;
  const width = rows?.[0]?.length ?? b.columnFormats?.length ?? 1;
  return { top: at.row, left: at.col, bottom: at.row + height - 1, right: at.col + width - 1 };
}

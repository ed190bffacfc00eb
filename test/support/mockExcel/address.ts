import { excelError } from "./errors";

/** A1 addresses as Excel reads them, written independently of src/ so the fake shares none of its bugs. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0-based, inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type ParsedAddress =
  | { readonly kind: "cells"; readonly rect: Rect }
  /** Whole columns ("A:A", "B:D"): unbounded, only column-level properties may be set. */
  | { readonly kind: "columns"; readonly left: number; readonly right: number };

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const cellName = (row: number, col: number): string => `${columnName(col)}${row + 1}`;

export function rectAddress(rect: Rect): string {
  const a = cellName(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? a : `${a}:${cellName(rect.bottom, rect.right)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

function cell(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  if (row < 0 || row >= MAX_ROWS || col < 0 || col >= MAX_COLUMNS) return undefined;
  return { row, col };
}

/** Sheet-local address ("A1", "A1:C5", "C5:A1", "A:A", "B:D"); anything else is InvalidArgument. */
export function parseAddress(address: string, location = "Worksheet.getRange"): ParsedAddress {
  const parts = address.trim().split(":");
  if (parts.length === 1) {
    const c = cell(parts[0]!);
    if (c) return { kind: "cells", rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
  } else if (parts.length === 2) {
    const a = cell(parts[0]!);
    const b = cell(parts[1]!);
    if (a && b) {
      return {
        kind: "cells",
        rect: { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) },
      };
    }
    const ca = COLUMN.exec(parts[0]!);
    const cb = COLUMN.exec(parts[1]!);
    if (ca && cb) {
      const l = columnIndex(ca[1]!);
      const r = columnIndex(cb[1]!);
      if (l < MAX_COLUMNS && r < MAX_COLUMNS) return { kind: "columns", left: Math.min(l, r), right: Math.max(l, r) };
    }
  }
  throw excelError("InvalidArgument", location, `not an address: ${JSON.stringify(address)}`);
}

export const overlaps = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export const contains = (outer: Rect, row: number, col: number): boolean =>
  row >= outer.top && row <= outer.bottom && col >= outer.left && col <= outer.right;

import type { CellValue, Workbook, Worksheet } from "exceljs";
import * as ExcelJS from "exceljs";
import { PreviewError, type ExcelCell } from "../../src/functions/excel";

/** Reading recalculated workbooks back, and comparing an engine's cell with the add-in's result. */
export type EngineResult = number | string | boolean | { readonly error: string } | null;

export async function readWorkbook(file: string): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * What a cell shows after the engine calculated it. ExcelJS leaves out a formula's result when it
 * is 0 (it tests the result for truthiness), so a formula without a result is 0.
 */
export function shown(value: CellValue): EngineResult {
  if (value === null || value === undefined) return null;
  if (isObject(value) && "formula" in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined ? 0 : shown(result as CellValue);
  }
  if (isObject(value) && "sharedFormula" in value) return shown({ formula: "", result: (value as { result?: unknown }).result } as CellValue);
  if (isObject(value) && "error" in value) return { error: String(value.error) };
  if (isObject(value) && "richText" in value) return (value.richText as { text: string }[]).map((r) => r.text).join("");
  if (value instanceof Date) return value.toISOString();
  return value as number | string | boolean;
}

export const textOf = (ws: Worksheet, address: string): string => {
  const v = shown(ws.getCell(address).value);
  return v === null ? "" : typeof v === "object" ? v.error : String(v);
};

/** The add-in's own result for one cell, as comparable data. */
export function expectedOf(cell: ExcelCell): EngineResult {
  if (cell instanceof PreviewError) return { error: cell.code };
  return cell as number | string;
}

/** Equal values: same error code, same text, or numbers within a relative 1e-12. */
export function sameResult(actual: EngineResult, expected: EngineResult): boolean {
  if (isObject(expected)) return isObject(actual) && actual.error === expected.error;
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    if (expected === 0) return Math.abs(actual) <= 1e-300;
    return Math.abs(actual - expected) <= 1e-12 * Math.abs(expected);
  }
  return actual === expected;
}

export const describeResult = (r: EngineResult): string => (isObject(r) ? r.error : JSON.stringify(r));

export { MockWorkbook } from "./workbook";
export { CalcError, calculate, calculatedGrid, calculatedValue, parseFormula } from "./calc";
export type { ChartState, FailureInjection, RunRecord, SetupSheet, SheetState, SyncRecord, TableState, WriteRecord } from "./workbook";
export type { CellScalar, CellState } from "./cells";
export { MockExcelError } from "./errors";
export type { ExcelErrorCode } from "./errors";
export type { ExcelRunLike } from "./client";

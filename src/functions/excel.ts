import { evaluate, type RawArg } from "../core/evaluate";
import type { MessageLanguage } from "../core/messages";
import type { Cell, FunctionSpec } from "../core/spec";
import { XlError } from "../core/xlerror";

/**
 * The one place where core values become Excel values. Everything in src/core is Office-free;
 * this module knows about `CustomFunctions.Error` and nothing else does.
 */

/**
 * What an error cell becomes when `CustomFunctions.Error` is missing (a browser preview, Node):
 * the same code and message, so the preview shows exactly what Excel would.
 */
export class PreviewError {
  readonly name = "PreviewError";
  constructor(
    readonly code: string,
    readonly message: string | undefined,
  ) {}
  toString(): string {
    return this.code;
  }
}

export type ExcelCell = number | string | CustomFunctions.Error | PreviewError;

let language: MessageLanguage = "en";

/**
 * The language of error messages, from Office's display language (messageLanguageOf): it must be
 * the language of the function metadata Excel shows. The pane may set "en" or "zh" as well.
 */
export function setMessageLanguage(next: MessageLanguage): void {
  language = next;
}

const ERROR_CODE_KEYS: Record<XlError["code"], keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

export function toExcelError(error: XlError): CustomFunctions.Error | PreviewError {
  const message = error.message(language);
  const runtime = typeof CustomFunctions === "undefined" ? undefined : CustomFunctions;
  if (runtime?.Error !== undefined && runtime.ErrorCode !== undefined) {
    const code = runtime.ErrorCode[ERROR_CODE_KEYS[error.code]] ?? (error.code as CustomFunctions.ErrorCode);
    return message === undefined ? new runtime.Error(code) : new runtime.Error(code, message);
  }
  return new PreviewError(error.code, message);
}

/** Converts a whole result (such as a dataset table) whose error cells are not counted yet. */
export function toExcelCells(cells: Cell[][]): ExcelCell[][] {
  return toExcel(cells, cells.reduce((n, row) => n + row.filter((c) => c instanceof XlError).length, 0));
}

function toExcel(cells: Cell[][], errorCount: number): ExcelCell[][] {
  if (errorCount === 0) return cells as ExcelCell[][];
  for (const row of cells) {
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell instanceof XlError) row[c] = toExcelError(cell) as never;
    }
  }
  return cells as ExcelCell[][];
}

/** Runs a catalogue function for Excel: broadcast, guard, convert errors. Never throws. */
export function run(spec: FunctionSpec, args: readonly RawArg[]): ExcelCell[][] {
  try {
    const { cells, errorCount } = evaluate(spec, args);
    return toExcel(cells, errorCount);
  } catch (unexpected) {
    // A bug must still show as an Excel error with a message, never as a silent #VALUE!.
    const detail = unexpected instanceof Error ? unexpected.message : String(unexpected);
    return [[toExcelError(new XlError("#VALUE!", "internalError", { detail }))]];
  }
}

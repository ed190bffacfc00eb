import { excelError } from "./errors";

/**
 * What Excel stores when a value or formula is written to a cell, and what the cell shows.
 *
 * Entry rules, as documented for office.js `Range.values` (@types/office-js, Excel.Range.values;
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
 *   - "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 *     interprets this value as a formula." The documentation names no exception for a cell's
 *     format, so the fake applies it in Text ("@") cells too: code that wants text must not rely
 *     on the format. A lone "=" is an invalid formula (InvalidArgument).
 *   - Strings that look like numbers, percentages ("1%" → 0.01 in a percent format), ISO dates or date-times ("use a locale-neutral format like
 *     ISO (YYYY-MM-DD)… to ensure dates are stored as dates") or booleans are converted, except in
 *     a Text cell, where they stay text. Dates count in the workbook's date system.
 * `Range.formulas` follows Excel's entry rules too, except that a formula written into a Text
 * cell stays text (Excel's documented UI behaviour, "Formulas are displayed as text": a cell
 * formatted as Text shows what was typed).
 *
 * Display (`Range.text`): a Text cell holding more than 255 characters shows "#####" in desktop
 * Excel (reported in the review of the import against Excel; Excel's limit of 255 characters
 * for text in formulas and formats), dates show in the workbook's date system.
 */
export type CellScalar = string | number | boolean;

export interface CellState {
  value?: CellScalar;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  /** Set when Excel turned the written string into something else (number, date, boolean, formula). */
  coercedFrom?: string;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Longest text a Text-formatted cell displays; longer shows "#####". */
export const TEXT_DISPLAY_MAX = 255;

export interface EntryOptions {
  /** `Range.formulas` keeps a formula as text in a Text cell; `Range.values` does not. */
  readonly via?: "values" | "formulas";
  readonly date1904?: boolean;
}

/**
 * A string constant in a formula holds at most 255 characters: Excel refuses the formula ("Text
 * values in formulas are limited to 255 characters. To create text values longer than 255
 * characters in a formula, use the CONCATENATE function or the concatenation operator (&)" —
 * Excel's own message; "Excel specifications and limits", support.microsoft.com).
 */
export const FORMULA_STRING_MAX = 255;

function checkFormula(formula: string, location: string): void {
  const chars = [...formula];
  let depth = 0;
  let quoted = false;
  let length = 0;
  let longest = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (quoted) {
      if (ch !== '"') length++;
      else if (chars[i + 1] === '"') {
        length++; // a doubled quote is one character of the constant
        i++;
      } else {
        quoted = false;
        longest = Math.max(longest, length);
      }
    } else if (ch === '"') {
      quoted = true;
      length = 0;
    } else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    if (depth < 0) break;
  }
  if (formula.trim() === "=" || quoted || depth !== 0) throw excelError("InvalidArgument", location, `not a valid formula: ${formula}`);
  if (longest > FORMULA_STRING_MAX) throw excelError("InvalidArgument", location, `a string constant longer than ${FORMULA_STRING_MAX} characters: ${formula.slice(0, 40)}…`);
}

export function checkScalar(value: unknown, location: string): asserts value is CellScalar | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number" && Number.isFinite(value)) return;
  throw excelError("InvalidArgument", location, `not a cell value: ${String(value)}`);
}

export function dateSerial(ms: number, date1904: boolean): number {
  return (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / 86_400_000;
}

/** Writes one entry (`null` leaves the cell as it is, as in office.js). */
export function enterValue(cell: CellState, input: CellScalar | null, location: string, options: EntryOptions = {}): void {
  if (input === null) return;
  const via = options.via ?? "values";
  delete cell.formula;
  delete cell.coercedFrom;
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (input === "") {
    delete cell.value;
    return;
  }
  const first = input[0];
  const text = cell.numberFormat === "@";
  if (first === "=" && !(text && via === "formulas")) {
    checkFormula(input, location);
    delete cell.value;
    cell.formula = input;
    if (text) cell.coercedFrom = input;
    return;
  }
  if (text) {
    cell.value = input;
    return;
  }
  const trimmed = input.trim();
  if (NUMERIC.test(trimmed)) {
    cell.value = Number(trimmed);
    cell.coercedFrom = input;
    return;
  }
  if (PERCENT.test(trimmed)) {
    // "1%" is entered as the number 0.01 shown with a percent format ("Format numbers as
    // percentages", support.microsoft.com: a number typed with a percent sign is a percentage).
    cell.value = Number(trimmed.slice(0, -1)) / 100;
    if (cell.numberFormat === undefined || cell.numberFormat === "General") cell.numberFormat = "0%";
    cell.coercedFrom = input;
    return;
  }
  if ((first === "+" || first === "-") && input.length > 1) {
    delete cell.value;
    cell.formula = `=${input}`;
    cell.coercedFrom = input;
    return;
  }
  const iso = ISO_DATE_TIME.exec(trimmed);
  if (iso) {
    const ms = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0));
    cell.value = dateSerial(ms, options.date1904 === true);
    cell.coercedFrom = input;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
    cell.coercedFrom = input;
    return;
  }
  cell.value = input;
}

/** yyyy-mm-dd of a serial number in the workbook's date system. */
export function serialToIso(serial: number, date1904: boolean): string {
  const ms = Math.round(serial * 86_400_000) + (date1904 ? EPOCH_1904 : EPOCH_1900);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * What the cell displays for a value (a constant or a formula's result): "#####" for long text in
 * a Text cell, dates for date formats, otherwise the value as text.
 */
export function displayedText(value: CellScalar, numberFormat: string | undefined, date1904: boolean): string {
  if (typeof value === "string") return numberFormat === "@" && value.length > TEXT_DISPLAY_MAX ? "#####" : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (numberFormat !== undefined && /y{2,4}/.test(numberFormat) && !numberFormat.includes('"')) return serialToIso(value, date1904);
  return String(value);
}

export const isEmptyCell = (c: CellState): boolean =>
  c.value === undefined &&
  c.formula === undefined &&
  c.numberFormat === undefined &&
  !c.bold &&
  !c.italic &&
  c.fontColor === undefined &&
  c.fill === undefined &&
  !c.wrapText &&
  c.verticalAlignment === undefined;

import { excelError } from "./errors";

/**
 * What Excel stores when a value or formula is written to a cell. Excel treats a written string
 * like typed input (office.js `Range.values`: "If the returned value starts with a plus, minus
 * or equal sign, Excel interprets this value as a formula"; ISO dates are stored as dates), except
 * in a cell formatted as Text ("@"), where the string stays text. The same entry rule is applied
 * to `Range.formulas` (VBA's `Range.Formula` keeps a formula as text in a Text cell); that part is
 * Excel's documented UI behaviour, not checked against office.js itself.
 */
export type CellScalar = string | number | boolean;

export interface CellState {
  value?: CellScalar;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string;
  wrapText?: boolean;
  /** Set when Excel turned the written string into something else (number, date, boolean, formula). */
  coercedFrom?: string;
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EPOCH = Date.UTC(1899, 11, 30);

function checkFormula(formula: string, location: string): void {
  let depth = 0;
  let quoted = false;
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    if (depth < 0) break;
  }
  if (quoted || depth !== 0) throw excelError("InvalidArgument", location, `not a valid formula: ${formula}`);
}

export function checkScalar(value: unknown, location: string): asserts value is CellScalar | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return;
  if (typeof value === "number" && Number.isFinite(value)) return;
  throw excelError("InvalidArgument", location, `not a cell value: ${String(value)}`);
}

/** Writes one entry (`null` leaves the cell as it is, as in office.js). */
export function enterValue(cell: CellState, input: CellScalar | null, location: string): void {
  if (input === null) return;
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
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const first = input[0];
  if (first === "=" && input.length > 1) {
    checkFormula(input, location);
    delete cell.value;
    cell.formula = input;
    return;
  }
  const trimmed = input.trim();
  if (NUMERIC.test(trimmed)) {
    cell.value = Number(trimmed);
    cell.coercedFrom = input;
    return;
  }
  if ((first === "+" || first === "-") && input.length > 1) {
    delete cell.value;
    cell.formula = `=${input}`;
    cell.coercedFrom = input;
    return;
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    cell.value = (Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) - EPOCH) / 86_400_000;
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

export const isEmptyCell = (c: CellState): boolean =>
  c.value === undefined && c.formula === undefined && c.numberFormat === undefined && !c.bold && c.fill === undefined && !c.wrapText;

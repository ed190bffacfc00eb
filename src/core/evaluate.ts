import { type CurrencyScope, newCurrencyScope, readCell } from "./read";
import type { Cell, FunctionSpec, RawCell, ReadValue } from "./spec";
import { NA_OUTSIDE, NUM, XlError } from "./xlerror";

/** A 2-D argument as Excel passes it (`any[][]`), or a single value from a preview or a test. */
export type RawArg = RawCell | readonly (readonly RawCell[])[];

export interface Evaluation {
  readonly cells: Cell[][];
  /** How many cells are errors: the adapter converts nothing when there are none. */
  readonly errorCount: number;
}

const SCALAR: RawCell[][] = [[null]];

function asMatrix(arg: RawArg): readonly (readonly RawCell[])[] {
  if (Array.isArray(arg)) return arg.length === 0 ? SCALAR : arg;
  return [[arg as RawCell]];
}

/**
 * Broadcasts a function over its arguments the way Excel's native arithmetic does:
 * the result is as tall as the tallest argument and as wide as the widest; a 1-row or
 * 1-column argument repeats along the other dimension; a cell beyond a smaller argument
 * that cannot repeat is #N/A. Each result cell is computed (and fails) on its own.
 *
 * The hot path (every argument cell a finite number) does no allocation per cell.
 */
export function evaluate(spec: FunctionSpec, rawArgs: readonly RawArg[]): Evaluation {
  const params = spec.params;
  const arity = params.length;
  const matrices: (readonly (readonly RawCell[])[])[] = new Array(arity);
  let rows = 1;
  let cols = 1;
  for (let k = 0; k < arity; k++) {
    const m = asMatrix(k < rawArgs.length ? rawArgs[k] : null);
    matrices[k] = m;
    const h = m.length;
    const w = m[0]?.length ?? 1;
    if (h > rows) rows = h;
    if (w > cols) cols = w;
  }

  const values: ReadValue[] = new Array(arity).fill(0);
  const cells: Cell[][] = new Array(rows);
  let errorCount = 0;
  let scope: CurrencyScope | undefined;

  for (let r = 0; r < rows; r++) {
    const out: Cell[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let failed: XlError | undefined;
      if (scope !== undefined) scope = undefined;
      for (let k = 0; k < arity; k++) {
        const m = matrices[k]!;
        const h = m.length;
        const row = m[h === 1 ? 0 : r];
        const w = row === undefined ? 0 : row.length;
        if (row === undefined || (w !== 1 && c >= w)) {
          failed = NA_OUTSIDE;
          break;
        }
        const v = row[w === 1 ? 0 : c];
        if (typeof v === "number" && v - v === 0) {
          values[k] = v;
          continue;
        }
        const read = readCell(v, params[k]!, (scope ??= newCurrencyScope()));
        if (read instanceof XlError) {
          failed = read;
          break;
        }
        values[k] = read;
      }
      let result: Cell;
      if (failed !== undefined) {
        result = failed;
      } else {
        result = spec.compute(values);
        if (typeof result === "number" && result - result !== 0) result = NUM;
      }
      if (typeof result === "object") errorCount++;
      out[c] = result;
    }
    cells[r] = out;
  }
  return { cells, errorCount };
}

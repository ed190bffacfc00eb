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

  // Only numeric parameters may take a finite number as it is; a text parameter reads it as text.
  const numeric: boolean[] = params.map((p) => p.kind === "number" || p.kind === "months");
  const values: ReadValue[] = new Array(arity).fill(0);
  const cells: Cell[][] = new Array(rows);
  // Per result row: each argument's row (or undefined beyond a shorter argument), its width,
  // and a stride of 0 for a single column that repeats across, 1 otherwise.
  const argRows: (readonly RawCell[] | undefined)[] = new Array(arity);
  const widths: number[] = new Array(arity).fill(0);
  const strides: number[] = new Array(arity).fill(0);
  let errorCount = 0;

  /** The general path for one cell: read every argument, compute, guard. */
  const cellAt = (c: number): Cell => {
    let scope: CurrencyScope | undefined;
    for (let k = 0; k < arity; k++) {
      const w = widths[k]!;
      if (c >= w && w !== 1) return NA_OUTSIDE;
      const v = argRows[k]![c * strides[k]!];
      if (typeof v === "number" && v - v === 0 && numeric[k]) {
        values[k] = v;
        continue;
      }
      const read = readCell(v, params[k]!, (scope ??= newCurrencyScope()));
      if (read instanceof XlError) return read;
      values[k] = read;
    }
    const result = spec.compute(values);
    return typeof result === "number" && result - result !== 0 ? NUM : result;
  };

  const binary = arity === 2 ? spec.binary : undefined;
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < arity; k++) {
      const m = matrices[k]!;
      const row = m[m.length === 1 ? 0 : r];
      argRows[k] = row;
      const w = row === undefined ? 0 : row.length;
      widths[k] = w;
      strides[k] = w === 1 ? 0 : 1;
    }
    const out: Cell[] = new Array(cols);
    if (binary !== undefined && argRows[0] !== undefined && argRows[1] !== undefined) {
      const when = binary.when;
      const value = binary.value;
      const rowA = argRows[0];
      const rowB = argRows[1];
      const sa = strides[0]!;
      const sb = strides[1]!;
      const wa = widths[0]!;
      const wb = widths[1]!;
      for (let c = 0; c < cols; c++) {
        if ((c < wa || wa === 1) && (c < wb || wb === 1)) {
          const a = rowA[c * sa];
          const b = rowB[c * sb];
          if (typeof a === "number" && typeof b === "number" && a - a === 0 && b - b === 0 && when(a, b)) {
            const q = value(a, b);
            if (q - q === 0) {
              out[c] = q;
              continue;
            }
          }
        }
        const cell = cellAt(c);
        if (typeof cell === "object") errorCount++;
        out[c] = cell;
      }
    } else {
      for (let c = 0; c < cols; c++) {
        const cell = cellAt(c);
        if (typeof cell === "object") errorCount++;
        out[c] = cell;
      }
    }
    cells[r] = out;
  }
  return { cells, errorCount };
}

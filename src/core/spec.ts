import type { XlError } from "./xlerror";

/**
 * How an argument cell is read before the formula sees it.
 * - `number`: numbers, numeric/percent text and Chinese/English amount text (currency tracked);
 * - `months`: as `number`, and a reporting-period label (前三季度, H1, 9M) becomes its months;
 * - `text`: any non-blank text; numbers become their text;
 * - `raw`: the cell as Excel sent it (number, text, boolean or null), for parsers.
 */
export type ParamKind = "number" | "months" | "text" | "raw";

export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  /**
   * Present for optional parameters: the value used when the argument is omitted or blank.
   * `null` means "no value" (LTV's lifetimeCap): the formula receives null and decides.
   */
  readonly default?: number | string | null;
}

/** What one result cell can be: a number, text, TRUE/FALSE (dataset look-ups), or an Excel error. */
export type Cell = number | string | boolean | XlError;

/**
 * A raw cell value as Excel passes it to a custom function. Objects are error values (with
 * `allowErrorForDataTypeAny`) or data types (with `allowCustomDataForDataTypeAny`); see read.ts.
 */
export type RawCell = number | string | boolean | null | undefined | { readonly [key: string]: unknown };

/** The values a formula receives: numbers for numeric kinds, text for `text`, anything for `raw`. */
export type ReadValue = number | string | boolean | null;

export interface FunctionSpec {
  readonly id: string;
  readonly params: readonly ParamSpec[];
  /**
   * Computes one result cell from already-read arguments (one value per parameter, in order).
   * The array is reused between cells: read it, never keep it.
   */
  readonly compute: (args: readonly ReadValue[]) => Cell;
  /**
   * Optional fast path for two numeric arguments, used while both cells are plain numbers:
   * when `when(a, b)` holds, the cell is `value(a, b)` (if finite); otherwise `compute` decides.
   * It must agree with `compute` wherever `when` holds (a property test checks this). It exists
   * because a result that may be a number or an error object makes V8 box every number, which
   * costs 6× on a million-cell range.
   */
  readonly binary?: {
    readonly when: (a: number, b: number) => boolean;
    readonly value: (a: number, b: number) => number;
  };
}

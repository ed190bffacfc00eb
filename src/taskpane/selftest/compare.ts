/**
 * How a value Excel shows is compared with the value the catalogue returns. Excel reads error
 * cells back through `Range.values` as their text ("#N/A"); the catalogue returns error objects
 * whose `code` is that text (CustomFunctions.ErrorCode values are the error strings, as in
 * "Handle and return errors from your custom function"). Numbers agree to a relative 1e-12:
 * Excel stores doubles, but nothing promises the last bit survives the trip.
 */
export type Shown = number | string | boolean;

/** Values a cell shows while a function has not finished (async functions, add-in loading). */
export const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);

export function asShown(value: unknown): Shown {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string") return code;
  return String(value);
}

/** A result as a grid: a function may return a scalar (1×1 result shown as a plain value). */
export function asGrid(result: unknown): Shown[][] {
  if (!Array.isArray(result)) return [[asShown(result)]];
  return result.map((row) => (Array.isArray(row) ? row.map(asShown) : [asShown(row)]));
}

export function sameValue(excel: unknown, expected: Shown): boolean {
  if (typeof expected === "number" && typeof excel === "number") {
    if (expected === excel) return true;
    const scale = Math.max(Math.abs(expected), Math.abs(excel));
    return Math.abs(expected - excel) <= 1e-12 * (scale === 0 ? 1 : scale);
  }
  return excel === expected;
}

export const showValue = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : String(value));

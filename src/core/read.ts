import { parseAmount, type AmountFailure } from "./amounts/parseAmount";
import { periodMonths } from "./periods";
import type { ParamSpec, RawCell, ReadValue } from "./spec";
import { DIV0, NUM, type XlError, naError, valueError } from "./xlerror";

/**
 * The one argument reader. Every argument cell of every function goes through `readCell`,
 * so numbers, numeric text, amount text, blanks and omitted optionals behave the same everywhere.
 */

/** Plain numeric text: "3.77", "-1,234.5", "12%", "1e6". Amounts with units go to the parser. */
const NUMERIC_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

/** Text that names months (a number with an M/月 unit): never read as an amount. */
const MONTHS_LIKE = /^\s*[-+]?[\d.,]+\s*(?:m|mos?|months?|个?月)\s*$/i;

/** Per-cell currency memory: the first currency named by an argument of this result cell. */
export interface CurrencyScope {
  currency: string;
  currencyParam: string;
}

export const newCurrencyScope = (): CurrencyScope => ({ currency: "", currencyParam: "" });

function describe(value: RawCell): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  return String(value);
}

export function readNumericText(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || !NUMERIC_TEXT.test(trimmed) || !/\d/.test(trimmed)) return undefined;
  const percent = trimmed.endsWith("%");
  const digits = trimmed.replace(/[,%]/g, "");
  // A percent is a decimal shift by string exponent, so "12.3%" is exactly 0.123.
  const value = percent ? Number(digits + "e-2") : Number(digits);
  return Number.isFinite(value) ? value : undefined;
}

export function amountFailure(failure: AmountFailure, param: string, value: string): XlError {
  const detail = { param, received: describe(value) };
  switch (failure.reason) {
    case "vague":
      return naError("vagueAmount", detail);
    case "ambiguous":
      return naError("ambiguousUnit", detail);
    default:
      return valueError("unparsedText", detail);
  }
}

function readNumber(value: string, spec: ParamSpec, scope: CurrencyScope): number | XlError {
  const plain = readNumericText(value);
  if (plain !== undefined) return plain;
  if (spec.kind === "months") {
    const months = periodMonths(value);
    if (months !== undefined) return months;
    // "1.5M" or "130M" in a months argument is a period we cannot read, never 1.5 million.
    if (MONTHS_LIKE.test(value)) return valueError("unknownPeriod", { param: spec.name, received: describe(value) });
  }
  const parsed = parseAmount(value, 0);
  if (!parsed.ok) {
    if (spec.kind === "months" && parsed.reason === "unparsed") {
      return valueError("unknownPeriod", { param: spec.name, received: describe(value) });
    }
    return amountFailure(parsed, spec.name, value);
  }
  if (parsed.currency !== "") {
    if (scope.currency === "") {
      scope.currency = parsed.currency;
      scope.currencyParam = spec.name;
    } else if (scope.currency !== parsed.currency) {
      return valueError("currencyMismatch", { first: scope.currency, second: parsed.currency });
    }
  }
  return parsed.value;
}

/**
 * Reads one argument cell for one parameter. Numbers that are finite return as they are
 * before this is called (the hot path in the evaluator); everything else comes here.
 */
export function readCell(value: RawCell, spec: ParamSpec, scope: CurrencyScope): ReadValue | XlError {
  const blank = value === null || value === undefined || value === "";
  if (blank) {
    if (spec.default !== undefined) return spec.default;
    if (spec.kind === "raw") return null;
    if (spec.kind === "text") return "";
    return 0; // a blank required number is 0, as in =A1/B1; the domain rules decide what follows
  }
  if (typeof value === "object") {
    // An error value inside a range: pass the same error on, as Excel's own arithmetic does.
    const code = (value as { code?: unknown }).code;
    const detail = { param: spec.name, received: typeof code === "string" ? code : "?" };
    if (code === "#DIV/0!") return DIV0;
    if (code === "#NUM!") return NUM;
    if (code === "#N/A") return naError("errorArgument", detail);
    return valueError("errorArgument", detail);
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    return valueError("notFinite", { param: spec.name, received: String(value) });
  }
  if (spec.kind === "raw") return value;
  if (typeof value === "boolean") {
    if (spec.kind === "text") return value ? "TRUE" : "FALSE";
    return valueError("booleanArgument", { param: spec.name });
  }
  if (spec.kind === "text") return typeof value === "number" ? String(value) : value;
  if (typeof value === "number") return value;
  if (typeof value !== "string") return valueError("notANumber", { param: spec.name, received: describe(value) });
  return readNumber(value, spec, scope);
}

export { describe as describeValue };

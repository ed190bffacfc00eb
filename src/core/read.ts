import { parseAmount, type AmountFailure } from "./amounts/parseAmount";
import { periodMonths } from "./periods";
import type { ParamSpec, RawCell, ReadValue } from "./spec";
import { DIV0, NULL_ERROR, NUM, XlError, naError, valueError } from "./xlerror";

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

/**
 * Characters that NFKC turns into the ASCII of numeric text: the full-width forms (１２％, －,
 * ．), the ideographic space and the no-break space. Text with any other non-ASCII character (亿, 元…) cannot be plain
 * numeric text, so it goes straight to the amount parser, which normalises it once itself.
 */
const FULL_WIDTH = /[\u00a0\uff01-\uff5e\u3000]/;
const OTHER_NON_ASCII = /[^\x00-\x7f\u00a0\uff01-\uff5e\u3000]/;

export function readNumericText(text: string): number | undefined {
  // Full-width digits and signs ("１２％") read as their ASCII forms, as in the amount grammar.
  if (OTHER_NON_ASCII.test(text)) return undefined;
  const trimmed = (FULL_WIDTH.test(text) ? text.normalize("NFKC") : text).trim();
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
    case "overflow":
      return NUM; // the value exists but no double holds it, like =1E307*100
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
 * Error values Excel can pass in an argument cell, by the text Excel shows. Excel passes them
 * only when functions.json sets `allowErrorForDataTypeAny` ("Handle and return errors from your
 * custom function", learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 * #DIV/0!, #NUM!, #N/A, #NULL! and #VALUE! pass on unchanged, as =A1/B1 does. #REF! and #NAME?
 * are input-only codes (a custom function cannot return them, same page), and the newer codes
 * (#SPILL!, #CALC!, #BUSY!…) are not in CustomFunctions.ErrorCode: they become #VALUE! naming the
 * code, the closest value a function may return.
 */
const PASSED_ON: Readonly<Record<string, XlError | undefined>> = { "#DIV/0!": DIV0, "#NUM!": NUM, "#NULL!": NULL_ERROR };

/** Excel.ErrorCellValue.errorType → the code the cell shows (office-js typings, ErrorCellValueType). */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  Div0: "#DIV/0!", Num: "#NUM!", NotAvailable: "#N/A", Null: "#NULL!", Value: "#VALUE!", Ref: "#REF!", Name: "#NAME?",
  Spill: "#SPILL!", Calc: "#CALC!", Busy: "#BUSY!", GettingData: "#GETTING_DATA", Field: "#FIELD!",
  Connect: "#CONNECT!", Blocked: "#BLOCKED!", Unknown: "#UNKNOWN!", Python: "#PYTHON!",
};

const ERROR_TEXT = /^#[A-Z0-9/_]+[!?]?$/;

function errorOf(code: string, param: string): XlError {
  const passed = PASSED_ON[code];
  if (passed !== undefined) return passed;
  const detail = { param, received: code };
  return code === "#N/A" ? naError("errorArgument", detail) : valueError("errorArgument", detail);
}

/**
 * An object in an argument cell. Two shapes exist:
 * - an error value: `CustomFunctions.Error` (`code` is a `CustomFunctions.ErrorCode` value such as
 *   "#N/A", custom-functions-runtime typings), or with data types on, an `Excel.ErrorCellValue`
 *   (`type: "Error"`, `basicValue: "#N/A"`, `errorType: "NotAvailable"`);
 * - a data type (`allowCustomDataForDataTypeAny`, "Use data types with custom functions in Excel"):
 *   `{ type: "Double" | "FormattedNumber" | "String" | "Boolean" | "Entity" | "LinkedEntity" …,
 *   basicValue, basicType?, text? }`. Its `basicValue` is what `Range.values` shows; an entity
 *   without one of its own has `basicType: "Error"`, `basicValue: "#VALUE!"` (office-js typings,
 *   Excel.EntityCellValue / LinkedEntityCellValue).
 * Returns the basic value to read instead, or the error for this cell.
 */
function readObject(value: { readonly [key: string]: unknown }, spec: ParamSpec): RawCell | XlError {
  const type = typeof value["type"] === "string" ? (value["type"] as string) : undefined;
  if (type === "Error") {
    const basic = value["basicValue"];
    const errorType = value["errorType"];
    const code = typeof basic === "string" && ERROR_TEXT.test(basic) ? basic : typeof errorType === "string" ? ERROR_TYPES[errorType] : undefined;
    return errorOf(code ?? "#VALUE!", spec.name);
  }
  if (type === undefined) {
    const code = value["code"] ?? value["errorCode"];
    if (typeof code === "string" && ERROR_TEXT.test(code)) return errorOf(code, spec.name);
    return valueError("notANumber", { param: spec.name, received: "an object" });
  }
  const basic = value["basicValue"];
  const isError = value["basicType"] === "Error" || (typeof basic === "string" && ERROR_TEXT.test(basic));
  const usable = !isError && (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean");
  if (usable) return basic;
  const text = typeof value["text"] === "string" && value["text"] !== "" ? ` "${value["text"]}"` : "";
  return valueError("dataTypeArgument", { param: spec.name, type: `${type}${text}` });
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
    const inner = readObject(value, spec);
    if (inner instanceof XlError) return inner;
    return readCell(inner, spec, scope);
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

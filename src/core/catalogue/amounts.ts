import { formatCn } from "../amounts/formatAmount";
import { currencyOf, parseAmount } from "../amounts/parseAmount";
import { amountFailure, describeValue, readNumericText } from "../read";
import type { FunctionSpec, ReadValue } from "../spec";
import { NUM, XlError, valueError } from "../xlerror";
import { num, text } from "./args";

/** Reads a parser argument: text as it is, a number as itself, anything else is #VALUE!. */
function amountText(value: ReadValue, param: string): string | number | XlError {
  if (typeof value === "number" || typeof value === "string") return value;
  return valueError("notANumber", { param, received: describeValue(value) });
}

/**
 * Chinese or English amount text → number (see src/core/amounts/parseAmount.ts for the grammar).
 * Plain numeric text reads as the argument reader reads it ("12%" → 0.12, "1e3" → 1000). Which
 * error wins: unreadable text (#VALUE!), then a bad mode (#NUM!), then overflow (#NUM!), then a
 * vague amount or a range (#N/A) — the contract's order of reading, domain, threshold.
 */
export const PARSECN: FunctionSpec = {
  id: "PARSECN",
  params: [
    { name: "text", kind: "raw" },
    { name: "mode", kind: "number", default: 0 },
  ],
  compute: (args) => {
    const raw = args[0] ?? null;
    const value = raw === null ? "" : amountText(raw, "text");
    if (value instanceof XlError) return value;
    const mode = num(args, 1);
    if (typeof value === "string" && value !== "") {
      const plain = readNumericText(value);
      const parsed = plain === undefined ? parseAmount(value, mode === 1 ? 1 : 0) : undefined;
      if (parsed !== undefined && !parsed.ok && parsed.reason === "unparsed") return amountFailure(parsed, "text", value);
      if (mode !== 0 && mode !== 1) return NUM;
      if (parsed === undefined) return plain as number;
      // "1e400" is no plain number (it overflows), so the parser reports it: #NUM!.
      return parsed.ok ? parsed.value : amountFailure(parsed, "text", value);
    }
    if (mode !== 0 && mode !== 1) return NUM;
    return value; // a number passes through; a blank cell stays blank ("")
  },
};

/**
 * The ISO currency an amount text names ("1000亿美元" → "USD"); "" when it names none or the cell
 * is blank or a number. Vague and ambiguous amounts still name theirs ("数百万元" → "CNY").
 */
export const PARSECN_CURRENCY: FunctionSpec = {
  id: "PARSECN.CURRENCY",
  params: [{ name: "text", kind: "raw" }],
  compute: (args) => {
    const raw = args[0] ?? null;
    if (raw === null) return "";
    const value = amountText(raw, "text");
    if (typeof value !== "string") return typeof value === "number" ? "" : value;
    if (value.trim() === "" || readNumericText(value) !== undefined) return "";
    const currency = currencyOf(value);
    return currency ?? amountFailure({ ok: false, reason: "unparsed", currency: "" }, "text", value);
  },
};

const MAX_DECIMALS = 15;

/** Number → Chinese display text with 万/亿 (36.05亿元), rounded half away from zero. */
export const FORMATCN: FunctionSpec = {
  id: "FORMATCN",
  params: [
    { name: "amount", kind: "number" },
    { name: "decimals", kind: "number", default: 2 },
    { name: "suffix", kind: "text", default: "" },
  ],
  compute: (args) => {
    const decimals = Math.trunc(num(args, 1)); // as Excel's ROUND, a fractional digit count truncates
    if (decimals < 0 || decimals > MAX_DECIMALS) return NUM;
    return formatCn(num(args, 0), decimals, text(args, 2));
  },
};

import { formatCn } from "../amounts/formatAmount";
import { parseAmount } from "../amounts/parseAmount";
import { amountFailure, describeValue } from "../read";
import type { FunctionSpec, ReadValue } from "../spec";
import { NUM, type XlError, valueError } from "../xlerror";
import { num, text } from "./args";

/** Reads a parser argument: text as it is, a number as itself, anything else is #VALUE!. */
function amountText(value: ReadValue, param: string): string | number | XlError {
  if (typeof value === "number" || typeof value === "string") return value;
  return valueError("notANumber", { param, received: describeValue(value) });
}

/** Chinese or English amount text → number (see src/core/amounts/parseAmount.ts for the grammar). */
export const PARSECN: FunctionSpec = {
  id: "PARSECN",
  params: [
    { name: "text", kind: "raw" },
    { name: "mode", kind: "number", default: 0 },
  ],
  compute: (args) => {
    const mode = num(args, 1);
    if (mode !== 0 && mode !== 1) return NUM;
    if (args[0] === null) return ""; // a blank cell in a spilled column stays blank
    const value = amountText(args[0]!, "text");
    if (typeof value !== "string") return value;
    const parsed = parseAmount(value, mode);
    return parsed.ok ? parsed.value : amountFailure(parsed, "text", value);
  },
};

/** The ISO currency an amount text names ("1000亿美元" → "USD"); "" when it names none. */
export const PARSECN_CURRENCY: FunctionSpec = {
  id: "PARSECN.CURRENCY",
  params: [{ name: "text", kind: "raw" }],
  compute: (args) => {
    if (args[0] === null) return "";
    const value = amountText(args[0]!, "text");
    if (typeof value !== "string") return typeof value === "number" ? "" : value;
    // A vague amount still names its currency: read it with the floor, keep only the currency.
    const parsed = parseAmount(value, 1);
    return parsed.ok ? parsed.currency : amountFailure(parsed, "text", value);
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

import { describeValue, readNumericText } from "../read";
import { periodMonths } from "../periods";
import type { FunctionSpec } from "../spec";
import { NUM, valueError } from "../xlerror";
import { num } from "./args";

/**
 * Scales a partial-period amount to a year: amount × 12 / months, multiplication first and with no
 * shortcut for a full year, so the result is exactly what the formula column says (0.1 × 12 / 12
 * is 0.09999999999999999 here too, and x × 12 overflows to #NUM! for x near the largest double).
 */
export const ANNUALIZE: FunctionSpec = {
  id: "ANNUALIZE",
  params: [
    { name: "amount", kind: "number" },
    { name: "months", kind: "months" },
  ],
  compute: (args) => {
    const months = num(args, 1);
    if (months <= 0 || months > 12) return NUM;
    return (num(args, 0) * 12) / months;
  },
  binary: { when: (_a, b) => b > 0 && b <= 12, value: (a, b) => (a * 12) / b },
};

const unknownLabel = (label: string): ReturnType<FunctionSpec["compute"]> =>
  valueError("unknownPeriod", { param: "label", received: describeValue(label) });

/**
 * Months in a reporting-period label (前三季度 → 9, H1 → 6, FY → 12), always 1…12: a number (or
 * numeric text) in that range passes through; a longer duration ("13M") or a number outside it is
 * #NUM!; a blank label is 0, as a blank required argument is everywhere, so #NUM! too.
 */
export const PERIODMONTHS: FunctionSpec = {
  id: "PERIODMONTHS",
  params: [{ name: "label", kind: "raw" }],
  compute: (args) => {
    const label = args[0] ?? 0;
    if (typeof label === "boolean") return valueError("booleanArgument", { param: "label" });
    const months = typeof label === "number" ? label : (readNumericText(label) ?? periodMonths(label));
    if (months === undefined) return unknownLabel(label as string);
    return months >= 1 && months <= 12 ? months : NUM;
  },
};

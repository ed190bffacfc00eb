import { describeValue } from "../read";
import { periodMonths } from "../periods";
import type { FunctionSpec } from "../spec";
import { NUM, valueError } from "../xlerror";
import { num } from "./args";

/** Scales a partial-period amount to a year: amount × 12 / months (multiplication first). */
export const ANNUALIZE: FunctionSpec = {
  id: "ANNUALIZE",
  params: [
    { name: "amount", kind: "number" },
    { name: "months", kind: "months" },
  ],
  compute: (args) => {
    const months = num(args, 1);
    if (months <= 0 || months > 12) return NUM;
    // A full year is the amount itself: x × 12 / 12 is not always x in binary floating point.
    if (months === 12) return num(args, 0);
    return (num(args, 0) * 12) / months;
  },
  binary: { when: (_a, b) => b > 0 && b < 12, value: (a, b) => (a * 12) / b },
};

/** Months in a reporting-period label (前三季度 → 9, H1 → 6, FY → 12). */
export const PERIODMONTHS: FunctionSpec = {
  id: "PERIODMONTHS",
  params: [{ name: "label", kind: "raw" }],
  compute: (args) => {
    const label = args[0];
    if (typeof label === "number") return Number.isInteger(label) && label >= 1 && label <= 12 ? label : NUM;
    if (typeof label !== "string" || label.trim() === "") {
      return valueError("unknownPeriod", { param: "label", received: describeValue(label ?? "") });
    }
    const months = periodMonths(label);
    return months ?? valueError("unknownPeriod", { param: "label", received: describeValue(label) });
  },
};

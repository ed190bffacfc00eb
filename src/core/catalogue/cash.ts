import type { FunctionSpec } from "../spec";
import { NUM, naError } from "../xlerror";
import { num } from "./args";
import { ratio } from "./ratio";

/** Cash burned per dollar of net new ARR: netBurn / netNewArr. */
export const BURNMULTIPLE: FunctionSpec = ratio("BURNMULTIPLE", "netBurn", "netNewArr");

/** Average monthly net burn: (cashStart + financingInflows − cashEnd) / months. Negative = cash generated. */
export const MONTHLYBURN: FunctionSpec = {
  id: "MONTHLYBURN",
  params: [
    { name: "cashStart", kind: "number" },
    { name: "cashEnd", kind: "number" },
    { name: "months", kind: "months" },
    { name: "financingInflows", kind: "number", default: 0 },
  ],
  compute: (args) => {
    const months = num(args, 2);
    const inflows = num(args, 3);
    if (months <= 0 || inflows < 0) return NUM;
    return (num(args, 0) + inflows - num(args, 1)) / months;
  },
};

/**
 * Months of cash left. With burn growing by g a month, cash runs out after n months where
 * burn × ((1+g)^n − 1)/g = cash, so n = log(1 + cash·g/burn) / log(1+g). Written with log1p:
 * for small g, log(1+g) computed as Math.log(1 + g) loses most of its digits.
 */
const SERIES_LIMIT = 1e-6;

export const RUNWAY: FunctionSpec = {
  id: "RUNWAY",
  params: [
    { name: "cash", kind: "number" },
    { name: "monthlyNetBurn", kind: "number" },
    { name: "burnGrowth", kind: "number", default: 0 },
  ],
  compute: (args) => {
    const cash = num(args, 0);
    const burn = num(args, 1);
    const g = num(args, 2);
    if (cash < 0 || g <= -1) return NUM;
    if (burn <= 0) return naError("notBurning");
    if (cash === 0) return 0;
    const ratio = cash / burn;
    if (g === 0) return ratio;
    const x = (cash * g) / burn; // the spec's order: golden values depend on it
    if (x <= -1) return naError("runwayUnlimited");
    // For tiny growth, cash·g underflows and log1p(x)/log1p(g) loses its digits; there the
    // series log1p(t) = t(1 − t/2 + t²/3 − …) gives the quotient as ratio × (…)/(…) instead.
    if (Math.abs(x) < SERIES_LIMIT && Math.abs(g) < SERIES_LIMIT) {
      const t = ratio * g; // cash·g may have underflowed; ratio·g keeps its digits
      return (ratio * (1 - t / 2 + (t * t) / 3)) / (1 - g / 2 + (g * g) / 3);
    }
    return Math.log1p(x) / Math.log1p(g);
  },
};

/** Cash to raise for a target runway: max(0, monthlyNetBurn × targetMonths − cash). */
export const RAISENEEDED: FunctionSpec = {
  id: "RAISENEEDED",
  params: [
    { name: "monthlyNetBurn", kind: "number" },
    { name: "targetMonths", kind: "months" },
    { name: "cash", kind: "number", default: 0 },
  ],
  compute: (args) => {
    const burn = num(args, 0);
    const months = num(args, 1);
    const cash = num(args, 2);
    if (months < 0 || cash < 0) return NUM;
    if (burn <= 0) return 0;
    return Math.max(0, burn * months - cash);
  },
};

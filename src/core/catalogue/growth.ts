import type { FunctionSpec } from "../spec";
import { DIV0, NUM } from "../xlerror";
import { num } from "./args";

/** Period-over-period growth: (current − prior) / prior, not current/prior − 1 (which loses digits). */
export const GROWTH: FunctionSpec = {
  id: "GROWTH",
  params: [
    { name: "current", kind: "number" },
    { name: "prior", kind: "number" },
  ],
  compute: (args) => {
    const prior = num(args, 1);
    if (prior === 0) return DIV0;
    if (prior < 0) return NUM;
    return (num(args, 0) - prior) / prior;
  },
  binary: { when: (_a, b) => b > 0, value: (a, b) => (a - b) / b },
};

/**
 * Rule of 40 score: growth + margin, rounded to 15 significant digits as Excel displays sums,
 * so 0.6 + (−0.2) is 0.4 and not 0.39999999999999997.
 */
export const RULEOF40: FunctionSpec = {
  id: "RULEOF40",
  params: [
    { name: "revenueGrowth", kind: "number" },
    { name: "profitMargin", kind: "number" },
  ],
  compute: (args) => {
    const growth = num(args, 0);
    const margin = num(args, 1);
    if (growth < -1 || margin > 1) return NUM; // a margin of 70 meant 70%
    return Number((growth + margin).toPrecision(15));
  },
};

import type { FunctionSpec } from "../spec";
import { DIV0, NUM } from "../xlerror";
import { num } from "./args";
import { ratio } from "./ratio";

/** Net income as a share of revenue: netIncome / revenue. NETMARGIN = −LOSSRATIO. */
export const NETMARGIN: FunctionSpec = ratio("NETMARGIN", "netIncome", "revenue");

/** Gross margin: (revenue − costOfRevenue) / revenue, subtraction first (the golden values depend on it). */
export const GROSSMARGIN: FunctionSpec = {
  id: "GROSSMARGIN",
  params: [
    { name: "revenue", kind: "number" },
    { name: "costOfRevenue", kind: "number" },
  ],
  compute: (args) => {
    const revenue = num(args, 0);
    const cost = num(args, 1);
    if (revenue < 0 || cost < 0) return NUM; // a domain rule wins over the zero divisor: (0, −1) is #NUM!
    if (revenue === 0) return DIV0;
    return (revenue - cost) / revenue;
  },
  binary: { when: (a, b) => a > 0 && b >= 0, value: (a, b) => (a - b) / a },
};

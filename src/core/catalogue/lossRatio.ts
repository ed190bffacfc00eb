import type { FunctionSpec } from "../spec";
import { DIV0, NUM } from "../xlerror";
import { num } from "./args";

/** Net loss as a multiple of revenue: netLoss / revenue (a profit gives a negative ratio). */
export const LOSSRATIO: FunctionSpec = {
  id: "LOSSRATIO",
  params: [
    { name: "netLoss", kind: "number" },
    { name: "revenue", kind: "number" },
  ],
  compute: (args) => {
    const revenue = num(args, 1);
    if (revenue === 0) return DIV0;
    if (revenue < 0) return NUM;
    return num(args, 0) / revenue;
  },
  binary: { when: (_a, b) => b > 0, value: (a, b) => a / b },
};

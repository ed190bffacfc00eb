import type { FunctionSpec } from "../spec";
import { DIV0, NUM } from "../xlerror";
import { num } from "./args";

/**
 * A plain ratio numerator / denominator whose denominator must be positive: 0 is #DIV/0! and a
 * negative one #NUM!, as the spec's rows for LOSSRATIO, NETMARGIN, ARPU, ARPPU, LTVCAC and
 * BURNMULTIPLE say. The numerator is signed.
 */
export function ratio(id: string, numerator: string, denominator: string): FunctionSpec {
  return {
    id,
    params: [
      { name: numerator, kind: "number" },
      { name: denominator, kind: "number" },
    ],
    compute: (args) => {
      const d = num(args, 1);
      if (d === 0) return DIV0;
      if (d < 0) return NUM;
      return num(args, 0) / d;
    },
    binary: { when: (_a, b) => b > 0, value: (a, b) => a / b },
  };
}

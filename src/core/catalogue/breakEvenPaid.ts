import type { FunctionSpec } from "../spec";
import { NUM, naError } from "../xlerror";
import { num } from "./args";

/**
 * Paying users needed to cover a loss: loss / ((arppu × margin) × months).
 * Not rounded: a break-even count is a threshold, and rounding belongs to the caller.
 */
export const BREAKEVENPAID: FunctionSpec = {
  id: "BREAKEVENPAID",
  params: [
    { name: "loss", kind: "number" },
    { name: "monthlyArppu", kind: "number" },
    { name: "contributionMargin", kind: "number", default: 1 },
    { name: "months", kind: "months", default: 1 },
  ],
  compute: (args) => {
    const loss = num(args, 0);
    const arppu = num(args, 1);
    const margin = num(args, 2);
    const months = num(args, 3);
    if (loss < 0 || arppu < 0 || margin > 1 || months <= 0) return NUM;
    const perUserMonth = arppu * margin;
    // A threshold that is never reached wins over the special value: (0, 0) is #N/A, not 0.
    if (perUserMonth <= 0) return naError("neverBreaksEven");
    if (loss === 0) return 0;
    return loss / (perUserMonth * months);
  },
};

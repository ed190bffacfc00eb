import type { FunctionSpec } from "../spec";
import { NUM, naError } from "../xlerror";
import { num } from "./args";

/**
 * Monthly active users needed to cover a loss: loss / (((arppu × margin) × months) × payingRate).
 * The product is built in that order so BREAKEVENMAU × payingRate matches BREAKEVENPAID.
 */
export const BREAKEVENMAU: FunctionSpec = {
  id: "BREAKEVENMAU",
  params: [
    { name: "loss", kind: "number" },
    { name: "monthlyArppu", kind: "number" },
    { name: "payingRate", kind: "number" },
    { name: "contributionMargin", kind: "number", default: 1 },
    { name: "months", kind: "months", default: 1 },
  ],
  compute: (args) => {
    const loss = num(args, 0);
    const arppu = num(args, 1);
    const rate = num(args, 2);
    const margin = num(args, 3);
    const months = num(args, 4);
    if (loss < 0 || arppu < 0 || margin > 1 || months <= 0 || rate < 0 || rate > 1) return NUM;
    const perUserMonth = arppu * margin;
    // Thresholds that are never reached win over the special value "loss 0 → 0".
    if (perUserMonth <= 0) return naError("neverBreaksEven");
    if (rate === 0) return naError("nobodyPays");
    if (loss === 0) return 0;
    return loss / (perUserMonth * months * rate);
  },
};

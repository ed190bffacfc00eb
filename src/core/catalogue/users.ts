import type { FunctionSpec } from "../spec";
import { DIV0, NUM } from "../xlerror";
import { num } from "./args";
import { ratio } from "./ratio";

/** Share of active users who pay: paying / active. */
export const PAYINGRATE: FunctionSpec = {
  id: "PAYINGRATE",
  params: [
    { name: "payingUsers", kind: "number" },
    { name: "activeUsers", kind: "number" },
  ],
  compute: (args) => {
    const paying = num(args, 0);
    const active = num(args, 1);
    if (paying < 0 || active < 0) return NUM;
    if (active === 0) return DIV0;
    if (paying > active) return NUM;
    return paying / active;
  },
  binary: { when: (a, b) => a >= 0 && b > 0 && a <= b, value: (a, b) => a / b },
};

/** Average revenue per user: revenue / users. ARPU = ARPPU × PAYINGRATE. */
export const ARPU: FunctionSpec = ratio("ARPU", "revenue", "users");

/** Average revenue per paying user: revenue / payingUsers. */
export const ARPPU: FunctionSpec = ratio("ARPPU", "revenue", "payingUsers");

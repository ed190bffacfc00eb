import type { FunctionSpec } from "../spec";
import { DIV0, NUM } from "../xlerror";
import { num } from "./args";

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

/** Revenue per user (or per paying user): revenue / users. Revenue is signed; a count is not. */
function perUser(id: string, usersName: string): FunctionSpec {
  return {
    id,
    params: [
      { name: "revenue", kind: "number" },
      { name: usersName, kind: "number" },
    ],
    compute: (args) => {
      const users = num(args, 1);
      if (users === 0) return DIV0;
      if (users < 0) return NUM;
      return num(args, 0) / users;
    },
    binary: { when: (_a, b) => b > 0, value: (a, b) => a / b },
  };
}

/** Average revenue per user: revenue / users. ARPU = ARPPU × PAYINGRATE. */
export const ARPU: FunctionSpec = perUser("ARPU", "users");

/** Average revenue per paying user: revenue / payingUsers. */
export const ARPPU: FunctionSpec = perUser("ARPPU", "payingUsers");

import type { FunctionSpec } from "../spec";
import { DIV0, NUM, naError } from "../xlerror";
import { num } from "./args";
import { ratio } from "./ratio";

/** Customer acquisition cost: spend / newCustomers. */
export const CAC: FunctionSpec = {
  id: "CAC",
  params: [
    { name: "acquisitionSpend", kind: "number" },
    { name: "newCustomers", kind: "number" },
  ],
  compute: (args) => {
    const spend = num(args, 0);
    const customers = num(args, 1);
    if (spend < 0 || customers < 0) return NUM;
    if (customers === 0) return DIV0;
    return spend / customers;
  },
  binary: { when: (a, b) => a >= 0 && b > 0, value: (a, b) => a / b },
};

/** Subsidy cost per acquired (retained) user: spend / (newUsers × retainedShare). */
export const SUBSIDYCPA: FunctionSpec = {
  id: "SUBSIDYCPA",
  params: [
    { name: "subsidySpend", kind: "number" },
    { name: "newUsers", kind: "number" },
    { name: "retainedShare", kind: "number", default: 1 },
  ],
  compute: (args) => {
    const spend = num(args, 0);
    const users = num(args, 1);
    const share = num(args, 2);
    if (spend < 0 || users < 0 || share < 0 || share > 1) return NUM;
    if (users === 0 || share === 0) return DIV0;
    return spend / (users * share);
  },
};

/** Months to earn back the acquisition cost: cac / (monthlyArpu × grossMargin). */
export const CACPAYBACK: FunctionSpec = {
  id: "CACPAYBACK",
  params: [
    { name: "cac", kind: "number" },
    { name: "monthlyArpu", kind: "number" },
    { name: "grossMargin", kind: "number" },
  ],
  compute: (args) => {
    const cac = num(args, 0);
    const arpu = num(args, 1);
    const margin = num(args, 2);
    if (cac < 0 || arpu < 0 || margin > 1) return NUM;
    const monthlyProfit = arpu * margin;
    if (monthlyProfit <= 0) return naError("neverPaysBack");
    return cac / monthlyProfit;
  },
};

/**
 * Customer lifetime value: (arpu × grossMargin) / churnRate. With a lifetime cap (in periods),
 * arpu × grossMargin × cap whenever churn is 0 or the expected lifetime 1/churn exceeds the cap.
 */
export const LTV: FunctionSpec = {
  id: "LTV",
  params: [
    { name: "arpu", kind: "number" },
    { name: "grossMargin", kind: "number" },
    { name: "churnRate", kind: "number" },
    { name: "lifetimeCap", kind: "number", default: null },
  ],
  compute: (args) => {
    const arpu = num(args, 0);
    const margin = num(args, 1);
    const churn = num(args, 2);
    const cap = args[3] as number | null;
    if (churn < 0 || churn > 1 || margin > 1 || arpu < 0 || (cap !== null && cap <= 0)) return NUM;
    const perPeriod = arpu * margin;
    if (cap !== null && (churn === 0 || 1 / churn > cap)) return perPeriod * cap;
    if (churn === 0) return DIV0;
    return perPeriod / churn;
  },
};

/** Lifetime value over acquisition cost: ltv / cac. */
export const LTVCAC: FunctionSpec = ratio("LTVCAC", "ltv", "cac");

import type { FunctionSpec } from "../spec";
import { CAC, CACPAYBACK, LTV, LTVCAC, SUBSIDYCPA } from "./acquisition";
import { FORMATCN, PARSECN, PARSECN_CURRENCY } from "./amounts";
import { BREAKEVENMAU } from "./breakEvenMau";
import { BREAKEVENPAID } from "./breakEvenPaid";
import { BURNMULTIPLE, MONTHLYBURN, RAISENEEDED, RUNWAY } from "./cash";
import { GROWTH, RULEOF40 } from "./growth";
import { LOSSRATIO } from "./lossRatio";
import { GROSSMARGIN, NETMARGIN } from "./margins";
import { ANNUALIZE, PERIODMONTHS } from "./periods";
import { ARPPU, ARPU, PAYINGRATE } from "./users";

export {
  ANNUALIZE, ARPPU, ARPU, BREAKEVENMAU, BREAKEVENPAID, BURNMULTIPLE, CAC, CACPAYBACK, FORMATCN, GROSSMARGIN, GROWTH,
  LOSSRATIO, LTV, LTVCAC, MONTHLYBURN, NETMARGIN, PARSECN, PARSECN_CURRENCY, PAYINGRATE, PERIODMONTHS, RAISENEEDED,
  RULEOF40, RUNWAY, SUBSIDYCPA,
};

/** Every function of the catalogue in the order of the spec, keyed by Excel id. */
export const CATALOGUE: Readonly<Record<string, FunctionSpec>> = Object.freeze(
  Object.fromEntries(
    [
      LOSSRATIO, NETMARGIN, GROSSMARGIN, GROWTH, RULEOF40, PAYINGRATE, ARPU, ARPPU, CAC, SUBSIDYCPA, CACPAYBACK, LTV,
      LTVCAC, BURNMULTIPLE, MONTHLYBURN, RUNWAY, RAISENEEDED, BREAKEVENPAID, BREAKEVENMAU, ANNUALIZE, PERIODMONTHS,
      PARSECN, PARSECN_CURRENCY, FORMATCN,
    ].map((spec) => [spec.id, spec]),
  ),
);

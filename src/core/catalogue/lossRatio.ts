import type { FunctionSpec } from "../spec";
import { ratio } from "./ratio";

/** Net loss as a multiple of revenue: netLoss / revenue (a profit gives a negative ratio). */
export const LOSSRATIO: FunctionSpec = ratio("LOSSRATIO", "netLoss", "revenue");

import type { FunctionSpec } from "../spec";
import { BREAKEVENPAID } from "./breakEvenPaid";
import { LOSSRATIO } from "./lossRatio";

export { BREAKEVENPAID, LOSSRATIO };

/** Every function of the catalogue, by id. The Excel adapter and the preview both read this. */
export const CATALOGUE: Readonly<Record<string, FunctionSpec>> = Object.freeze(
  Object.fromEntries([LOSSRATIO, BREAKEVENPAID].map((spec) => [spec.id, spec])),
);

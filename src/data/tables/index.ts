import type { TableSpec } from "../types";
import { CONTEXT } from "./context";
import { DERIVED } from "./derived";
import { ECOSYSTEM } from "./ecosystem";
import { FACT_CHECK } from "./factCheck";
import { FINANCIALS } from "./financials";
import { FUNDING } from "./funding";
import { MARKET_RATIOS } from "./marketRatios";
import { SOURCES } from "./sources";
import { USER_METRICS } from "./userMetrics";

export { CONTEXT, DERIVED, ECOSYSTEM, FACT_CHECK, FINANCIALS, FUNDING, MARKET_RATIOS, SOURCES, USER_METRICS };

/** Every table, in the order the workbook shows them: facts, derived figures, then provenance. */
export const TABLES: readonly TableSpec[] = Object.freeze([
  FINANCIALS,
  USER_METRICS,
  MARKET_RATIOS,
  FUNDING,
  ECOSYSTEM,
  DERIVED,
  CONTEXT,
  FACT_CHECK,
  SOURCES,
]);

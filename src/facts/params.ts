import type { ParamSpec } from "../core/spec";

/**
 * The look-up functions' parameters, apart from the dataset so that the functions bundle can
 * describe them (for the pane's tester) without loading the dataset at start-up.
 */
export const FACT_PARAMS: readonly ParamSpec[] = [
  { name: "entity", kind: "text" },
  { name: "field", kind: "text" },
];

export const FACT_SOURCE_PARAMS: readonly ParamSpec[] = [...FACT_PARAMS, { name: "language", kind: "text", default: "zh" }];

export const FACTS_PARAMS: readonly ParamSpec[] = [{ name: "table", kind: "text" }];

export const LOOKUP_SIGNATURES = [
  { id: "FACT", params: FACT_PARAMS },
  { id: "FACT.SOURCE", params: FACT_SOURCE_PARAMS },
  { id: "FACTS", params: FACTS_PARAMS },
] as const;

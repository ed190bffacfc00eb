import { FINANCIALS_FIELD_ALIASES } from "./tables/financials";
import { FUNDING_FIELD_ALIASES } from "./tables/funding";

/**
 * Tables with one fact per row: the FACT field names the row's metric and returns its value.
 * Context works the same way, with `field` as the metric (FACT("article", "views") = 121).
 */
export const METRIC_TABLES: Readonly<Record<string, { readonly metricColumn: string; readonly valueColumn: string }>> = {
  UserMetrics: { metricColumn: "metric", valueColumn: "value" },
  MarketRatios: { metricColumn: "metric", valueColumn: "value" },
  Context: { metricColumn: "field", valueColumn: "value" },
};

/**
 * The spec's short field names for a metric. `column` is set when the short name asks for
 * another cell of the row: "loss per 100 revenue" is the printed 250, not the ratio 2.5.
 */
export const METRIC_ALIASES: Readonly<Record<string, { readonly metric: string; readonly column?: string }>> = {
  mau: { metric: "monthly_active_users" },
  app_store_rank: { metric: "app_store_free_chart_rank" },
  cac: { metric: "customer_acquisition_cost" },
  loss_per_100_revenue: { metric: "loss_per_revenue", column: "numerator" },
  project_cost: { metric: "private_deployment_cost_per_project" },
};

/** In tables that keep the qualifier in two languages, `qualifier` is the English one. */
const QUALIFIER_ALIAS = { qualifier: "qualifier_en" } as const;

/** Field names that point at a column with another name, per table (revenue → revenue_base). */
export const TABLE_FIELD_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Financials: FINANCIALS_FIELD_ALIASES,
  Funding: { ...FUNDING_FIELD_ALIASES, ...QUALIFIER_ALIAS },
  UserMetrics: QUALIFIER_ALIAS,
  MarketRatios: QUALIFIER_ALIAS,
};

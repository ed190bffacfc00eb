/**
 * How the true figure relates to the stored value. Qualifiers stay data so a bound is never
 * mistaken for a point: 破亿 → ">", 不足1% → "<", 高达 → "<=", 千万 → "~", 数百万 → "range"
 * (see value_low / value_high).
 */
export type Comparison = "=" | ">" | "<" | "<=" | "~" | "range";

export const COMPARISONS: readonly Comparison[] = ["=", ">", "<", "<=", "~", "range"];

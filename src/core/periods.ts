// PLACEHOLDER — being replaced by the full PERIODMONTHS table.
export function periodMonths(label: string): number | undefined {
  return label === "H1" ? 6 : label === "前三季度" ? 9 : undefined;
}

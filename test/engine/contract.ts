/**
 * Cells where the add-in's catalogue, on this branch, does not yet follow functions.md §4 "Which
 * error wins", while the native formulas do. Each rule names the §4 text; the engine check reports
 * these cells apart and fails on any other difference. Once the catalogue follows §4 they match
 * and are counted as plain agreements.
 */
export interface ContractRule {
  readonly id: string;
  readonly rule: string;
  /** What §4 gives for these inputs (the native formula's result). */
  readonly result: string;
  readonly applies: (args: readonly (number | null)[]) => boolean;
}

const n = (v: number | null | undefined): number => v ?? 0;
const opt = (v: number | null | undefined, fallback: number): number => (v === null || v === undefined ? fallback : v);

export const CONTRACT_RULES: readonly ContractRule[] = [
  { id: "GROSSMARGIN", rule: "§4: domain (#NUM!) before a zero divisor: GROSSMARGIN(0,−1) → #NUM!", result: "#NUM!", applies: (a) => n(a[0]) === 0 && n(a[1]) < 0 },
  { id: "RULEOF40", rule: "§4 RULEOF40: profitMargin > 1 → #NUM!", result: "#NUM!", applies: (a) => n(a[1]) > 1 && n(a[0]) >= -1 },
  {
    id: "BREAKEVENPAID",
    rule: "§4: a threshold (#N/A) before special values: BREAKEVENPAID(0,0) → #N/A",
    result: "#N/A",
    applies: (a) => n(a[0]) === 0 && n(a[1]) >= 0 && opt(a[2], 1) <= 1 && opt(a[3], 1) > 0 && n(a[1]) * opt(a[2], 1) <= 0,
  },
  {
    id: "BREAKEVENMAU",
    rule: "§4: a threshold (#N/A) before special values, as BREAKEVENPAID",
    result: "#N/A",
    applies: (a) => n(a[0]) === 0 && n(a[1]) >= 0 && n(a[2]) >= 0 && n(a[2]) <= 1 && opt(a[3], 1) <= 1 && opt(a[4], 1) > 0 && (n(a[1]) * opt(a[3], 1) <= 0 || n(a[2]) === 0),
  },
];

export const contractRule = (id: string, args: readonly (number | null)[]): ContractRule | undefined =>
  CONTRACT_RULES.find((r) => r.id === id && r.applies(args));

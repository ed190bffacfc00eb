// PLACEHOLDER — being replaced by the full §3 parser.
export type CurrencyCode = "CNY" | "USD" | "HKD" | "EUR" | "JPY" | "GBP";
export interface AmountFailure {
  readonly ok: false;
  readonly reason: "vague" | "ambiguous" | "unparsed";
}
export interface AmountValue {
  readonly ok: true;
  readonly value: number;
  readonly currency: CurrencyCode | "";
}
export type AmountResult = AmountValue | AmountFailure;
export function parseAmount(text: string, mode: 0 | 1 = 0): AmountResult {
  void mode;
  const m = /^(\d+(?:\.\d+)?)亿元$/.exec(text);
  return m ? { ok: true, value: Number(m[1] + "e8"), currency: "CNY" } : { ok: false, reason: "unparsed" };
}

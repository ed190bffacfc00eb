import { type ExactDecimal, decimalOfNumber, roundDecimalDigits, shiftDecimal } from "./exactDecimal";

/** Display units by power of ten: 亿 = 10^8, 万 = 10^4, none below 10^4. */
const UNIT_LABELS: ReadonlyMap<number, string> = new Map([
  [0, ""],
  [4, "万"],
  [8, "亿"],
]);

/** Half-away-from-zero rounding of `magnitude / 10^unit` to `places` decimals, as digits. */
function roundedInUnit(magnitude: ExactDecimal, unit: number, places: number): string {
  return roundDecimalDigits(shiftDecimal(magnitude, -unit), places);
}

/** Puts the decimal point `places` digits from the right of an integer digit string. */
function withPoint(digits: string, places: number): string {
  if (places === 0) return digits;
  const padded = digits.length <= places ? "0".repeat(places + 1 - digits.length) + digits : digits;
  return `${padded.slice(0, padded.length - places)}.${padded.slice(padded.length - places)}`;
}

/**
 * Shows an amount the way Chinese financial text writes it, in 亿 or 万 (`AI.FORMATCN`).
 *
 * The unit is 亿 when |amount| ≥ 10^8, 万 when ≥ 10^4, none below. Rounding is Excel's
 * half away from zero, done on decimal digits (see `roundHalfAwayFromZero`); trailing zeros are
 * kept, the sign is kept, and a value that rounds to zero prints without a minus ("0.00", also
 * for −0 and −0.001).
 *
 * The unit is chosen after rounding: 99999999.999 is 9999.99999…万, which rounds to 10000.00万, so
 * it is shown as 1.00亿 instead; likewise 9999.995 → 1.00万. Rounding in the larger unit can only
 * round up as well, because its step is coarser and 1 of it is a whole number of steps.
 * (99999.995 → 10.00万 stays in 万.) Large amounts print all their digits, never an exponent.
 *
 * @param amount - a finite amount in base units (yuan, dollars); non-finite input is returned as
 *   `String(amount)` so that this never throws
 * @param decimals - digits after the point, a non-negative integer ≤ 15 (the caller validates)
 * @param suffix - text appended after the unit, e.g. "元"
 * @returns the display text
 * @example
 * formatCn(3605000000, 2, "元") //=> "36.05亿元"
 * formatCn(-1.005, 2, "")       //=> "-1.01"
 */
export function formatCn(amount: number, decimals: number, suffix: string): string {
  if (!Number.isFinite(amount)) return String(amount);
  const places = Math.max(0, Math.trunc(decimals) || 0);
  const magnitude = decimalOfNumber(amount);
  const size = Math.abs(amount);
  let unit = size >= 1e8 ? 8 : size >= 1e4 ? 4 : 0;
  let digits = roundedInUnit(magnitude, unit, places);
  // Rounded up to 10000 of the current unit (≥ 10^(4 + places) as an integer): next unit up.
  while (unit < 8 && digits.length > 4 + places) {
    unit += 4;
    digits = roundedInUnit(magnitude, unit, places);
  }
  const sign = amount < 0 && digits !== "0" ? "-" : "";
  return `${sign}${withPoint(digits, places)}${UNIT_LABELS.get(unit) ?? ""}${suffix}`;
}

/**
 * Rounds like Excel's ROUND: half away from zero, on the decimal the number was written as.
 *
 * `Math.round(1.005 * 100) / 100` gives 1 because 1.005 is stored as 1.00499999999999989…; Excel
 * and this function give 1.01. The digits of the shortest round-trip text (`String(x)`) are
 * rounded as a string and converted back with one `Number()` call, so the result is the double
 * nearest to the rounded decimal. Negative `decimals` round to tens, hundreds…, as in Excel.
 *
 * @param value - any number; non-finite values are returned unchanged
 * @param decimals - digits after the point (an integer; negative rounds left of the point)
 * @returns the rounded value; never −0
 * @example
 * roundHalfAwayFromZero(1.005, 2)  //=> 1.01
 * roundHalfAwayFromZero(-2.5, 0)   //=> -3
 * roundHalfAwayFromZero(1250, -2)  //=> 1300
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const places = Math.trunc(decimals) || 0;
  // No double has digits beyond 10^-343 (17 significant digits below 5e-324): nothing to round.
  if (places > 343) return value === 0 ? 0 : value;
  const digits = roundDecimalDigits(decimalOfNumber(value), places);
  if (digits === "0") return 0;
  const magnitude = Number(`${digits}e${-places}`);
  return value < 0 ? -magnitude : magnitude;
}

/**
 * Exact decimal values for amount text, kept as digit strings until the last step.
 *
 * Why: amounts are written and shown in decimal ("36.05亿", "1.01"), but most decimals have no
 * exact double. `36.05 * 1e8` is 3604999999.9999995; `Number("3605e6")` is 3605000000, because
 * JavaScript converts a decimal literal to the nearest double exactly once. So the parser shifts
 * the decimal exponent on the string and converts once, and the formatter rounds on the digits of
 * the shortest round-trip text of a double (what `String(x)` prints, the value the user typed),
 * which is how Excel gets ROUND(1.005, 2) = 1.01 where `Math.round(1.005 * 100) / 100` gives 1.
 * Do not "simplify" either into floating-point multiplication.
 */

/** A non-negative decimal `digits × 10^exponent`. */
export interface ExactDecimal {
  /** ASCII digits only: no sign, no point; may carry leading zeros. */
  readonly digits: string;
  /** The power of ten the digits are scaled by. */
  readonly exponent: number;
}

export const ONE: ExactDecimal = { digits: "1", exponent: 0 };

const LEADING_ZEROS = /^0+(?=\d)/;

/** Multiplies by `10^places` by moving the exponent: exact, whatever the size. */
export function shiftDecimal(value: ExactDecimal, places: number): ExactDecimal {
  return places === 0 ? value : { digits: value.digits, exponent: value.exponent + places };
}

/**
 * The nearest double, from a single decimal-to-binary conversion.
 * Exponents far outside the double range give ±Infinity, 0 or NaN; callers check finiteness.
 */
export function decimalToNumber(value: ExactDecimal): number {
  return Number(`${value.digits}e${value.exponent}`);
}

/**
 * The exact sum of several decimals. Only multi-term Chinese numerals (十二万三千) get here, and
 * their exponents come from unit characters, so the BigInt scaling stays small.
 */
export function sumDecimals(values: readonly ExactDecimal[]): ExactDecimal {
  const first = values[0];
  if (first === undefined) return { digits: "0", exponent: 0 };
  if (values.length === 1) return first;
  let lowest = first.exponent;
  for (const value of values) lowest = Math.min(lowest, value.exponent);
  let total = 0n;
  for (const value of values) total += BigInt(value.digits) * 10n ** BigInt(value.exponent - lowest);
  return { digits: total.toString(), exponent: lowest };
}

/**
 * The magnitude of a finite double as the decimal its shortest round-trip text spells
 * (`String(1.005)` is "1.005", although the double is 1.00499999999999989…).
 */
export function decimalOfNumber(value: number): ExactDecimal {
  const text = String(Math.abs(value));
  const eAt = text.indexOf("e");
  const mantissa = eAt < 0 ? text : text.slice(0, eAt);
  const exponent = eAt < 0 ? 0 : Number(text.slice(eAt + 1));
  const dot = mantissa.indexOf(".");
  if (dot < 0) return { digits: mantissa.replace(LEADING_ZEROS, ""), exponent };
  const digits = (mantissa.slice(0, dot) + mantissa.slice(dot + 1)).replace(LEADING_ZEROS, "");
  return { digits, exponent: exponent - (mantissa.length - dot - 1) };
}

/** Adds one to a digit string, carrying: "199" → "200", "99" → "100", "" → "1". */
function incrementDigits(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57 /* 9 */) i--;
  if (i < 0) return "1" + "0".repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + "0".repeat(digits.length - i - 1);
}

/**
 * Rounds half away from zero to `places` decimals (negative `places` round to tens, hundreds…).
 * Returns the integer digit string `k` with `value ≈ k × 10^-places`, without leading zeros.
 * Works on the digits only, so a tie like 1.005 → 1.01 is decided on the decimal that was written.
 */
export function roundDecimalDigits(value: ExactDecimal, places: number): string {
  const digits = value.digits.replace(LEADING_ZEROS, "");
  if (digits === "0") return "0";
  // How many leading digits survive: those at or above the 10^-places position.
  const keep = digits.length + value.exponent + places;
  if (keep < 0) return "0";
  if (keep >= digits.length) return digits + "0".repeat(keep - digits.length);
  const kept = digits.slice(0, keep);
  const roundsUp = digits.charCodeAt(keep) >= 53; /* "5": the magnitude is at least half a step */
  if (roundsUp) return incrementDigits(kept);
  return kept === "" ? "0" : kept;
}

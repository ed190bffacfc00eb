/**
 * A number as a cell in Excel's General format shows it: "Default number format in Excel is
 * General therefore you can display up to 11 digits in a cell" (Microsoft, "Long numbers are
 * displayed incorrectly in Excel"); ECMA-376 Part 1 §18.8.30 says General shows the full number
 * "up to 11 digits (inc. decimal point)", switching to scientific notation where it does not fit.
 * So 20027777.777777776 shows as 20027777.78 and 123456789012 as 1.23457E+11. The tester shows
 * this, and the full value on demand.
 */
const WIDTH = 11;

function trimZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

function scientific(abs: number): string {
  // 1.23457E+11: mantissa with up to five decimals, exponent with at least two digits.
  const [mantissa, exponent] = abs.toExponential(5).split("e") as [string, string];
  const e = Number(exponent);
  return `${trimZeros(mantissa)}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

export function generalFormat(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return "0";
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  if (intDigits > WIDTH) return sign + scientific(abs);
  // The decimal point takes one of the eleven places.
  const decimals = Math.max(0, WIDTH - intDigits - 1);
  let fixed = trimZeros(abs.toFixed(decimals));
  // Rounding can carry into a new digit (9999999.9999999 → 10000000.000): one decimal fewer.
  if (fixed.length > WIDTH && decimals > 0) fixed = trimZeros(abs.toFixed(decimals - 1));
  if (fixed.length > WIDTH) return sign + scientific(abs);
  // Small numbers: below 1e-4 Excel prefers scientific notation when fixed would lose digits.
  if (abs < 1e-4) {
    const significant = fixed.replace(/^0\.0*/, "").length;
    const sci = scientific(abs);
    if (fixed === "0" || significant < sci.replace(/E.*$/, "").replace(".", "").length) return sign + sci;
  }
  return sign + fixed;
}

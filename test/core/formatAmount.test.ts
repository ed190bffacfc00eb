import fc from "fast-check";
import { formatCn, roundHalfAwayFromZero } from "../../src/core/amounts/formatAmount";
import { parseAmount } from "../../src/core/amounts/parseAmount";

describe("formatCn", () => {
  test.each<readonly [number, number, string, string]>([
    // catalogue example
    [3605000000, 2, "元", "36.05亿元"],
    [377000000, 2, "元", "3.77亿元"],
    [100000000000, 2, "美元", "1000.00亿美元"],
    // unit thresholds
    [9999, 2, "", "9999.00"],
    [10000, 2, "", "1.00万"],
    [12345, 1, "", "1.2万"],
    [37700000, 2, "", "3770.00万"],
    [99999999, 0, "", "1亿"],
    [99990000, 0, "", "9999万"],
    [100000000, 2, "", "1.00亿"],
    [123456789012, 2, "美元", "1234.57亿美元"],
    [1e20, 0, "", "1000000000000亿"],
    [-10000, 2, "", "-1.00万"],
    [-377000000, 2, "元", "-3.77亿元"],
    // small values
    [0, 2, "", "0.00"],
    [0, 0, "", "0"],
    [30, 0, "元", "30元"],
    [0.5, 2, "", "0.50"],
    [0.05, 1, "", "0.1"],
    [0.04, 1, "", "0.0"],
    [0.001, 4, "", "0.0010"],
    [5e-324, 2, "", "0.00"],
    [1e-7, 15, "", "0.000000100000000"],
    [0.1, 15, "", "0.100000000000000"],
    [1234.5678, 15, "", "1234.567800000000000"],
    // half away from zero on the written decimal
    [1.005, 2, "", "1.01"],
    [-1.005, 2, "", "-1.01"],
    [2.675, 2, "", "2.68"],
    [1.5, 0, "", "2"],
    [2.5, 0, "", "3"],
    [-2.5, 0, "", "-3"],
    [0.5, 0, "", "1"],
    [1234.5, 0, "", "1235"],
    [0.1 + 0.2, 2, "", "0.30"],
    [36.05 * 1e8, 2, "", "36.05亿"],
    [12345, 0, "", "1万"],
    [15000, 0, "", "2万"],
    [-15000, 0, "", "-2万"],
    [1.0049999, 2, "", "1.00"],
    // negative zero and values that round to zero print without a minus
    [-0, 2, "", "0.00"],
    [-0, 0, "元", "0元"],
    [-0.001, 2, "", "0.00"],
    [-0.004, 2, "", "0.00"],
    [-0.005, 2, "", "-0.01"],
    // the carry: the unit is chosen after rounding
    [99999.995, 2, "", "10.00万"],
    [99999999.999, 2, "", "1.00亿"],
    [-99999999.999, 2, "", "-1.00亿"],
    [99995000, 0, "", "1亿"],
    [9999.995, 2, "", "1.00万"],
    [9999.5, 0, "", "1万"],
    [9999.4, 0, "", "9999"],
    [9999.994, 2, "", "9999.99"],
    [99999949, 4, "", "9999.9949万"],
    [99999950, 3, "", "9999.995万"],
    [99999950, 2, "", "1.00亿"],
    [99999999.5, 0, "", "1亿"],
  ])("formatCn(%p, %p, %j) → %j", (amount, decimals, suffix, expected) => {
    expect(formatCn(amount, decimals, suffix)).toBe(expected);
  });

  test("the largest double prints every digit", () => {
    const text = formatCn(Number.MAX_VALUE, 0, "");
    expect(text).toBe("17976931348623157" + "0".repeat(284) + "亿");
    expect(parseAmount(text)).toEqual({ ok: true, value: Number.MAX_VALUE, currency: "" });
  });

  test("non-finite input is returned as text instead of throwing", () => {
    expect(formatCn(Number.NaN, 2, "")).toBe("NaN");
    expect(formatCn(Number.POSITIVE_INFINITY, 2, "")).toBe("Infinity");
    expect(formatCn(Number.NEGATIVE_INFINITY, 2, "")).toBe("-Infinity");
  });
});

describe("roundHalfAwayFromZero", () => {
  test.each<readonly [number, number, number]>([
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [2.675, 2, 2.68],
    [0.285, 2, 0.29],
    [1.45, 1, 1.5],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [0.49999999999999994, 0, 0],
    [1234.5678, 2, 1234.57],
    [1234.5678, 0, 1235],
    [1234.5678, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [1249.99, -2, 1200],
    [499, -3, 0],
    [500, -3, 1000],
    [123.456, 10, 123.456],
    [1e300, 2, 1e300],
    [1e21, -20, 1e21],
    [1.7976931348623157e308, 0, 1.7976931348623157e308],
    [5e-324, 400, 5e-324],
    [0.1 + 0.2, 15, 0.3],
    [3604999999.9999995, 2, 3605000000],
  ])("(%p, %p) → %p", (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  test.each<readonly [number, number]>([
    [-0.001, 2],
    [-0, 0],
    [0, 3],
    [5e-324, 0],
    [-5e-324, 2],
    [-0.4, 0],
  ])("(%p, %p) rounds to +0, never −0", (value, decimals) => {
    expect(Object.is(roundHalfAwayFromZero(value, decimals), 0)).toBe(true);
  });

  test("non-finite values pass through", () => {
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(roundHalfAwayFromZero(Number.NEGATIVE_INFINITY, 0)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe("properties", () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  /** Doubles in the range people actually format, where the tolerance test is tight. */
  const money = fc.oneof(finite, fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.integer().map((n) => n / 1000));
  const places = fc.integer({ min: 0, max: 4 });

  test("PARSECN(FORMATCN(x, d)) is within half a unit of the last displayed digit of x", () => {
    fc.assert(
      fc.property(money, places, (x, d) => {
        const text = formatCn(x, d, "");
        const parsed = parseAmount(text);
        if (!parsed.ok) return false;
        const unit = text.endsWith("亿") ? 8 : text.endsWith("万") ? 4 : 0;
        const halfStep = 0.5 * 10 ** (unit - d);
        // The display is exact decimal rounding of x's shortest text; the two conversions
        // (x to that text, the display back to a double) each add at most an ulp-sized error.
        const slack = 4 * Number.EPSILON * Math.max(Math.abs(x), Math.abs(parsed.value)) + Number.MIN_VALUE;
        return Math.abs(parsed.value - x) <= halfStep * (1 + 1e-12) + slack;
      }),
      { numRuns: 5000 },
    );
  });

  test("FORMATCN never throws for finite input and always prints a number with an optional unit", () => {
    const shape = /^-?\d+(?:\.\d+)?(?:万|亿)?元$/;
    fc.assert(
      fc.property(finite, fc.integer({ min: 0, max: 15 }), (x, d) => {
        const text = formatCn(x, d, "元");
        const decimalsShown = text.includes(".") ? text.replace(/[万亿元]/g, "").split(".")[1]?.length : 0;
        return shape.test(text) && decimalsShown === d && parseAmount(text).ok;
      }),
      { numRuns: 3000 },
    );
  });

  test("the unit shown is the one the rounded value deserves", () => {
    fc.assert(
      fc.property(money, places, (x, d) => {
        const text = formatCn(x, d, "");
        const shown = Math.abs(Number(text.replace(/[万亿]/g, "")));
        if (text.endsWith("亿")) return shown >= 1;
        if (text.endsWith("万")) return shown >= 1 && shown < 10000;
        return shown < 10000;
      }),
      { numRuns: 3000 },
    );
  });

  test("FORMATCN is symmetric: -x shows as x with a minus unless it rounds to zero", () => {
    fc.assert(
      fc.property(money, places, (x, d) => {
        const positive = formatCn(Math.abs(x), d, "");
        const negative = formatCn(-Math.abs(x), d, "");
        return /^0(\.0*)?$/.test(positive) ? negative === positive : negative === "-" + positive;
      }),
      { numRuns: 2000 },
    );
  });

  test("roundHalfAwayFromZero is odd, idempotent and moves by at most half a step", () => {
    fc.assert(
      fc.property(money, fc.integer({ min: -6, max: 10 }), (x, d) => {
        const r = roundHalfAwayFromZero(x, d);
        const odd = Object.is(roundHalfAwayFromZero(-x, d), r === 0 ? 0 : -r);
        const idempotent = roundHalfAwayFromZero(r, d) === r;
        const close = Math.abs(r - x) <= 0.5 * 10 ** -d * (1 + 1e-9) + 4 * Number.EPSILON * Math.abs(x);
        return odd && idempotent && close;
      }),
      { numRuns: 3000 },
    );
  });

  test("formatCn agrees with roundHalfAwayFromZero below 10^4", () => {
    fc.assert(
      fc.property(fc.double({ min: -9999, max: 9999, noNaN: true }), places, (x, d) => {
        const text = formatCn(x, d, "");
        if (/[万亿]/.test(text)) return true; // 9999.995 → 1.00万 moved up a unit
        return Number(text) === roundHalfAwayFromZero(x, d);
      }),
      { numRuns: 3000 },
    );
  });
});

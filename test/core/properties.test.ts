/**
 * Algebraic identities of the catalogue (spec §2, STYLE "property tests for the identities"),
 * checked with fast-check through the evaluator, so the reader and the output guard are included.
 */
import fc from "fast-check";
import { CATALOGUE } from "../../src/core/catalogue";
import { type RawArg, evaluate } from "../../src/core/evaluate";
import type { Cell } from "../../src/core/spec";
import { XlError } from "../../src/core/xlerror";

const SEED = 20250607;
const RUNS = { numRuns: 2000, seed: SEED };

function call(id: string, ...args: RawArg[]): Cell {
  return evaluate(CATALOGUE[id]!, args).cells[0]![0]!;
}

/** A numeric result, or a test failure that shows the error it was instead. */
function value(id: string, ...args: RawArg[]): number {
  const cell = call(id, ...args);
  if (typeof cell !== "number") {
    const shown = cell instanceof XlError ? `${cell.code} ${cell.message("en") ?? ""}` : JSON.stringify(cell);
    throw new Error(`${id}(${args.map((a) => String(a)).join(", ")}) = ${shown}, expected a number`);
  }
  return cell;
}

/** The error code of a result cell, or "" when it is not an error. */
function code(id: string, ...args: RawArg[]): string {
  const cell = call(id, ...args);
  return cell instanceof XlError ? cell.code : "";
}

function expectRelClose(actual: number, expected: number, tolerance: number): void {
  const scale = Math.max(Math.abs(expected), Math.abs(actual), Number.MIN_VALUE);
  if (Math.abs(actual - expected) / scale > tolerance) {
    throw new Error(`${actual} is not within ${tolerance} (relative) of ${expected}`);
  }
}

/** Finite doubles of sensible magnitude (amounts, counts) with both signs; no NaN. */
const amount = fc.double({ min: -1e15, max: 1e15, noNaN: true });
const positive = fc.double({ min: 1e-6, max: 1e15, noNaN: true });
const share = fc.double({ min: 1e-6, max: 1, noNaN: true });

describe("NETMARGIN = −LOSSRATIO", () => {
  test("for the same company (netIncome = −netLoss) the results are exact negatives", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (loss, revenue) => {
        const margin = call("NETMARGIN", -loss, revenue);
        const ratio = call("LOSSRATIO", loss, revenue);
        if (typeof ratio === "number") {
          expect(typeof margin).toBe("number");
          expect((margin as number) === -ratio).toBe(true);
        } else {
          // The same domain: the same error in the same place.
          expect(margin).toBeInstanceOf(XlError);
          expect((margin as XlError).code).toBe((ratio as XlError).code);
        }
      }),
      RUNS,
    );
  });
});

describe("ARPU = ARPPU × PAYINGRATE", () => {
  test("within 1e-12 relative, whenever paying users ≤ users", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 1e-9, max: 1, noNaN: true }), (revenue, users, fraction) => {
        const paying = Math.max(1, Math.floor(users * fraction));
        const arpu = value("ARPU", revenue, users);
        const arppu = value("ARPPU", revenue, paying);
        const rate = value("PAYINGRATE", paying, users);
        expectRelClose(arppu * rate, arpu, 1e-12);
      }),
      RUNS,
    );
  });
});

describe("BREAKEVENMAU × payingRate = BREAKEVENPAID", () => {
  test("same loss, arppu, margin and months", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e13, noNaN: true }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (loss, arppu, rate, margin, months) => {
          const mau = value("BREAKEVENMAU", loss, arppu, rate, margin, months);
          const paid = value("BREAKEVENPAID", loss, arppu, margin, months);
          expectRelClose(mau * rate, paid, 1e-12);
        },
      ),
      RUNS,
    );
  });

  test("the same with a period label for months", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e13, noNaN: true }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        share,
        fc.constantFrom("Q1", "H1", "前三季度", "9M", "FY", "1-5月"),
        (loss, arppu, rate, label) => {
          expectRelClose(value("BREAKEVENMAU", loss, arppu, rate, null, label) * rate, value("BREAKEVENPAID", loss, arppu, null, label), 1e-12);
        },
      ),
      RUNS,
    );
  });
});

describe("ANNUALIZE(x, 12) follows the formula column amount × 12 / months, with no shortcut", () => {
  test("equals x × 12 / 12 exactly, and x within 1 ulp-scale relative error, for every x", () => {
    fc.assert(
      fc.property(fc.double({ min: -Number.MAX_VALUE, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }), (x) => {
        const formula = (x * 12) / 12;
        if (!Number.isFinite(formula)) {
          expect(code("ANNUALIZE", x, 12)).toBe("#NUM!"); // x × 12 overflows, as in Excel
          return;
        }
        const got = value("ANNUALIZE", x, 12);
        expect(Object.is(got, formula) || (got === 0 && formula === 0)).toBe(true);
        expect(value("ANNUALIZE", x, "FY")).toBe(got);
        expect(Math.abs(got - x)).toBeLessThanOrEqual(Math.abs(x) * 2.3e-16);
      }),
      { numRuns: 10000, seed: SEED },
    );
  });
  test("0.1 × 12 / 12 is 0.09999999999999999, not 0.1; the largest doubles overflow to #NUM!", () => {
    expect(value("ANNUALIZE", 0.1, 12)).toBe((0.1 * 12) / 12);
    expect(value("ANNUALIZE", 2997402936.62, 12)).toBe(2997402936.6200004);
    expect(code("ANNUALIZE", 1.7e308, 12)).toBe("#NUM!");
    expect(code("ANNUALIZE", Number.MAX_VALUE / 11, "FY")).toBe("#NUM!");
  });
});

describe("RUNWAY → cash / burn as burn growth → 0", () => {
  test("g = ±1e-9 is within 1e-6 (relative) of cash/burn", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-6, max: 1000, noNaN: true }),
        fc.constantFrom(1e-9, -1e-9),
        (burn, months, g) => {
          const cash = burn * months;
          expectRelClose(value("RUNWAY", cash, burn, g), cash / burn, 1e-6);
        },
      ),
      RUNS,
    );
  });
  test("g = 0 is exactly cash / burn", () => {
    fc.assert(
      fc.property(positive, positive, (cash, burn) => {
        expect(value("RUNWAY", cash, burn, 0)).toBe(cash / burn);
      }),
      RUNS,
    );
  });
});

describe("RUNWAY with a vanishing (subnormal) growth rate", () => {
  // log1p(cash·g/burn)/log1p(g) loses every digit once cash·g/burn is subnormal:
  // RUNWAY(1, 3, 5e-324) would be 0 and RUNWAY(7, 3, 5e-324) 2, where cash/burn is 0.333… and 2.333….
  test.each([5e-324, -5e-324, 1e-320, -1e-320, 1e-310, -1e-310])("g = %p still gives ≈ cash / burn and decreases in burn", (g) => {
    expectRelClose(value("RUNWAY", 1, 3, g), 1 / 3, 1e-6);
    expectRelClose(value("RUNWAY", 7, 3, g), 7 / 3, 1e-6);
    expectRelClose(value("RUNWAY", 1, 1.000001, g), 1 / 1.000001, 1e-6);
    expectRelClose(value("RUNWAY", 250000, 50000, g), 5, 1e-6);
    expect(value("RUNWAY", 1, 1.000001, g)).toBeLessThan(value("RUNWAY", 1, 1, g));
  });
});

describe("RUNWAY decreases strictly in burn (positive cash)", () => {
  test("more burn, less runway; an unlimited runway (#N/A) counts as +∞", () => {
    const months = (cell: Cell): number => {
      if (typeof cell === "number") return cell;
      if (cell instanceof XlError && cell.code === "#N/A") return Infinity;
      throw new Error(`unexpected RUNWAY result ${JSON.stringify(cell)}`);
    };
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        // Growth rates a model can hold; subnormal growth is its own test below.
        fc.oneof(fc.constant(0), fc.double({ min: -0.99, max: -1e-12, noNaN: true }), fc.double({ min: 1e-12, max: 10, noNaN: true })),
        (cash, burn, step, g) => {
          const more = burn * (1 + step);
          const slow = months(call("RUNWAY", cash, burn, g));
          const fast = months(call("RUNWAY", cash, more, g));
          if (Number.isFinite(fast)) {
            expect(fast).toBeLessThan(slow);
          } else {
            // Unlimited at the higher burn (only with shrinking burn): unlimited at the lower one too.
            expect(g).toBeLessThan(0);
            expect(slow).toBe(Infinity);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("PARSECN(FORMATCN(x, d)) ≈ x within display precision", () => {
  test("within half a unit of the last shown digit of the 万/亿-scaled value", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e20, max: 1e20, noNaN: true }),
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 100),
        ),
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom("", "元", "美元"),
        (x, d, suffix) => {
          const text = call("FORMATCN", x, d, suffix);
          expect(typeof text).toBe("string");
          const shown = text as string;
          const body = shown.slice(0, shown.length - suffix.length);
          const unit = body.endsWith("亿") ? 8 : body.endsWith("万") ? 4 : 0;
          const parsed = value("PARSECN", shown);
          const halfStep = 0.5 * 10 ** (unit - d);
          // The bound is exact in decimals; allow a few ulps of the doubles involved.
          const slack = 4 * Number.EPSILON * Math.max(Math.abs(x), Math.abs(parsed));
          if (Math.abs(parsed - x) > halfStep * (1 + 1e-12) + slack) {
            throw new Error(`FORMATCN(${x}, ${d}) = ${shown} parses to ${parsed}, off by ${parsed - x} > ${halfStep}`);
          }
        },
      ),
      { numRuns: 5000, seed: SEED },
    );
  });
});

describe("GROWTH then reverse", () => {
  test("prior × (1 + GROWTH(current, prior)) recovers current", () => {
    fc.assert(
      fc.property(amount, positive, (current, prior) => {
        const g = value("GROWTH", current, prior);
        const back = prior + prior * g;
        // Relative to the inputs' scale: the subtraction in (current − prior) is exact-ish only at that scale.
        const scale = Math.max(Math.abs(current), Math.abs(prior));
        expect(Math.abs(back - current)).toBeLessThanOrEqual(1e-12 * scale);
      }),
      RUNS,
    );
  });
  test("GROWTH(prior × (1 + g), prior) recovers g", () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 100, noNaN: true }), fc.integer({ min: 1, max: 1e9 }), (g, prior) => {
        const current = prior * (1 + g);
        const back = value("GROWTH", current, prior);
        expect(Math.abs(back - g)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(g)));
      }),
      RUNS,
    );
  });
});

describe("LTV with a cap ≤ LTV without", () => {
  test("for non-negative margins the cap never raises the value; for any margin it never raises |LTV|", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: -5, max: 1, noNaN: true }),
        fc.double({ min: 1e-6, max: 1, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        (arpu, margin, churn, cap) => {
          const capped = value("LTV", arpu, margin, churn, cap);
          const uncapped = value("LTV", arpu, margin, churn);
          const slack = 1e-12 * Math.abs(uncapped);
          expect(Math.abs(capped)).toBeLessThanOrEqual(Math.abs(uncapped) + slack);
          if (margin >= 0) expect(capped).toBeLessThanOrEqual(uncapped + slack);
        },
      ),
      RUNS,
    );
  });
});

describe("RAISENEEDED ≥ 0", () => {
  test("never negative when it is a number; #NUM! only for negative months or cash", () => {
    fc.assert(
      fc.property(amount, fc.oneof(fc.double({ min: -100, max: 120, noNaN: true }), fc.constantFrom("H1", "FY", "9M")), amount, (burn, months, cash) => {
        const cell = call("RAISENEEDED", burn, months, cash);
        if (typeof cell === "number") {
          expect(cell).toBeGreaterThanOrEqual(0);
        } else {
          expect((cell as XlError).code).toBe("#NUM!");
          expect(typeof months === "number" && months < 0 ? true : cash < 0).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

/**
 * §1 Precision: "the formula column fixes the order of operations". For in-domain inputs each
 * result is exactly the §2 formula evaluated in the order written there.
 */
describe("results are the §2 formula in its written order, exactly", () => {
  const money = fc.double({ min: -1e12, max: 1e12, noNaN: true });
  const positiveMoney = fc.double({ min: 1e-3, max: 1e12, noNaN: true });
  const nonNegative = fc.double({ min: 0, max: 1e12, noNaN: true });
  const margin = fc.double({ min: 1e-3, max: 1, noNaN: true });
  const monthsArb = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.5, max: 12, noNaN: true }));
  const growth = fc.oneof(fc.double({ min: -0.99, max: -1e-4, noNaN: true }), fc.double({ min: 1e-4, max: 10, noNaN: true }));

  type Case = readonly [id: string, arb: fc.Arbitrary<readonly number[]>, formula: (...a: number[]) => number];
  const cases: readonly Case[] = [
    ["LOSSRATIO", fc.tuple(money, positiveMoney), (l, r) => l! / r!],
    ["NETMARGIN", fc.tuple(money, positiveMoney), (n, r) => n! / r!],
    ["GROSSMARGIN", fc.tuple(positiveMoney, nonNegative), (r, c) => (r! - c!) / r!],
    ["GROWTH", fc.tuple(money, positiveMoney), (c, p) => (c! - p!) / p!],
    ["RULEOF40", fc.tuple(fc.double({ min: -1, max: 10, noNaN: true }), fc.double({ min: -10, max: 1, noNaN: true })), (g, m) => Number((g! + m!).toPrecision(15))],
    ["PAYINGRATE", fc.tuple(positiveMoney, fc.double({ min: 0, max: 1, noNaN: true })).map(([a, f]) => [a * f, a]), (p, a) => p! / a!],
    ["ARPU", fc.tuple(money, positiveMoney), (r, u) => r! / u!],
    ["ARPPU", fc.tuple(money, positiveMoney), (r, u) => r! / u!],
    ["CAC", fc.tuple(nonNegative, positiveMoney), (s, n) => s! / n!],
    ["SUBSIDYCPA", fc.tuple(nonNegative, positiveMoney, margin), (s, n, k) => s! / (n! * k!)],
    ["CACPAYBACK", fc.tuple(nonNegative, positiveMoney, margin), (c, a, m) => c! / (a! * m!)],
    ["LTV", fc.tuple(nonNegative, fc.double({ min: -5, max: 1, noNaN: true }), margin), (a, m, c) => (a! * m!) / c!],
    [
      "LTV",
      fc.tuple(nonNegative, fc.double({ min: -5, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-3, max: 1e4, noNaN: true })),
      (a, m, c, cap) => (c === 0 || 1 / c! > cap! ? a! * m! * cap! : (a! * m!) / c!),
    ],
    ["LTVCAC", fc.tuple(money, positiveMoney), (l, c) => l! / c!],
    ["BURNMULTIPLE", fc.tuple(money, positiveMoney), (b, a) => b! / a!],
    ["MONTHLYBURN", fc.tuple(money, money, monthsArb, nonNegative), (s, e, m, i) => (s! + i! - e!) / m!],
    ["RUNWAY", fc.tuple(positiveMoney, positiveMoney), (c, b) => c! / b!],
    ["RUNWAY", fc.tuple(positiveMoney, positiveMoney, growth).filter(([c, b, g]) => 1 + (c * g) / b > 0), (c, b, g) => Math.log1p((c! * g!) / b!) / Math.log1p(g!)],
    ["RAISENEEDED", fc.tuple(positiveMoney, monthsArb, nonNegative), (b, m, c) => Math.max(0, b! * m! - c!)],
    ["BREAKEVENPAID", fc.tuple(positiveMoney, positiveMoney, margin, monthsArb), (l, a, m, n) => l! / ((a! * m!) * n!)],
    ["BREAKEVENMAU", fc.tuple(positiveMoney, positiveMoney, margin, margin, monthsArb), (l, a, r, m, n) => l! / (((a! * m!) * n!) * r!)],
    // months = 12 is the identity ANNUALIZE(x, 12) = x, tested above.
    ["ANNUALIZE", fc.tuple(money, fc.double({ min: 0.5, max: 12, noNaN: true }).filter((m) => m !== 12)), (a, m) => (a! * 12) / m!],
  ];

  test.each(cases.map((c, i) => [`${c[0]} #${i}`, c] as const))("%s", (_name, [id, arb, formula]) => {
    fc.assert(
      fc.property(arb, (args) => {
        const expected = formula(...args);
        fc.pre(Number.isFinite(expected));
        const actual = value(id, ...args);
        if (!Object.is(actual, expected) && !(actual === 0 && expected === 0)) {
          throw new Error(`${id}(${args.join(", ")}) = ${actual}, the formula in its order gives ${expected}`);
        }
      }),
      RUNS,
    );
  });
});

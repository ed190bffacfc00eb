/**
 * Golden tables for the catalogue (/shared spec §2): every worked example and every domain or
 * edge rule of each row, evaluated through the one evaluator the add-in uses. Then the §1 reader
 * rules (numeric text, amount text, currencies, blanks, defaults, bad values) through real functions.
 *
 * Worked examples are exact doubles in the spec, so they are compared with `toBe`; values this
 * file derives itself (not printed in the spec) use a relative tolerance of 1e-12.
 */
import { CATALOGUE } from "../../src/core/catalogue";
import { type RawArg, evaluate } from "../../src/core/evaluate";
import type { Cell } from "../../src/core/spec";
import { type ErrorCode, XlError } from "../../src/core/xlerror";

const REL_TOL = 1e-12;

/** An error result: its code and, for #VALUE!/#N/A, what the English message must say. */
interface Err {
  readonly error: ErrorCode;
  readonly says?: RegExp;
}
/** A number the spec does not print exactly: compared with a relative tolerance. */
interface Approx {
  readonly approx: number;
}
type Expected = number | string | Err | Approx;

const err = (code: ErrorCode, says?: RegExp): Err => (says === undefined ? { error: code } : { error: code, says });
const DIV0 = err("#DIV/0!");
const NUM = err("#NUM!");
const approx = (value: number): Approx => ({ approx: value });

/** The single result cell of a call with scalar arguments. */
function call(id: string, args: readonly RawArg[]): Cell {
  const spec = CATALOGUE[id];
  if (spec === undefined) throw new Error(`no function ${id} in CATALOGUE`);
  const { cells } = evaluate(spec, args);
  expect(cells).toHaveLength(1);
  expect(cells[0]).toHaveLength(1);
  return cells[0]![0]!;
}

function expectRelClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  const a = actual as number;
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  if (Math.abs(a - expected) / scale > REL_TOL) {
    // Show both values in full when they differ.
    expect(a).toBe(expected);
  }
}

function expectCell(actual: Cell, expected: Expected): void {
  if (typeof expected === "number" || typeof expected === "string") {
    if (actual instanceof XlError) {
      throw new Error(`expected ${JSON.stringify(expected)}, got ${actual.code} ${actual.message("en") ?? ""}`);
    }
    expect(actual).toBe(expected);
    return;
  }
  if ("approx" in expected) {
    if (actual instanceof XlError) throw new Error(`expected ≈${expected.approx}, got ${actual.code} ${actual.message("en") ?? ""}`);
    expectRelClose(actual, expected.approx);
    return;
  }
  expect(actual).toBeInstanceOf(XlError);
  const error = actual as XlError;
  expect(error.code).toBe(expected.error);
  const message = error.message("en");
  if (expected.error === "#VALUE!" || expected.error === "#N/A") {
    // Excel shows a message for these two only: there must be one, in English and in Chinese.
    expect(typeof message).toBe("string");
    expect(message).not.toBe("");
    expect(error.message("zh")).toMatch(/[\u4e00-\u9fff]/);
    if (expected.says !== undefined) expect(message).toMatch(expected.says);
  }
}

type Row = readonly [label: string, id: string, args: readonly RawArg[], expected: Expected];

/** label → "LOSSRATIO(3605000000, 377000000)" style title for the test name. */
const show = (id: string, args: readonly RawArg[]): string => `${id}(${args.map((a) => JSON.stringify(a) ?? "undefined").join(", ")})`;

function table(rows: readonly Row[]): void {
  test.each(rows.map((row) => [`${row[0]}: ${show(row[1], row[2])}`, row] as const))("%s", (_title, [, id, args, expected]) => {
    expectCell(call(id, args), expected);
  });
}

// ---------------------------------------------------------------------------------------------
// §2 worked examples (exact doubles)
// ---------------------------------------------------------------------------------------------

describe("§2 worked examples", () => {
  table([
    ["example", "LOSSRATIO", [3605000000, 377000000], 9.562334217506631],
    ["example", "NETMARGIN", [-15e6, 4e6], -3.75],
    ["example", "GROSSMARGIN", [100, 30], 0.7],
    ["example", "GROWTH", [90, 100], -0.1],
    ["example", "RULEOF40", [0.6, -0.2], 0.4],
    ["example", "PAYINGRATE", [1100, 50000], 0.022],
    ["example", "ARPU", [100000, 10000], 10],
    ["example", "ARPPU", [100000, 1000], 100],
    ["example", "CAC", [20000, 10], 2000],
    ["example", "SUBSIDYCPA", [3e9, 1e8], 30],
    ["example", "CACPAYBACK", [1200, 200, 0.8], 7.5],
    ["example", "LTV", [500, 0.7, 0.05], 7000],
    ["example", "LTVCAC", [7000, 2000], 3.5],
    ["example", "BURNMULTIPLE", [4e6, 5e6], 0.8],
    ["example", "MONTHLYBURN", [100e6, 40e6, 12], 5000000],
    ["example", "RUNWAY", [250000, 50000], 5],
    ["example", "RAISENEEDED", [2e6, 18], 36000000],
    ["example", "BREAKEVENPAID", [3605000000, 20, 1, 9], 20027777.777777776],
    ["example", "BREAKEVENMAU", [1e8, 30, 0.01, 0.5], 666666666.6666667],
    ["example", "ANNUALIZE", [377e6, 9], 502666666.6666667],
    ["example (period label)", "ANNUALIZE", [377e6, "前三季度"], 502666666.6666667],
    ["example", "PERIODMONTHS", ["H1"], 6],
    ["example", "PARSECN", ["36.05亿元"], 3605000000],
    ["example", "PARSECN.CURRENCY", ["1000亿美元"], "USD"],
    ["example", "FORMATCN", [3605000000, 2, "元"], "36.05亿元"],
  ]);

  test("§1 example: LOSSRATIO of amount text is the same double as of numbers", () => {
    expect(call("LOSSRATIO", ["36.05亿元", "3.77亿元"])).toBe(9.562334217506631);
  });

  test("the golden values depend on the pinned order of operations", () => {
    // Why the spec pins the order: other groupings give other doubles.
    expect(0.6 + -0.2).not.toBe(0.4);
    expect(1e8 / (30 * 0.5 * 0.01)).toBe(666666666.6666667);
    expect(call("RULEOF40", [0.6, -0.2])).toBe(0.4);
  });
});

// ---------------------------------------------------------------------------------------------
// §2 domain and edge rules, row by row
// ---------------------------------------------------------------------------------------------

describe("LOSSRATIO", () => {
  table([
    ["revenue 0 → #DIV/0!", "LOSSRATIO", [3605000000, 0], DIV0],
    ["revenue −0 → #DIV/0!", "LOSSRATIO", [1, -0], DIV0],
    ["revenue < 0 → #NUM!", "LOSSRATIO", [3605000000, -377000000], NUM],
    ["a profit gives a negative ratio", "LOSSRATIO", [-50, 200], -0.25],
    ["no loss → 0", "LOSSRATIO", [0, 200], 0],
  ]);
});

describe("NETMARGIN", () => {
  table([
    ["revenue 0 → #DIV/0!", "NETMARGIN", [-15e6, 0], DIV0],
    ["revenue < 0 → #NUM!", "NETMARGIN", [-15e6, -4e6], NUM],
    ["positive income", "NETMARGIN", [1e6, 4e6], 0.25],
  ]);
  test("NETMARGIN = −LOSSRATIO for the MiniMax figures", () => {
    expect(call("NETMARGIN", [-3605000000, 377000000])).toBe(-9.562334217506631);
  });
});

describe("GROSSMARGIN", () => {
  table([
    ["revenue 0 → #DIV/0!", "GROSSMARGIN", [0, 30], DIV0],
    ["revenue < 0 → #NUM!", "GROSSMARGIN", [-100, 30], NUM],
    ["cost < 0 → #NUM!", "GROSSMARGIN", [100, -30], NUM],
    ["may be negative", "GROSSMARGIN", [100, 130], approx(-0.3)],
    ["zero cost → 1", "GROSSMARGIN", [100, 0], 1],
  ]);
});

describe("GROWTH", () => {
  table([
    ["prior 0 → #DIV/0!", "GROWTH", [90, 0], DIV0],
    ["prior < 0 → #NUM!", "GROWTH", [90, -100], NUM],
    ["growth", "GROWTH", [150, 100], 0.5],
    ["(current − prior) / prior, not current/prior − 1", "GROWTH", [1.1, 1], (1.1 - 1) / 1],
  ]);
});

describe("RULEOF40", () => {
  table([
    ["growth < −1 → #NUM!", "RULEOF40", [-1.5, 0.3], NUM],
    ["growth −1 is allowed", "RULEOF40", [-1, 0.5], -0.5],
    ["rounded to 15 significant digits", "RULEOF40", [0.1, 0.2], 0.3],
    ["margin may be negative", "RULEOF40", [0.3, -0.5], -0.2],
  ]);
});

describe("PAYINGRATE", () => {
  table([
    ["active 0 → #DIV/0!", "PAYINGRATE", [0, 0], DIV0],
    ["negative paying → #NUM!", "PAYINGRATE", [-1, 50000], NUM],
    ["negative active → #NUM!", "PAYINGRATE", [1100, -50000], NUM],
    ["paying > active → #NUM!", "PAYINGRATE", [50001, 50000], NUM],
    ["paying = active → 1", "PAYINGRATE", [50000, 50000], 1],
    ["nobody pays → 0", "PAYINGRATE", [0, 50000], 0],
  ]);
});

describe("ARPU and ARPPU", () => {
  table([
    ["users 0 → #DIV/0!", "ARPU", [100000, 0], DIV0],
    ["negative users → #NUM!", "ARPU", [100000, -10000], NUM],
    ["payingUsers 0 → #DIV/0!", "ARPPU", [100000, 0], DIV0],
    ["negative payingUsers → #NUM!", "ARPPU", [100000, -1000], NUM],
  ]);
  test("ARPU = ARPPU × PAYINGRATE on the examples", () => {
    const arpu = call("ARPU", [100000, 50000]) as number;
    const arppu = call("ARPPU", [100000, 1100]) as number;
    const rate = call("PAYINGRATE", [1100, 50000]) as number;
    expectRelClose(arppu * rate, arpu);
  });
});

describe("CAC", () => {
  table([
    ["newCustomers 0 → #DIV/0!", "CAC", [20000, 0], DIV0],
    ["negative spend → #NUM!", "CAC", [-20000, 10], NUM],
    ["negative newCustomers → #NUM!", "CAC", [20000, -10], NUM],
  ]);
});

describe("SUBSIDYCPA", () => {
  table([
    ["retainedShare defaults to 1 (null)", "SUBSIDYCPA", [3e9, 1e8, null], 30],
    ["with a retained share", "SUBSIDYCPA", [3e9, 1e8, 0.5], 60],
    ["newUsers 0 → #DIV/0!", "SUBSIDYCPA", [3e9, 0], DIV0],
    ["share 0 → #DIV/0!", "SUBSIDYCPA", [3e9, 1e8, 0], DIV0],
    ["negative spend → #NUM!", "SUBSIDYCPA", [-3e9, 1e8], NUM],
    ["negative newUsers → #NUM!", "SUBSIDYCPA", [3e9, -1e8], NUM],
    ["negative share → #NUM!", "SUBSIDYCPA", [3e9, 1e8, -0.5], NUM],
    ["share > 1 → #NUM!", "SUBSIDYCPA", [3e9, 1e8, 1.2], NUM],
  ]);
});

describe("CACPAYBACK", () => {
  table([
    ["cac < 0 → #NUM!", "CACPAYBACK", [-1200, 200, 0.8], NUM],
    ["arpu < 0 → #NUM!", "CACPAYBACK", [1200, -200, 0.8], NUM],
    ["margin > 1 → #NUM!", "CACPAYBACK", [1200, 200, 80], NUM],
    ["arpu 0 → #N/A never pays back", "CACPAYBACK", [1200, 0, 0.8], err("#N/A", /never pays back/)],
    ["margin 0 → #N/A never pays back", "CACPAYBACK", [1200, 200, 0], err("#N/A", /never pays back/)],
    ["negative margin → #N/A never pays back", "CACPAYBACK", [1200, 200, -0.1], err("#N/A", /never pays back/)],
    ["free acquisition pays back at once", "CACPAYBACK", [0, 200, 0.8], 0],
  ]);
});

describe("LTV", () => {
  table([
    ["churn < 0 → #NUM!", "LTV", [500, 0.7, -0.05], NUM],
    ["churn > 1 → #NUM!", "LTV", [500, 0.7, 1.05], NUM],
    ["margin > 1 → #NUM!", "LTV", [500, 70, 0.05], NUM],
    ["arpu < 0 → #NUM!", "LTV", [-500, 0.7, 0.05], NUM],
    ["cap 0 → #NUM!", "LTV", [500, 0.7, 0.05, 0], NUM],
    ["cap < 0 → #NUM!", "LTV", [500, 0.7, 0.05, -24], NUM],
    ["churn 0 without cap → #DIV/0!", "LTV", [500, 0.7, 0], DIV0],
    ["churn 0 with null cap → #DIV/0!", "LTV", [500, 0.7, 0, null], DIV0],
    ["churn 0 with a cap → arpu × margin × cap", "LTV", [500, 0.7, 0, 24], 500 * 0.7 * 24],
    ["1/churn > cap → capped", "LTV", [500, 0.7, 0.01, 24], 500 * 0.7 * 24],
    ["1/churn ≤ cap → uncapped", "LTV", [500, 0.7, 0.05, 24], 7000],
    ["1/churn = cap → uncapped", "LTV", [500, 0.7, 0.05, 20], 7000],
    ["negative margin → negative LTV", "LTV", [500, -0.2, 0.05], approx(-2000)],
    ["churn 1 → one period", "LTV", [500, 0.7, 1], 500 * 0.7],
  ]);
});

describe("LTVCAC", () => {
  table([
    ["cac 0 → #DIV/0!", "LTVCAC", [7000, 0], DIV0],
    ["cac < 0 → #NUM!", "LTVCAC", [7000, -2000], NUM],
    ["negative LTV gives a negative ratio", "LTVCAC", [-2000, 2000], -1],
  ]);
});

describe("BURNMULTIPLE", () => {
  table([
    ["netNewArr 0 → #DIV/0!", "BURNMULTIPLE", [4e6, 0], DIV0],
    ["netNewArr < 0 → #NUM!", "BURNMULTIPLE", [4e6, -5e6], NUM],
    ["netBurn < 0 gives < 0", "BURNMULTIPLE", [-4e6, 5e6], -0.8],
    ["netBurn 0 gives 0", "BURNMULTIPLE", [0, 5e6], 0],
  ]);
});

describe("MONTHLYBURN", () => {
  table([
    ["months 0 → #NUM!", "MONTHLYBURN", [100e6, 40e6, 0], NUM],
    ["months < 0 → #NUM!", "MONTHLYBURN", [100e6, 40e6, -12], NUM],
    ["inflows < 0 → #NUM!", "MONTHLYBURN", [100e6, 40e6, 12, -1], NUM],
    ["negative = cash generated", "MONTHLYBURN", [40e6, 100e6, 12], -5000000],
    ["inflows are added back", "MONTHLYBURN", [100e6, 40e6, 12, 60e6], 10000000],
    ["inflows default to 0 (null)", "MONTHLYBURN", [100e6, 40e6, 12, null], 5000000],
  ]);
});

describe("RUNWAY", () => {
  table([
    ["cash < 0 → #NUM!", "RUNWAY", [-1, 50000], NUM],
    ["g = −1 → #NUM!", "RUNWAY", [250000, 50000, -1], NUM],
    ["g < −1 → #NUM!", "RUNWAY", [250000, 50000, -2], NUM],
    ["burn 0 → #N/A not burning cash", "RUNWAY", [250000, 0], err("#N/A", /not burning/)],
    ["burn < 0 → #N/A not burning cash", "RUNWAY", [250000, -50000], err("#N/A", /not burning/)],
    ["cash 0 → 0", "RUNWAY", [0, 50000], 0],
    ["cash 0 with growth → 0", "RUNWAY", [0, 50000, 0.1], 0],
    ["growth defaults to 0 (null)", "RUNWAY", [250000, 50000, null], 5],
    ["growing burn: log1p(cash·g/burn)/log1p(g)", "RUNWAY", [250000, 50000, 0.1], approx(Math.log1p(0.5) / Math.log1p(0.1))],
    ["shrinking burn that still runs out", "RUNWAY", [250000, 50000, -0.1], approx(Math.log1p(-0.5) / Math.log1p(-0.1))],
    ["g < 0 with 1 + cash·g/burn = 0 → #N/A", "RUNWAY", [250000, 50000, -0.2], err("#N/A")],
    ["g < 0 with 1 + cash·g/burn < 0 → #N/A", "RUNWAY", [250000, 50000, -0.5], err("#N/A")],
  ]);
  test("growing burn shortens the runway, shrinking burn lengthens it", () => {
    const growing = call("RUNWAY", [250000, 50000, 0.1]) as number;
    const shrinking = call("RUNWAY", [250000, 50000, -0.1]) as number;
    expect(growing).toBeLessThan(5);
    expect(shrinking).toBeGreaterThan(5);
  });
});

describe("RUNWAY: the formula column fixes the order, log1p(cash × g / burn) / log1p(g)", () => {
  table([
    ["exact double of the written order", "RUNWAY", [100000, 30000, 0.05], Math.log1p((100000 * 0.05) / 30000) / Math.log1p(0.05)],
    ["exact double of the written order", "RUNWAY", [100000, 30000, 0.1], Math.log1p((100000 * 0.1) / 30000) / Math.log1p(0.1)],
    ["exact double of the written order", "RUNWAY", [100000, 30000, -0.05], Math.log1p((100000 * -0.05) / 30000) / Math.log1p(-0.05)],
  ]);
});

describe("RAISENEEDED", () => {
  table([
    ["months < 0 → #NUM!", "RAISENEEDED", [2e6, -18], NUM],
    ["cash < 0 → #NUM!", "RAISENEEDED", [2e6, 18, -1], NUM],
    ["burn 0 → 0", "RAISENEEDED", [0, 18], 0],
    ["burn < 0 → 0", "RAISENEEDED", [-2e6, 18], 0],
    ["cash covers it → 0", "RAISENEEDED", [2e6, 18, 50e6], 0],
    ["cash partly covers it", "RAISENEEDED", [2e6, 18, 10e6], 26000000],
    ["cash defaults to 0 (null)", "RAISENEEDED", [2e6, 18, null], 36000000],
    ["months 0 → 0", "RAISENEEDED", [2e6, 0], 0],
  ]);
});

describe("BREAKEVENPAID", () => {
  table([
    ["loss < 0 → #NUM!", "BREAKEVENPAID", [-3605000000, 20, 1, 9], NUM],
    ["arppu < 0 → #NUM!", "BREAKEVENPAID", [3605000000, -20, 1, 9], NUM],
    ["margin > 1 → #NUM!", "BREAKEVENPAID", [3605000000, 20, 70, 9], NUM],
    ["months 0 → #NUM!", "BREAKEVENPAID", [3605000000, 20, 1, 0], NUM],
    ["months < 0 → #NUM!", "BREAKEVENPAID", [3605000000, 20, 1, -9], NUM],
    ["loss 0 → 0", "BREAKEVENPAID", [0, 20, 1, 9], 0],
    ["a threshold never reached wins over loss 0 → 0 (§4)", "BREAKEVENPAID", [0, 0, 1, 9], err("#N/A", /never breaks even/)],
    ["arppu 0 → #N/A never breaks even", "BREAKEVENPAID", [3605000000, 0, 1, 9], err("#N/A", /never breaks even/)],
    ["margin 0 → #N/A never breaks even", "BREAKEVENPAID", [3605000000, 20, 0, 9], err("#N/A", /never breaks even/)],
    ["negative margin → #N/A never breaks even", "BREAKEVENPAID", [3605000000, 20, -0.5, 9], err("#N/A", /never breaks even/)],
    ["not rounded", "BREAKEVENPAID", [1000, 3], 1000 / 3],
    ["defaults margin 1 and months 1", "BREAKEVENPAID", [3605000000, 20], 180250000],
    ["null optionals take their defaults", "BREAKEVENPAID", [3605000000, 20, null, null], 180250000],
    ["months as a period label", "BREAKEVENPAID", [3605000000, 20, 1, "前三季度"], 20027777.777777776],
    ["amount text", "BREAKEVENPAID", ["36.05亿元", "20元", 1, "9M"], 20027777.777777776],
  ]);
});

describe("BREAKEVENMAU", () => {
  table([
    ["loss < 0 → #NUM!", "BREAKEVENMAU", [-1e8, 30, 0.01, 0.5], NUM],
    ["arppu < 0 → #NUM!", "BREAKEVENMAU", [1e8, -30, 0.01, 0.5], NUM],
    ["margin > 1 → #NUM!", "BREAKEVENMAU", [1e8, 30, 0.01, 50], NUM],
    ["months 0 → #NUM!", "BREAKEVENMAU", [1e8, 30, 0.01, 0.5, 0], NUM],
    ["months < 0 → #NUM!", "BREAKEVENMAU", [1e8, 30, 0.01, 0.5, -1], NUM],
    ["payingRate < 0 → #NUM!", "BREAKEVENMAU", [1e8, 30, -0.01, 0.5], NUM],
    ["payingRate > 1 → #NUM!", "BREAKEVENMAU", [1e8, 30, 1.01, 0.5], NUM],
    ["payingRate 0 → #N/A nobody pays", "BREAKEVENMAU", [1e8, 30, 0, 0.5], err("#N/A", /nobody pays/)],
    ["loss 0 → 0", "BREAKEVENMAU", [0, 30, 0.01, 0.5], 0],
    ["arppu 0 → #N/A never breaks even", "BREAKEVENMAU", [1e8, 0, 0.01, 0.5], err("#N/A", /never breaks even/)],
    ["margin 0 → #N/A never breaks even", "BREAKEVENMAU", [1e8, 30, 0.01, 0], err("#N/A", /never breaks even/)],
    ["negative margin → #N/A never breaks even", "BREAKEVENMAU", [1e8, 30, 0.01, -0.5], err("#N/A", /never breaks even/)],
    ["defaults margin 1 and months 1", "BREAKEVENMAU", [1e8, 30, 0.01], approx(1e8 / 0.3)],
    ["null optionals take their defaults", "BREAKEVENMAU", [1e8, 30, 0.01, null, null], approx(1e8 / 0.3)],
    ["(((arppu × margin) × months) × payingRate)", "BREAKEVENMAU", [3605000000, 20, 0.01, 1, 9], 3605000000 / (((20 * 1) * 9) * 0.01)],
    ["months as a period label", "BREAKEVENMAU", [3605000000, 20, 0.01, 1, "前三季度"], 3605000000 / (((20 * 1) * 9) * 0.01)],
  ]);
});

describe("ANNUALIZE", () => {
  table([
    ["months 0 → #NUM!", "ANNUALIZE", [377e6, 0], NUM],
    ["months < 0 → #NUM!", "ANNUALIZE", [377e6, -3], NUM],
    ["months > 12 → #NUM!", "ANNUALIZE", [377e6, 13], NUM],
    ["months 12 → unchanged", "ANNUALIZE", [377e6, 12], 377e6],
    ["H1 → × 2", "ANNUALIZE", [377e6, "H1"], 754e6],
    ["Q3 → × 4", "ANNUALIZE", [377e6, "Q3"], 1508e6],
    ["9M", "ANNUALIZE", [377e6, "9M"], 502666666.6666667],
    ["Q1-Q3", "ANNUALIZE", [377e6, "Q1-Q3"], 502666666.6666667],
    ["1-9月", "ANNUALIZE", [377e6, "1-9月"], 502666666.6666667],
    ["前9个月", "ANNUALIZE", [377e6, "前9个月"], 502666666.6666667],
    ["FY", "ANNUALIZE", [377e6, "FY"], 377e6],
    ["amount text and label", "ANNUALIZE", ["3.77亿元", "前三季度"], 502666666.6666667],
    ["unknown label → #VALUE! naming months", "ANNUALIZE", [377e6, "sometime"], err("#VALUE!", /\bmonths\b/)],
  ]);
});

describe("a months argument reads nM as n months, never as n million (English amount suffix m)", () => {
  // "24M" is a period label (nM → n), not 24,000,000 months: the result is either the 24-month
  // value or #VALUE! (if labels stop at 12), never 3605000000 / (20 × 24e6) = 7.51.
  test.each<readonly [id: string, args: readonly RawArg[], months: number, asMonths: number]>([
    ["BREAKEVENPAID", [3605000000, 20, 1, "24M"], 24, 3605000000 / (20 * 24)],
    ["BREAKEVENPAID", [3605000000, 20, 1, "18M"], 18, 3605000000 / (20 * 18)],
    ["BREAKEVENMAU", [3605000000, 20, 0.01, 1, "24M"], 24, 3605000000 / (20 * 24 * 0.01)],
    ["MONTHLYBURN", [100e6, 40e6, "18M"], 18, 60e6 / 18],
    ["RAISENEEDED", [2e6, "24M"], 24, 48e6],
  ])("%s(%j)", (id, args, _months, asMonths) => {
    const cell = call(id, args);
    if (cell instanceof XlError) {
      expect(cell.code).toBe("#VALUE!");
    } else {
      expectRelClose(cell, asMonths);
    }
  });
});

describe("PERIODMONTHS", () => {
  const three = ["Q1", "Q2", "Q3", "Q4", "一季度", "二季度", "三季度", "四季度", "单季"];
  const six = ["H1", "H2", "上半年", "下半年"];
  const nine = ["9M", "Q1-Q3", "前三季度", "1-9月", "前9个月"];
  const twelve = ["FY", "全年", "12M"];
  const rows: Row[] = [
    ...three.map((l): Row => ["→ 3", "PERIODMONTHS", [l], 3]),
    ...six.map((l): Row => ["→ 6", "PERIODMONTHS", [l], 6]),
    ...nine.map((l): Row => ["→ 9", "PERIODMONTHS", [l], 9]),
    ...twelve.map((l): Row => ["→ 12", "PERIODMONTHS", [l], 12]),
    ["三季度 alone is Q3", "PERIODMONTHS", ["三季度"], 3],
    ["unknown → #VALUE!", "PERIODMONTHS", ["sometime"], err("#VALUE!", /\blabel\b/)],
    ["unknown → #VALUE!", "PERIODMONTHS", ["Q5"], err("#VALUE!", /\blabel\b/)],
  ];
  for (let n = 1; n <= 12; n++) {
    rows.push(["nM → n", "PERIODMONTHS", [`${n}M`], n]);
    rows.push(["1-n月 → n", "PERIODMONTHS", [`1-${n}月`], n]);
    rows.push(["前n个月 → n", "PERIODMONTHS", [`前${n}个月`], n]);
  }
  table(rows);
});

describe("PARSECN", () => {
  table([
    // §3 examples
    ["§3", "PARSECN", ["3.77亿元"], 377000000],
    ["§3", "PARSECN", ["1000亿美元"], 100000000000],
    ["§3", "PARSECN", ["5亿"], 500000000],
    ["§3", "PARSECN", ["30元"], 30],
    ["§3 vague in mode 0 → #N/A", "PARSECN", ["数百万"], err("#N/A")],
    ["§3 vague in mode 0 (explicit) → #N/A", "PARSECN", ["数百万", 0], err("#N/A")],
    ["§3 vague in mode 1 → floor 2 × unit", "PARSECN", ["数百万", 1], 2000000],
    ["§3", "PARSECN", ["约3,770万元"], 37700000],
    // pure Chinese numerals
    ["§3 Chinese numerals", "PARSECN", ["三点七七亿"], 377000000],
    ["§3 Chinese numerals", "PARSECN", ["十二万三千"], 123000],
    ["§3 financial forms", "PARSECN", ["壹佰贰拾"], 120],
    ["§3 colloquial", "PARSECN", ["二十四万二"], 242000],
    ["§3 colloquial", "PARSECN", ["3万5千"], 35000],
    ["§3 破亿 alone", "PARSECN", ["破亿"], 100000000],
    ["§3 兆 is ambiguous → #N/A", "PARSECN", ["3兆"], err("#N/A")],
    // units whose exponents add
    ["unit 十", "PARSECN", ["3十"], 30],
    ["unit 百", "PARSECN", ["3百"], 300],
    ["unit 千", "PARSECN", ["3千"], 3000],
    ["unit 万", "PARSECN", ["3万"], 30000],
    ["unit 百万", "PARSECN", ["3百万"], 3000000],
    ["unit 千亿", "PARSECN", ["3千亿"], 300000000000],
    ["unit 万亿", "PARSECN", ["3万亿"], 3000000000000],
    ["financial 萬", "PARSECN", ["3萬"], 30000],
    ["financial 億", "PARSECN", ["3億"], 300000000],
    ["financial 仟", "PARSECN", ["3仟"], 3000],
    ["financial 拾", "PARSECN", ["3拾"], 30],
    ["financial 佰", "PARSECN", ["3佰"], 300],
    ["string exponent: 36.05亿 is exact", "PARSECN", ["36.05亿"], 3605000000],
    // NFKC, spaces, separators
    ["full-width digits", "PARSECN", ["３６.０５亿元"], 3605000000],
    ["full-width ￥", "PARSECN", ["￥30"], 30],
    ["spaces", "PARSECN", ["3.77 亿 元"], 377000000],
    ["thousands separators", "PARSECN", ["1,234,567元"], 1234567],
    // hedge words (the anchor value is returned)
    ...["约", "近", "逾", "超", "超过", "破", "过", "达", "高达", "上"].map((h): Row => [`hedge ${h}`, "PARSECN", [`${h}3亿`], 300000000]),
    ...["左右", "上下", "多", "余"].map((h): Row => [`hedge ${h}`, "PARSECN", [`3亿${h}`], 300000000]),
    // signs
    ["sign -", "PARSECN", ["-3.77亿"], -377000000],
    ["sign −", "PARSECN", ["−3.77亿"], -377000000],
    ["sign 负", "PARSECN", ["负3.77亿"], -377000000],
    // English suffixes
    ["k", "PARSECN", ["5k"], 5000],
    ["m", "PARSECN", ["5m"], 5000000],
    ["mn", "PARSECN", ["5mn"], 5000000],
    ["bn", "PARSECN", ["1.5bn"], 1500000000],
    ["b", "PARSECN", ["1.5b"], 1500000000],
    ["tn", "PARSECN", ["2tn"], 2000000000000],
    ["US$", "PARSECN", ["US$1.5bn"], 1500000000],
    ["$", "PARSECN", ["$5m"], 5000000],
    // edge rules
    ["leftover text → #VALUE!", "PARSECN", ["3.77亿元abc"], err("#VALUE!", /\btext\b/)],
    ["garbage → #VALUE!", "PARSECN", ["hello"], err("#VALUE!", /\btext\b/)],
    ["a number passes through", "PARSECN", [12345.5], 12345.5],
    ["a negative number passes through", "PARSECN", [-7], -7],
    ["blank text → blank result, never null", "PARSECN", [null], ""],
  ]);
});

describe("PARSECN.CURRENCY", () => {
  table([
    ...["100元", "100人民币", "RMB100", "¥100", "￥100", "100块"].map((t): Row => ["CNY", "PARSECN.CURRENCY", [t], "CNY"]),
    ...["100美元", "100美金", "$100", "US$100"].map((t): Row => ["USD", "PARSECN.CURRENCY", [t], "USD"]),
    ...["100港元", "100港币", "HK$100"].map((t): Row => ["HKD", "PARSECN.CURRENCY", [t], "HKD"]),
    ...["100欧元", "€100", "EUR100"].map((t): Row => ["EUR", "PARSECN.CURRENCY", [t], "EUR"]),
    ...["100日元", "JPY100"].map((t): Row => ["JPY", "PARSECN.CURRENCY", [t], "JPY"]),
    ...["100英镑", "£100", "GBP100"].map((t): Row => ["GBP", "PARSECN.CURRENCY", [t], "GBP"]),
    ["none → \"\"", "PARSECN.CURRENCY", ["5亿"], ""],
    ["a plain number names none", "PARSECN.CURRENCY", [500000000], ""],
    ["does not parse → #VALUE!", "PARSECN.CURRENCY", ["hello"], err("#VALUE!", /\btext\b/)],
    ["leftover → #VALUE!", "PARSECN.CURRENCY", ["3亿美元xyz"], err("#VALUE!", /\btext\b/)],
  ]);
});

describe("FORMATCN", () => {
  table([
    ["亿 when abs ≥ 1e8", "FORMATCN", [1e8, 2, ""], "1.00亿"],
    ["万 when abs ≥ 1e4", "FORMATCN", [1e4, 2, ""], "1.00万"],
    ["万 just below 1e8", "FORMATCN", [37700000, 2, "元"], "3770.00万元"],
    ["no unit below 1e4", "FORMATCN", [9999, 2, ""], "9999.00"],
    ["defaults: 2 decimals, no suffix", "FORMATCN", [3605000000], "36.05亿"],
    ["null optionals take their defaults", "FORMATCN", [3605000000, null, null], "36.05亿"],
    ["trailing zeros kept", "FORMATCN", [12000, 3, ""], "1.200万"],
    ["trailing zeros kept (亿)", "FORMATCN", [100000000000, 2, "美元"], "1000.00亿美元"],
    ["sign kept", "FORMATCN", [-377000000, 2, "元"], "-3.77亿元"],
    ["sign kept (万)", "FORMATCN", [-12345, 1, ""], "-1.2万"],
    ["half away from zero: 1.005 → 1.01", "FORMATCN", [1.005, 2, ""], "1.01"],
    ["half away from zero: −1.005 → −1.01", "FORMATCN", [-1.005, 2, ""], "-1.01"],
    ["half away from zero: 2.5 → 3", "FORMATCN", [2.5, 0, ""], "3"],
    ["half away from zero: −2.5 → −3", "FORMATCN", [-2.5, 0, ""], "-3"],
    ["half away from zero in 万: 1.235万 → 1.24万", "FORMATCN", [12350, 2, ""], "1.24万"],
    ["0 decimals", "FORMATCN", [3605000000, 0, "元"], "36亿元"],
    ["zero", "FORMATCN", [0, 2, ""], "0.00"],
    ["amount text is read first", "FORMATCN", ["36.05亿元", 2, "元"], "36.05亿元"],
  ]);
});

// ---------------------------------------------------------------------------------------------
// §1 reading an argument, through real functions
// ---------------------------------------------------------------------------------------------

describe("§1 numeric text", () => {
  table([
    ["\"3.77\"", "LOSSRATIO", ["3.77", 1], 3.77],
    ["\"1,234\"", "LOSSRATIO", ["1,234", 1], 1234],
    ["\"-1,234.5\"", "LOSSRATIO", ["-1,234.5", 1], -1234.5],
    ["\"12%\" → 0.12", "RULEOF40", ["12%", 0], 0.12],
    ["\"12%\" → 0.12 in a rate", "LTV", [500, "70%", "5%"], 7000],
    ["percent margin in CACPAYBACK", "CACPAYBACK", [1200, 200, "80%"], 7.5],
    ["\"1e6\"", "ARPU", ["1e6", 10], 100000],
    ["text divisor \"0\" → #DIV/0!", "LOSSRATIO", [1, "0"], DIV0],
  ]);
});

describe("§1 amount text in any numeric argument", () => {
  table([
    ["LOSSRATIO of 亿元 text", "LOSSRATIO", ["36.05亿元", "3.77亿元"], 9.562334217506631],
    ["mixed text and number", "LOSSRATIO", ["36.05亿元", 377000000], 9.562334217506631],
    ["English amounts", "LOSSRATIO", ["US$1.5bn", "$500m"], 3],
    ["units without currency", "ARPU", ["1万", 100], 100],
    ["hedged amount", "CAC", ["约3,770万元", 10], 3770000],
    ["currency mismatch → #VALUE!", "LOSSRATIO", ["1000亿美元", "3.77亿元"], err("#VALUE!", /currency mismatch/)],
    ["currency mismatch in later args", "BREAKEVENPAID", ["36.05亿元", "20美元"], err("#VALUE!", /currency mismatch/)],
    ["same currency twice is fine", "LOSSRATIO", ["1000亿美元", "500亿美元"], 2],
    ["one currency and a bare number is fine", "LOSSRATIO", ["1000亿美元", 5e10], 2],
    ["vague amount in a numeric argument → #N/A", "LOSSRATIO", ["数百万", 1], err("#N/A", /\bnetLoss\b/)],
    ["兆 in a numeric argument → #N/A", "LOSSRATIO", ["3兆", 1], err("#N/A", /\bnetLoss\b/)],
  ]);
  test("the currency rule is per result cell: a range of different currencies is fine when each cell agrees", () => {
    const { cells } = evaluate(CATALOGUE["LOSSRATIO"]!, [[["10亿美元"], ["10亿元"]], [["5亿美元"], ["5亿元"]]]);
    expect(cells).toEqual([[2], [2]]);
  });
});

describe("§1 blanks and omitted optionals", () => {
  table([
    ["blank (null) divisor → 0 → #DIV/0!", "LOSSRATIO", [3605000000, null], DIV0],
    ["blank (\"\") divisor → 0 → #DIV/0!", "LOSSRATIO", [3605000000, ""], DIV0],
    ["blank (0, older desktop) divisor → #DIV/0!", "LOSSRATIO", [3605000000, 0], DIV0],
    ["blank (undefined) divisor → #DIV/0!", "LOSSRATIO", [3605000000, undefined], DIV0],
    ["blank numerator → 0", "LOSSRATIO", [null, 377000000], 0],
    ["blank \"\" numerator → 0", "LOSSRATIO", ["", 377000000], 0],
    ["blank prior → #DIV/0!", "GROWTH", [90, ""], DIV0],
    ["blank revenue → #DIV/0!", "GROSSMARGIN", [null, 30], DIV0],
    ["blank months (required) → 0 → #NUM!", "ANNUALIZE", [377e6, null], NUM],
    ["blank months in MONTHLYBURN → 0 → #NUM!", "MONTHLYBURN", [100e6, 40e6, ""], NUM],
    ["blank churn without cap → #DIV/0!", "LTV", [500, 0.7, null], DIV0],
    ["blank burn → 0 → not burning", "RUNWAY", [250000, ""], err("#N/A", /not burning/)],
    ["blank arppu → 0 → never breaks even", "BREAKEVENPAID", [3605000000, null], err("#N/A", /never breaks even/)],
    ["blank payingRate → 0 → nobody pays", "BREAKEVENMAU", [1e8, 30, null], err("#N/A", /nobody pays/)],
    ["omitted optional: SUBSIDYCPA share", "SUBSIDYCPA", [3e9, 1e8], 30],
    ["null optional: SUBSIDYCPA share", "SUBSIDYCPA", [3e9, 1e8, null], 30],
    ["omitted optional: LTV cap", "LTV", [500, 0.7, 0.05], 7000],
    ["null optional: LTV cap", "LTV", [500, 0.7, 0.05, null], 7000],
    ["omitted optionals: BREAKEVENPAID", "BREAKEVENPAID", [3605000000, 20], 180250000],
    ["omitted optionals: BREAKEVENMAU", "BREAKEVENMAU", [1e8, 30, 0.01], approx(1e8 / 0.3)],
    ["omitted optional: MONTHLYBURN inflows", "MONTHLYBURN", [100e6, 40e6, 12], 5000000],
    ["omitted optional: RUNWAY growth", "RUNWAY", [250000, 50000], 5],
    ["omitted optional: RAISENEEDED cash", "RAISENEEDED", [2e6, 18], 36000000],
    ["omitted optionals: FORMATCN", "FORMATCN", [3605000000], "36.05亿"],
    ["omitted optional: PARSECN mode", "PARSECN", ["数百万"], err("#N/A")],
    ["null optional: PARSECN mode", "PARSECN", ["数百万", null], err("#N/A")],
  ]);
  test("omitted optionals arrive as [[null]] ranges too", () => {
    expect(call("SUBSIDYCPA", [[[3e9]], [[1e8]], [[null]]])).toBe(30);
    expect(call("LTV", [[[500]], [[0.7]], [[0.05]], [[null]]])).toBe(7000);
  });
});

/** Every numeric parameter of every function, by the spec's parameter names, with valid values for the others. */
const VALID_CALLS: ReadonlyArray<readonly [id: string, params: readonly string[], args: readonly RawArg[]]> = [
  ["LOSSRATIO", ["netLoss", "revenue"], [3605000000, 377000000]],
  ["NETMARGIN", ["netIncome", "revenue"], [-15e6, 4e6]],
  ["GROSSMARGIN", ["revenue", "costOfRevenue"], [100, 30]],
  ["GROWTH", ["current", "prior"], [90, 100]],
  ["RULEOF40", ["revenueGrowth", "profitMargin"], [0.6, -0.2]],
  ["PAYINGRATE", ["payingUsers", "activeUsers"], [1100, 50000]],
  ["ARPU", ["revenue", "users"], [100000, 10000]],
  ["ARPPU", ["revenue", "payingUsers"], [100000, 1000]],
  ["CAC", ["acquisitionSpend", "newCustomers"], [20000, 10]],
  ["SUBSIDYCPA", ["subsidySpend", "newUsers", "retainedShare"], [3e9, 1e8, 1]],
  ["CACPAYBACK", ["cac", "monthlyArpu", "grossMargin"], [1200, 200, 0.8]],
  ["LTV", ["arpu", "grossMargin", "churnRate", "lifetimeCap"], [500, 0.7, 0.05, 24]],
  ["LTVCAC", ["ltv", "cac"], [7000, 2000]],
  ["BURNMULTIPLE", ["netBurn", "netNewArr"], [4e6, 5e6]],
  ["MONTHLYBURN", ["cashStart", "cashEnd", "months", "financingInflows"], [100e6, 40e6, 12, 0]],
  ["RUNWAY", ["cash", "monthlyNetBurn", "burnGrowth"], [250000, 50000, 0]],
  ["RAISENEEDED", ["monthlyNetBurn", "targetMonths", "cash"], [2e6, 18, 0]],
  ["BREAKEVENPAID", ["loss", "monthlyArppu", "contributionMargin", "months"], [3605000000, 20, 1, 9]],
  ["BREAKEVENMAU", ["loss", "monthlyArppu", "payingRate", "contributionMargin", "months"], [1e8, 30, 0.01, 0.5, 1]],
  ["ANNUALIZE", ["amount", "months"], [377e6, 9]],
  ["PARSECN", ["text", "mode"], ["36.05亿元", 0]],
  ["PARSECN.CURRENCY", ["text"], ["1000亿美元"]],
  ["PERIODMONTHS", ["label"], ["H1"]],
  ["FORMATCN", ["amount", "decimals"], [3605000000, 2, "元"]],
];

/** Bad values, and how the message must show what was received (error policy: "which parameter, what was received"). */
const BAD_VALUES: ReadonlyArray<readonly [label: string, value: RawArg, received: RegExp]> = [
  ["TRUE", true, /TRUE/i],
  ["FALSE", false, /FALSE/i],
  ["garbage text", "abc", /abc/],
  ["NaN", NaN, /NaN/],
  ["Infinity", Infinity, /Infinity/],
  ["-Infinity", -Infinity, /-Infinity/],
];

describe("§1 booleans, garbage, NaN and ±Infinity → #VALUE! naming the parameter", () => {
  const rows = VALID_CALLS.flatMap(([id, params, args]) =>
    params.flatMap((param, index) =>
      BAD_VALUES.map(([label, bad, received]) => {
        const withBad = args.slice();
        withBad[index] = bad;
        return [`${id} ${param} = ${label}`, id, withBad, param, received] as const;
      }),
    ),
  );
  test.each(rows)("%s names the parameter", (_title, id, args, param) => {
    expectCell(call(id, args), err("#VALUE!", new RegExp(`\\b${param.replace(".", "\\.")}\\b`)));
  });
  // One test per function (one root cause fails them all together): every bad value's message
  // shows what was received.
  test.each(VALID_CALLS.map(([id]) => id))("%s: each message says what was received", (id) => {
    const silent = rows
      .filter((row) => row[1] === id)
      .flatMap(([title, , args, , received]) => {
        const message = (call(id, args) as XlError).message("en") ?? "";
        return received.test(message) ? [] : [`${title}: "${message}"`];
      });
    expect(silent).toEqual([]);
  });

  test("the valid calls above are valid (the rows test one bad value at a time)", () => {
    for (const [id, , args] of VALID_CALLS) {
      const cell = call(id, args);
      expect([id, cell instanceof XlError]).toEqual([id, false]);
    }
  });
});

describe("§1 an error value inside a range propagates into its own cell", () => {
  test.each<readonly [code: ErrorCode]>([["#DIV/0!"], ["#N/A"], ["#NUM!"], ["#VALUE!"]])("%s", (code) => {
    const { cells } = evaluate(CATALOGUE["LOSSRATIO"]!, [[[3605000000], [{ code }], [754000000]], 377000000]);
    expect(cells[0]![0]).toBe(9.562334217506631);
    expect((cells[1]![0] as XlError).code).toBe(code);
    expect(cells[2]![0]).toBe(2);
  });
  test("in the divisor too", () => {
    const { cells } = evaluate(CATALOGUE["GROWTH"]!, [90, [[100, { code: "#DIV/0!" }]]]);
    expect(cells[0]![0]).toBe(-0.1);
    expect((cells[0]![1] as XlError).code).toBe("#DIV/0!");
  });
});

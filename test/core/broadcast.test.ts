/**
 * §1 "Ranges and arrays": every function broadcasts like Excel's native arithmetic (=A1:A3/B1:B3).
 * Each result cell uses the corresponding cell of each argument; a 1×1 argument, a single row or a
 * single column repeats along the other dimension; cells beyond a smaller argument that cannot
 * repeat are #N/A; an error stays in its cell; the result is max rows × max cols.
 */
import fc from "fast-check";
import { CATALOGUE } from "../../src/core/catalogue";
import { type RawArg, evaluate } from "../../src/core/evaluate";
import type { Cell, RawCell } from "../../src/core/spec";
import { XlError } from "../../src/core/xlerror";

type Matrix = RawCell[][];

const lossRatio = (...args: RawArg[]): Cell[][] => evaluate(CATALOGUE["LOSSRATIO"]!, args).cells;

/** Result cells with errors replaced by their codes, for readable `toEqual` tables. */
const codes = (cells: Cell[][]): (number | string | boolean)[][] =>
  cells.map((row) => row.map((cell) => (cell instanceof XlError ? cell.code : cell)));

const NA = "#N/A";

describe("broadcasting like Excel's arithmetic", () => {
  test("a column against a row gives a grid (ARPPUs × margins)", () => {
    const breakEven = evaluate(CATALOGUE["BREAKEVENPAID"]!, [1200, [[10], [20], [40]], [[0.5, 1]]]).cells;
    expect(breakEven).toEqual([
      [240, 120],
      [120, 60],
      [60, 30],
    ]);
    expect(lossRatio([[10], [20]], [[1, 2, 4]])).toEqual([
      [10, 5, 2.5],
      [20, 10, 5],
    ]);
  });

  test("a row against a column gives the transposed grid", () => {
    expect(lossRatio([[10, 20]], [[1], [2], [4]])).toEqual([
      [10, 20],
      [5, 10],
      [2.5, 5],
    ]);
  });

  test("a 1×1 argument repeats over the other's shape", () => {
    expect(lossRatio([[10, 20], [30, 40]], [[10]])).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(lossRatio(100, [[1, 2], [4, 5]])).toEqual([
      [100, 50],
      [25, 20],
    ]);
    expect(lossRatio([[100]], [[4]])).toEqual([[25]]);
  });

  test("equal shapes pair cell by cell", () => {
    expect(lossRatio([[1, 2, 3], [4, 5, 6]], [[1, 2, 3], [4, 5, 6]])).toEqual([
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(lossRatio([[6], [8], [9]], [[3], [4], [3]])).toEqual([[2], [2], [3]]);
  });

  test("a single row repeats down a full matrix; a single column repeats across it", () => {
    expect(lossRatio([[10, 20, 40]], [[1, 2, 4], [10, 20, 40]])).toEqual([
      [10, 10, 10],
      [1, 1, 1],
    ]);
    expect(lossRatio([[12], [24]], [[1, 2, 3], [4, 6, 8]])).toEqual([
      [12, 6, 4],
      [6, 4, 3],
    ]);
  });

  test("2×2 with 3×3: the cells outside the 2×2 are #N/A", () => {
    const cells = lossRatio(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
    );
    expect(codes(cells)).toEqual([
      [1, 2, NA],
      [3, 4, NA],
      [NA, NA, NA],
    ]);
    const na = cells[2]![2] as XlError;
    expect(na.message("en")).toEqual(expect.any(String));
  });

  test("2×3 with 3×2: each argument leaves its own #N/A band", () => {
    expect(codes(lossRatio([[1, 2, 3], [4, 5, 6]], [[1, 1], [1, 1], [1, 1]]))).toEqual([
      [1, 2, NA],
      [4, 5, NA],
      [NA, NA, NA],
    ]);
  });

  test("a 2-row column against a 3-row column: the third row is #N/A", () => {
    expect(codes(lossRatio([[1], [2]], [[1], [1], [1]]))).toEqual([[1], [2], [NA]]);
  });

  test("a column against a 3×2 matrix with 2 rows: #N/A rows below", () => {
    expect(codes(lossRatio([[10, 20]], [[1], [2], [5]]))).toEqual([
      [10, 20],
      [5, 10],
      [2, 4],
    ]);
    expect(codes(lossRatio([[10, 20], [30, 40]], [[1], [2], [5]]))).toEqual([
      [10, 20],
      [15, 20],
      [NA, NA],
    ]);
  });

  test("an error in one cell stays in that cell; the others still compute", () => {
    const cells = lossRatio([[3605000000, 100, "abc", 5]], [[377000000, 0, 10, -1]]);
    expect(cells[0]![0]).toBe(9.562334217506631);
    expect(codes(cells)).toEqual([[9.562334217506631, "#DIV/0!", "#VALUE!", "#NUM!"]]);
    expect((cells[0]![2] as XlError).message("en")).toMatch(/netLoss/);
  });

  test("an error value inside a range only affects its own cell", () => {
    expect(codes(lossRatio([[10, { code: "#N/A" }, 30]], 10))).toEqual([[1, "#N/A", 3]]);
  });

  test("a currency mismatch is decided per cell", () => {
    const cells = evaluate(CATALOGUE["LOSSRATIO"]!, ["1000亿美元", [["500亿美元", "3.77亿元", 5e10]]]).cells;
    expect(codes(cells)).toEqual([[2, "#VALUE!", 2]]);
    expect((cells[0]![1] as XlError).message("en")).toMatch(/currency mismatch/);
  });

  test("optional arguments broadcast too; blank cells take the default", () => {
    expect(evaluate(CATALOGUE["SUBSIDYCPA"]!, [3e9, 1e8, [[1, 0.5, null]]]).cells).toEqual([[30, 60, 30]]);
    expect(codes(evaluate(CATALOGUE["LTV"]!, [500, 0.7, [[0.05], [0]], [[null, 24]]]).cells)).toEqual([
      [7000, 7000],
      ["#DIV/0!", 8400],
    ]);
  });

  test("five arguments of five shapes", () => {
    const cells = evaluate(CATALOGUE["BREAKEVENMAU"]!, [
      [[1e8]],
      [[30], [60]],
      [[0.01, 0.02]],
      [[0.5, 1], [1, 0.5]],
      1,
    ]).cells;
    expect(cells).toEqual([
      [1e8 / (((30 * 0.5) * 1) * 0.01), 1e8 / (((30 * 1) * 1) * 0.02)],
      [1e8 / (((60 * 1) * 1) * 0.01), 1e8 / (((60 * 0.5) * 1) * 0.02)],
    ]);
  });

  test("text functions broadcast, and blank cells give \"\", never null", () => {
    const parsed = evaluate(CATALOGUE["PARSECN"]!, [[["3.77亿元"], [null], ["数百万"]], [[0, 1]]]).cells;
    expect(codes(parsed)).toEqual([
      [377000000, 377000000],
      ["", ""],
      ["#N/A", 2000000],
    ]);
    expect(evaluate(CATALOGUE["FORMATCN"]!, [[[3605000000, 12345]], [[2], [0]], "元"]).cells).toEqual([
      ["36.05亿元", "1.23万元"],
      ["36亿元", "1万元"],
    ]);
  });

  test("a 1×1 result is a single cell", () => {
    expect(lossRatio(3605000000, 377000000)).toEqual([[9.562334217506631]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties on random shapes, for every function (every arity in the catalogue)
// ---------------------------------------------------------------------------------------------

/** Valid scalar values per function, so that most cells compute and the shape rule is what is tested. */
const VALID_CELLS: Readonly<Record<string, readonly (readonly RawCell[])[]>> = {
  LOSSRATIO: [[3605000000, -5, 0], [377000000, 2, 0]],
  NETMARGIN: [[-15e6, 7], [4e6, 3]],
  GROSSMARGIN: [[100, 50], [30, 0]],
  GROWTH: [[90, 150], [100, 3]],
  RULEOF40: [[0.6, 0.1], [-0.2, 0.3]],
  PAYINGRATE: [[1100, 0], [50000, 2000]],
  ARPU: [[100000, -7], [10000, 4]],
  ARPPU: [[100000, 3], [1000, 7]],
  CAC: [[20000, 5], [10, 3]],
  SUBSIDYCPA: [[3e9, 7], [1e8, 2], [1, 0.5, null]],
  CACPAYBACK: [[1200, 30], [200, 7], [0.8, 0.5]],
  LTV: [[500, 20], [0.7, 0.4], [0.05, 0.3], [null, 24]],
  LTVCAC: [[7000, -3], [2000, 7]],
  BURNMULTIPLE: [[4e6, -1], [5e6, 3]],
  MONTHLYBURN: [[100e6, 7], [40e6, 9], [12, "H1"], [0, 5, null]],
  RUNWAY: [[250000, 9], [50000, 2], [0, 0.1, null]],
  RAISENEEDED: [[2e6, 3], [18, "FY"], [0, 1e6, null]],
  BREAKEVENPAID: [[3605000000, 100], [20, 3], [1, 0.5, null], [9, "前三季度", null]],
  BREAKEVENMAU: [[1e8, 70], [30, 3], [0.01, 0.5], [0.5, 1, null], [1, 9, null]],
  ANNUALIZE: [[377e6, -3], [9, "H1", 12]],
  PERIODMONTHS: [["H1", "前三季度", 9]],
  PARSECN: [["36.05亿元", "5亿", 12], [0, 1, null]],
  "PARSECN.CURRENCY": [["1000亿美元", "5亿", "￥3"]],
  FORMATCN: [[3605000000, 12345, -7], [2, 0, null], ["元", "", null]],
};

const IDS = Object.keys(CATALOGUE);

test("VALID_CELLS covers every function of the catalogue with its arity", () => {
  expect(Object.keys(VALID_CELLS).sort()).toEqual([...IDS].sort());
  for (const id of IDS) expect([id, VALID_CELLS[id]!.length]).toEqual([id, CATALOGUE[id]!.params.length]);
});

interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** A random matrix of the given shape, its cells drawn from the pool of valid values. */
const matrixOf = (pool: readonly RawCell[], shape: Shape): fc.Arbitrary<Matrix> =>
  fc.array(fc.array(fc.constantFrom(...pool), { minLength: shape.cols, maxLength: shape.cols }), {
    minLength: shape.rows,
    maxLength: shape.rows,
  });

/** Shapes that matter: 1×1, 1×n, n×1 and general, up to 6×6. */
const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  fc.constant({ rows: 1, cols: 1 }),
  fc.integer({ min: 1, max: 6 }).map((cols) => ({ rows: 1, cols })),
  fc.integer({ min: 1, max: 6 }).map((rows) => ({ rows, cols: 1 })),
  fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) }),
);

/** The arguments of one call: one random matrix (or bare scalar) per parameter. */
function argsArb(id: string): fc.Arbitrary<{ shapes: Shape[]; args: RawArg[] }> {
  const pools = VALID_CELLS[id]!;
  return fc
    .tuple(...pools.map(() => shapeArb))
    .chain((shapes) =>
      fc
        .tuple(...pools.map((pool, k) => fc.tuple(matrixOf(pool, shapes[k]!), fc.boolean())))
        .map((pairs) => ({
          shapes,
          // A 1×1 argument may also arrive as a bare scalar (a preview or a test).
          args: pairs.map(([m, bare], k): RawArg => (bare && shapes[k]!.rows === 1 && shapes[k]!.cols === 1 ? m[0]![0]! : m)),
        })),
    );
}

/** The cell of argument `m` used for result cell (r, c), or undefined when outside it. */
function pick(arg: RawArg, r: number, c: number): { cell: RawCell } | undefined {
  if (!Array.isArray(arg)) return { cell: arg as RawCell };
  const m = arg as Matrix;
  const h = m.length;
  const w = m[0]!.length;
  const rr = h === 1 ? 0 : r;
  const cc = w === 1 ? 0 : c;
  if (rr >= h || cc >= w) return undefined;
  return { cell: m[rr]![cc] };
}

describe.each(IDS)("%s broadcasts on random shapes", (id) => {
  const spec = CATALOGUE[id]!;

  test("result shape = max rows × max cols; each in-range cell equals the scalar call; the rest are #N/A", () => {
    fc.assert(
      fc.property(argsArb(id), ({ shapes, args }) => {
        const { cells, errorCount } = evaluate(spec, args);
        const rows = Math.max(...shapes.map((s) => s.rows));
        const cols = Math.max(...shapes.map((s) => s.cols));
        expect(cells).toHaveLength(rows);
        for (const row of cells) expect(row).toHaveLength(cols);

        let errors = 0;
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            const cell = cells[r]![c]!;
            if (cell instanceof XlError) errors++;
            const picked = args.map((arg) => pick(arg, r, c));
            if (picked.some((p) => p === undefined)) {
              expect(cell).toBeInstanceOf(XlError);
              expect((cell as XlError).code).toBe("#N/A");
            } else {
              const scalar = evaluate(
                spec,
                picked.map((p) => p!.cell),
              ).cells;
              expect(scalar).toHaveLength(1);
              expect(cell).toEqual(scalar[0]![0]);
            }
          }
        }
        expect(errorCount).toBe(errors);
      }),
      { numRuns: 150, seed: 20250607 },
    );
  });
});

describe("shape rule for every arity, with arbitrary (also invalid) cells", () => {
  const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
    fc.double(),
    fc.integer({ min: -100, max: 100 }),
    fc.constantFrom<RawCell>(null, "", "abc", "3.77亿元", "12%", true, { code: "#N/A" }, "H1", "1000亿美元"),
  );
  const matrixArb = fc
    .record({ rows: fc.integer({ min: 1, max: 8 }), cols: fc.integer({ min: 1, max: 8 }) })
    .chain(({ rows, cols }) => fc.array(fc.array(anyCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

  const arities = [...new Set(IDS.map((id) => CATALOGUE[id]!.params.length))].sort();
  test.each(arities)("arity %d", (arity) => {
    const ids = IDS.filter((id) => CATALOGUE[id]!.params.length === arity);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.array(matrixArb, { minLength: arity, maxLength: arity }), (id, args) => {
        const { cells } = evaluate(CATALOGUE[id]!, args);
        const rows = Math.max(...args.map((m) => m.length));
        const cols = Math.max(...args.map((m) => m[0]!.length));
        expect(cells.length).toBe(rows);
        for (const row of cells) expect(row.length).toBe(cols);
        const isOutside = (m: Matrix, r: number, c: number): boolean =>
          (m.length !== 1 && r >= m.length) || (m[0]!.length !== 1 && c >= m[0]!.length);
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            const first = args.findIndex((m) => isOutside(m, r, c));
            if (first < 0) continue;
            const cell = cells[r]![c];
            expect(cell).toBeInstanceOf(XlError);
            // As in Excel ("abc"/#N/A is #VALUE!), an unreadable cell of an earlier argument is
            // reported first; otherwise the cell beyond the smaller argument is #N/A.
            const earlierBad = args.slice(0, first).some((m) => {
              const v = m[m.length === 1 ? 0 : r]![m[0]!.length === 1 ? 0 : c];
              return !(typeof v === "number" && Number.isFinite(v));
            });
            if (!earlierBad) expect((cell as XlError).code).toBe("#N/A");
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe("the two-number fast path gives the same cells as the general path", () => {
  const numbers = fc.oneof(
    fc.double(),
    fc.double({ min: -2, max: 2, noNaN: true }),
    fc.integer({ min: -20, max: 20 }),
    fc.constantFrom(0, -0, 1, 12, 13, 1e308, 5e-324, -5e-324, Infinity, NaN),
  );
  const grid = fc
    .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })
    .chain(({ rows, cols }) => fc.array(fc.array(numbers, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));
  const binaryIds = IDS.filter((id) => CATALOGUE[id]!.params.length === 2);

  test.each(binaryIds)("%s", (id) => {
    const spec = CATALOGUE[id]!;
    // The same function without any fast path: only `compute` decides.
    const general = { id: spec.id, params: spec.params, compute: spec.compute };
    fc.assert(
      fc.property(grid, grid, (a, b) => {
        expect(evaluate(spec, [a, b])).toEqual(evaluate(general, [a, b]));
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

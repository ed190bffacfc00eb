/**
 * Fuzz: nothing escapes the Excel adapter as NaN, Infinity, undefined, null or a throw.
 *
 * For every catalogue function, 2,500 generated argument lists (fixed seed, reproducible) go
 * through `run` — the path Excel calls — with every kind of value Excel or a careless caller can
 * send: special doubles, integers, amount/percent/period text, garbage, very long text, blanks,
 * booleans, error values and ranges of random shapes up to 50×50 mixing all of these.
 * Every result must be a non-empty rectangular 2-D array of the broadcast shape whose cells are
 * finite numbers, strings, or error values with a code among #VALUE!, #N/A, #DIV/0!, #NUM!, and
 * #NULL! when an argument cell holds #NULL! (passed on as =A1/B1 does).
 */
import fc from "fast-check";
import { CATALOGUE } from "../../src/core/catalogue";
import type { RawArg } from "../../src/core/evaluate";
import type { RawCell } from "../../src/core/spec";
import { PreviewError, run } from "../../src/functions/excel";

/** Seeded, so every run draws the same lists; 2,500 a function keeps `npm test` within its time. */
const LISTS_PER_FUNCTION = 2_500;
const BASE_SEED = 0x5eed_2025;
const ERROR_CODES: ReadonlySet<string> = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);
const LARGE_SIDE = 50;

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

const SPECIAL_NUMBERS: readonly number[] = [
  0, -0, Infinity, -Infinity, NaN, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, -5e-324,
  2.2250738585072014e-308, Number.EPSILON, 1, -1, 0.5, 1.5, 2, 3, 9, 12, 13, 0.01, 0.99, 1.01, -0.99, -1.01,
  1e-9, -1e-9, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, 1e21, 1.005, -1.005, 99999999.999, 9999.995, 3605000000, 377000000,
];

const AMOUNT_TEXTS: readonly string[] = [
  "36.05亿元", "3.77亿元", "1000亿美元", "5亿", "30元", "约3,770万元", "数百万", "几十亿美元", "数千万元", "3兆", "兆",
  "三点七七亿", "十二万三千", "壹佰贰拾", "二十四万二", "3万5千", "破亿", "上万", "近千万", "逾1000亿", "3亿元左右",
  "3亿多元", "人民币3亿元", "3亿元人民币", "US$1.5bn", "$5m", "5mn", "HK$3k", "€2tn", "£7b", "100日元", "100英镑",
  "￥３０", "RMB 1,234", "负3.77亿", "−5万", "-5万", "(1,234)", "1e400亿", "1e308亿", "9e307万", "1e-400亿", "0.000001亿",
  "3亿美元元", "3亿美元港元", "美元", "亿元", "千亿", "万亿", "百万", "零", "〇", "两千", "十", "十十", "亿亿", "1亿2",
  "1亿2000万", "1.5千万", "3萬", "3億", "3仟", "3拾", "3佰",
];

const NUMERIC_TEXTS: readonly string[] = [
  "12%", "1,234", "-1,234.5", "1e6", "3.77", ".5", "5.", "+7", "1,23", "100%", "-0", "0.0", "0", "1e308", "1e309",
  "-1e309", "5e-324", "1e-400", "12.3%", "1,234%", "%", "1,2,3", "0x10", "1_000", "  42  ", "4 2", "١٢٣", "𝟙𝟚𝟛", "0.99",
  "1.01", "-1", "13",
];

const PERIOD_TEXTS: readonly string[] = [
  "Q1", "Q4", "Q5", "H1", "H2", "H3", "9M", "12M", "13M", "0M", "FY", "TTM", "全年", "前三季度", "三季度", "一季度", "五季度",
  "上半年", "下半年", "1-9月", "7-9月", "9-7月", "前9个月", "前十二个月", "前十三个月", "9月", "Q1-Q3", "Q3-Q1", "2025年前三季度",
  "FY2025", "H1 2025", "2025", "2025年", "单季", "第三季度", "q3", "Ｑ３",
];

const GARBAGE_TEXTS: readonly string[] = [
  "", " ", "   ", "\t", "\n", "abc", "NaN", "Infinity", "-Infinity", "TRUE", "FALSE", "null", "undefined", "#N/A",
  "#DIV/0!", "{}", "[]", "元", "亿", "约", "-", ".", ",", "e5", "1e", "--1", "1..2", "\u0000", "\uD800", "\uFFFF",
  "😀", "🇨🇳", "a\u0301", "()", "(", ")", "负", "数", "几", "约约3亿", "3亿约", "¥", "$", "US$", "HK$",
];

const PIECES: readonly string[] = [
  "0", "1", "2", "3", "5", "7", "9", ".", "．", ",", "%", "-", "−", "+", "e", "E", "k", "m", "mn", "b", "bn", "tn",
  "$", "US$", "HK$", "¥", "￥", "€", "£", "元", "美元", "港元", "日元", "英镑", "人民币", "RMB", "块", "万", "亿", "千", "百",
  "十", "兆", "萬", "億", "仟", "佰", "拾", "点", "负", "数", "几", "零", "〇", "一", "二", "两", "三", "四", "五", "六",
  "七", "八", "九", "壹", "贰", "约", "近", "逾", "超", "超过", "破", "过", "达", "高达", "上", "左右", "上下", "多", "余",
  "Q", "H", "M", "FY", "季度", "前", "个月", "月", "年", "半年", "单季", " ", "(", ")", "０", "９", "Ｑ", "至", "~",
];

const LONG_PIECES: readonly string[] = ["9", "0", "一", "亿", "9,999", "1.5万", "a", "数", "前三季度", "约", "十", " ", "%", "e9"];

const ERROR_LIKE: readonly RawCell[] = [
  { code: "#N/A" }, { code: "#DIV/0!" }, { code: "#NUM!" }, { code: "#VALUE!" }, { code: "#REF!" }, { code: "#NULL!" },
  { code: 42 }, { code: undefined }, {},
];

const numberCell: fc.Arbitrary<RawCell> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
  { arbitrary: fc.double(), weight: 3 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double({ min: -2, max: 2, noNaN: true }), weight: 2 },
  // In-domain values (shares, months, amounts) so that the formulas themselves run often.
  { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 2 },
  { arbitrary: fc.double({ min: 0, max: 1e12, noNaN: true }), weight: 3 },
);

const longText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LONG_PIECES), fc.integer({ min: 100, max: 20_000 }), fc.constantFrom("", "亿元", "x", "%"))
  .map(([piece, n, tail]) => piece.repeat(Math.ceil(n / piece.length)) + tail);

const textCell: fc.Arbitrary<RawCell> = fc.oneof(
  { arbitrary: fc.constantFrom(...AMOUNT_TEXTS), weight: 4 },
  { arbitrary: fc.constantFrom(...NUMERIC_TEXTS), weight: 3 },
  { arbitrary: fc.constantFrom(...PERIOD_TEXTS), weight: 3 },
  { arbitrary: fc.constantFrom(...GARBAGE_TEXTS), weight: 2 },
  { arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join("")), weight: 4 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
  { arbitrary: fc.double().map((x) => String(x)), weight: 1 },
  { arbitrary: longText, weight: 1 },
);

const otherCell: fc.Arbitrary<RawCell> = fc.constantFrom<RawCell>(null, undefined, true, false, ...ERROR_LIKE);

const cellArb: fc.Arbitrary<RawCell> = fc.oneof(
  { arbitrary: numberCell, weight: 5 },
  { arbitrary: textCell, weight: 4 },
  { arbitrary: otherCell, weight: 2 },
);

// ---------------------------------------------------------------------------------------------
// Arguments: mostly scalars and small ranges, a fraction of large ones
// ---------------------------------------------------------------------------------------------

const matrixOf = (cell: fc.Arbitrary<RawCell>, side: number): fc.Arbitrary<RawCell[][]> =>
  fc
    .record({ rows: fc.integer({ min: 1, max: side }), cols: fc.integer({ min: 1, max: side }) })
    .chain(({ rows, cols }) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

/**
 * A range up to 50×50. Its cells come from a random pool laid out by a random stride, so a large
 * range still mixes every kind of cell without generating 2,500 values one by one.
 */
const largeMatrixOf = (cell: fc.Arbitrary<RawCell>): fc.Arbitrary<RawCell[][]> =>
  fc
    .record({
      rows: fc.integer({ min: 1, max: LARGE_SIDE }),
      cols: fc.integer({ min: 1, max: LARGE_SIDE }),
      pool: fc.array(cell, { minLength: 1, maxLength: 16 }),
      stride: fc.integer({ min: 1, max: 97 }),
    })
    .map(({ rows, cols, pool, stride }) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => pool[((r * cols + c) * stride) % pool.length]!)),
    );

/** Degenerate shapes Excel never sends but a caller might: no rows, or a row with no cells. */
const degenerate: fc.Arbitrary<RawArg> = fc.constantFrom<RawArg>([], [[]]);

/** One argument made of the given cells: mostly a scalar or a small range, now and then a large one. */
function argOf(cell: fc.Arbitrary<RawCell>): fc.Arbitrary<RawArg> {
  return fc.oneof(
    { arbitrary: cell as fc.Arbitrary<RawArg>, weight: 120 },
    { arbitrary: cell.map((one): RawArg => [[one]]), weight: 30 },
    { arbitrary: matrixOf(cell, 4), weight: 45 },
    { arbitrary: largeMatrixOf(cell), weight: 2 },
    { arbitrary: degenerate, weight: 1 },
  );
}

const mixedArg = argOf(cellArb);
/** Numbers only (special doubles included): lists of these reach the formulas and the output guard. */
const numericArg = argOf(numberCell);

/** All parameters, or (sometimes) trailing ones omitted, as a JavaScript caller may do. */
function argListArb(arity: number): fc.Arbitrary<RawArg[]> {
  return fc.oneof(
    { arbitrary: fc.array(mixedArg, { minLength: arity, maxLength: arity }), weight: 5 },
    { arbitrary: fc.array(numericArg, { minLength: arity, maxLength: arity }), weight: 4 },
    { arbitrary: fc.array(mixedArg, { minLength: 0, maxLength: arity }), weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// Checking one result
// ---------------------------------------------------------------------------------------------

/** The broadcast shape: max rows × max cols over the arguments (a missing one is a single blank). */
function expectedShape(args: readonly RawArg[], arity: number): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (let k = 0; k < arity; k++) {
    const arg = args[k];
    if (!Array.isArray(arg) || arg.length === 0) continue;
    const m = arg as readonly (readonly RawCell[])[];
    rows = Math.max(rows, m.length);
    cols = Math.max(cols, m[0]?.length ?? 1);
  }
  return { rows, cols };
}

interface Tally {
  lists: number;
  cells: number;
  numbers: number;
  strings: number;
  errors: number;
}

const describeArgs = (args: readonly RawArg[]): string => {
  const text = JSON.stringify(args, (_key, v: unknown) =>
    typeof v === "number" && !Number.isFinite(v) ? String(v) : v === undefined ? "undefined" : typeof v === "string" && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : v,
  );
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** Checks one call; returns a description of what is wrong, or undefined. */
function checkCall(id: string, args: RawArg[], tally: Tally): string | undefined {
  const spec = CATALOGUE[id]!;
  let result: unknown;
  try {
    result = run(spec, args);
  } catch (thrown) {
    return `threw ${String(thrown)}`;
  }
  if (!Array.isArray(result) || result.length === 0) return `not a non-empty array: ${String(result)}`;
  const { rows, cols } = expectedShape(args, spec.params.length);
  if (result.length !== rows) return `${result.length} rows, expected ${rows}`;
  for (const row of result as unknown[]) {
    if (!Array.isArray(row) || row.length === 0) return "a row is not a non-empty array";
    if (row.length !== cols) return `a row of ${row.length} cells, expected ${cols}`;
    for (const cell of row as unknown[]) {
      tally.cells++;
      if (typeof cell === "number") {
        if (!Number.isFinite(cell)) return `cell ${String(cell)}`;
        tally.numbers++;
      } else if (typeof cell === "string") {
        tally.strings++;
      } else if (cell instanceof PreviewError) {
        if (!ERROR_CODES.has(cell.code)) return `error code ${cell.code}`;
        if (cell.code === "#VALUE!" || cell.code === "#N/A") {
          if (typeof cell.message !== "string" || cell.message === "") return `${cell.code} without a message`;
          if (cell.message.startsWith("internal error")) return `internal error (a throw inside): ${cell.message}`;
          if (/\{(?:param|received|first|second|expected|entity|choices|detail)\}/.test(cell.message)) return `unfilled placeholder in "${cell.message}"`;
        } else if (cell.message !== undefined) {
          return `${cell.code} carries a message (Excel shows none): ${cell.message}`;
        }
        tally.errors++;
      } else {
        return `cell ${cell === null ? "null" : typeof cell}: ${String(cell)}`;
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The runs
// ---------------------------------------------------------------------------------------------

const IDS = Object.keys(CATALOGUE);
const total: Tally = { lists: 0, cells: 0, numbers: 0, strings: 0, errors: 0 };
const started = Date.now();

afterAll(() => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `fuzz TOTAL functions=${IDS.length} lists=${total.lists} cells=${total.cells} numbers=${total.numbers} strings=${total.strings} errors=${total.errors} seconds=${seconds}`,
  );
});

test("the fuzz covers every function of the catalogue", () => {
  expect(IDS.length).toBeGreaterThanOrEqual(24);
});

describe.each(IDS.map((id, index) => [id, index] as const))("fuzz %s", (id, index) => {
  test(`${LISTS_PER_FUNCTION} argument lists: only finite numbers, strings and the catalogue's error values`, () => {
    const arity = CATALOGUE[id]!.params.length;
    const lists = fc.sample(argListArb(arity), { numRuns: LISTS_PER_FUNCTION, seed: BASE_SEED + index });
    const tally: Tally = { lists: 0, cells: 0, numbers: 0, strings: 0, errors: 0 };
    const failures: string[] = [];
    for (const args of lists) {
      tally.lists++;
      const problem = checkCall(id, args, tally);
      if (problem !== undefined && failures.length < 10) failures.push(`${problem} ← ${id}${describeArgs(args)}`);
    }
    console.log(`fuzz ${id} lists=${tally.lists} cells=${tally.cells} numbers=${tally.numbers} strings=${tally.strings} errors=${tally.errors}`);
    for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key];
    expect(tally.lists).toBeGreaterThanOrEqual(LISTS_PER_FUNCTION);
    expect(failures).toEqual([]);
  });
});

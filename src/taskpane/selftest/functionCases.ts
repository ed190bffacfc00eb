/**
 * The fixed cases the self-test sends through Excel: every AI.* function at least once, on
 * ordinary values, a spill from ranges, an error value inside a range, Chinese amount text, a
 * period label, an omitted optional argument, the contract's error cases and FACT with 千朴AI.
 * `golden` values are the worked examples of the function contract (functions.md §2, §4); the
 * check also compares every cell with what the catalogue computes in this pane for the same inputs.
 */
export type Literal = number | string | boolean;
export type ErrorInput = { readonly error: "#N/A" | "#DIV/0!" };
export type InputCell = Literal | ErrorInput;

export type CaseArg =
  | { readonly kind: "literal"; readonly value: Literal }
  | { readonly kind: "range"; readonly cells: readonly (readonly InputCell[])[] }
  | { readonly kind: "omitted" };

export interface FunctionCase {
  readonly id: string;
  readonly fn: string;
  readonly args: readonly CaseArg[];
  /** The contract's worked example for this call, when it has one. */
  readonly golden?: readonly (readonly Literal[])[];
  /** Which Excel behaviour the case exercises (the report names it on failure). */
  readonly exercises: string;
}

const lit = (value: Literal): CaseArg => ({ kind: "literal", value });
const cells = (rows: readonly (readonly InputCell[])[]): CaseArg => ({ kind: "range", cells: rows });
const omitted: CaseArg = { kind: "omitted" };
const NA: ErrorInput = { error: "#N/A" };

export const FUNCTION_CASES: readonly FunctionCase[] = [
  { id: "LOSSRATIO.amountText", fn: "LOSSRATIO", args: [lit("36.05亿元"), lit("3.77亿元")], golden: [[9.562334217506631]], exercises: "Chinese amount text as arguments" },
  {
    id: "LOSSRATIO.errorInRange",
    fn: "LOSSRATIO",
    args: [cells([[3605000000], [NA], [100]]), cells([[377000000], [5], [0]])],
    golden: [[9.562334217506631], ["#N/A"], ["#DIV/0!"]],
    exercises: "a spill from ranges with an error value inside (allowErrorForDataTypeAny)",
  },
  { id: "LOSSRATIO.currencyMismatch", fn: "LOSSRATIO", args: [lit("1000亿美元"), lit("3.77亿元")], golden: [["#VALUE!"]], exercises: "mixed currencies give #VALUE!" },
  { id: "LOSSRATIO.boolean", fn: "LOSSRATIO", args: [lit(true), lit(1)], golden: [["#VALUE!"]], exercises: "a boolean argument gives #VALUE!" },
  { id: "NETMARGIN", fn: "NETMARGIN", args: [lit(-15e6), lit(4e6)], golden: [[-3.75]], exercises: "ordinary values" },
  { id: "GROSSMARGIN", fn: "GROSSMARGIN", args: [lit(100), lit(30)], golden: [[0.7]], exercises: "ordinary values" },
  { id: "GROSSMARGIN.numWins", fn: "GROSSMARGIN", args: [lit(0), lit(-1)], golden: [["#NUM!"]], exercises: "#NUM! before #DIV/0! (§4)" },
  { id: "GROWTH", fn: "GROWTH", args: [lit(90), lit(100)], golden: [[-0.1]], exercises: "ordinary values" },
  { id: "RULEOF40", fn: "RULEOF40", args: [lit(0.6), lit(-0.2)], golden: [[0.4]], exercises: "ordinary values" },
  { id: "PAYINGRATE", fn: "PAYINGRATE", args: [lit(1100), lit(50000)], golden: [[0.022]], exercises: "ordinary values" },
  { id: "PAYINGRATE.divZero", fn: "PAYINGRATE", args: [lit(5), lit(0)], golden: [["#DIV/0!"]], exercises: "a zero divisor gives #DIV/0!" },
  { id: "ARPU", fn: "ARPU", args: [lit(100000), lit(10000)], golden: [[10]], exercises: "ordinary values" },
  {
    id: "ARPPU.grid",
    fn: "ARPPU",
    args: [cells([[100000], [200000]]), cells([[1000, 2000]])],
    golden: [[100, 50], [200, 100]],
    exercises: "a column against a row spills a grid",
  },
  { id: "CAC", fn: "CAC", args: [lit(20000), lit(10)], golden: [[2000]], exercises: "ordinary values" },
  { id: "SUBSIDYCPA", fn: "SUBSIDYCPA", args: [lit(3e9), lit(1e8)], golden: [[30]], exercises: "an omitted optional argument" },
  { id: "CACPAYBACK", fn: "CACPAYBACK", args: [lit(1200), lit(200), lit(0.8)], golden: [[7.5]], exercises: "ordinary values" },
  { id: "CACPAYBACK.never", fn: "CACPAYBACK", args: [lit(1200), lit(200), lit(-0.1)], golden: [["#N/A"]], exercises: "a threshold never reached gives #N/A" },
  { id: "LTV", fn: "LTV", args: [lit(500), lit(0.7), lit(0.05)], golden: [[7000]], exercises: "ordinary values" },
  { id: "LTVCAC", fn: "LTVCAC", args: [lit(7000), lit(2000)], golden: [[3.5]], exercises: "ordinary values" },
  { id: "BURNMULTIPLE", fn: "BURNMULTIPLE", args: [lit(4e6), lit(5e6)], golden: [[0.8]], exercises: "ordinary values" },
  { id: "MONTHLYBURN", fn: "MONTHLYBURN", args: [lit(100e6), lit(40e6), lit(12)], golden: [[5000000]], exercises: "ordinary values" },
  { id: "RUNWAY", fn: "RUNWAY", args: [lit(250000), lit(50000)], golden: [[5]], exercises: "ordinary values" },
  { id: "RUNWAY.notBurning", fn: "RUNWAY", args: [lit(0), lit(0)], golden: [["#N/A"]], exercises: "#N/A before the special value (§4)" },
  { id: "RAISENEEDED", fn: "RAISENEEDED", args: [lit(2e6), lit(18)], golden: [[36000000]], exercises: "ordinary values" },
  {
    id: "BREAKEVENPAID.periodLabel",
    fn: "BREAKEVENPAID",
    args: [lit(3605000000), lit(20), omitted, lit("前三季度")],
    golden: [[20027777.777777776]],
    exercises: "a period label and an omitted optional argument between given ones",
  },
  { id: "BREAKEVENMAU", fn: "BREAKEVENMAU", args: [lit(1e8), lit(30), lit(0.01), lit(0.5)], golden: [[666666666.6666667]], exercises: "ordinary values" },
  { id: "ANNUALIZE.periodLabel", fn: "ANNUALIZE", args: [lit(377e6), lit("前三季度")], golden: [[502666666.6666667]], exercises: "a period label" },
  { id: "ANNUALIZE.domain", fn: "ANNUALIZE", args: [lit(1), lit(13)], golden: [["#NUM!"]], exercises: "outside the domain gives #NUM!" },
  { id: "PERIODMONTHS", fn: "PERIODMONTHS", args: [cells([["H1"], ["前三季度"], ["FY2025"]])], golden: [[6], [9], [12]], exercises: "text labels over a range" },
  { id: "PERIODMONTHS.unknown", fn: "PERIODMONTHS", args: [lit("someday")], golden: [["#VALUE!"]], exercises: "an unknown label gives #VALUE!" },
  { id: "PARSECN", fn: "PARSECN", args: [lit("约3,770万元")], golden: [[37700000]], exercises: "Chinese amount text" },
  { id: "PARSECN.vague", fn: "PARSECN", args: [lit("数百万")], golden: [["#N/A"]], exercises: "a vague amount gives #N/A" },
  { id: "PARSECN.CURRENCY", fn: "PARSECN.CURRENCY", args: [lit("1000亿美元")], golden: [["USD"]], exercises: "text results" },
  { id: "FORMATCN", fn: "FORMATCN", args: [lit(3605000000), lit(2), lit("元")], golden: [["36.05亿元"]], exercises: "Chinese text results" },
  { id: "FACT.qianpu", fn: "FACT", args: [lit("千朴AI"), lit("net_loss")], exercises: "FACT with the article's misprint 千朴AI (= 智谱AI), loaded on demand (#BUSY! first)" },
  { id: "FACT.minimax", fn: "FACT", args: [lit("MiniMax"), lit("revenue")], golden: [[377000000]], exercises: "FACT by name" },
  { id: "FACT.SOURCE", fn: "FACT.SOURCE", args: [lit("MiniMax"), lit("net_loss")], exercises: "an article sentence as a result" },
  { id: "FACTS", fn: "FACTS", args: [lit("Financials")], exercises: "a whole table spilled" },
];

/** Excel's text for a literal inside a formula. */
export function formulaLiteral(value: Literal): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value).toUpperCase();
  return `"${value.replace(/"/g, '""')}"`;
}

/** What a cell holding this input contains when written through Range.formulas. */
export function inputFormula(cell: InputCell): Literal {
  if (typeof cell === "object") return cell.error === "#N/A" ? "=NA()" : "=1/0";
  return cell;
}

export const isErrorInput = (cell: InputCell): cell is ErrorInput => typeof cell === "object";

import { type Shown, PENDING, asGrid, sameValue, showValue } from "./compare";
import { type CaseArg, type FunctionCase, FUNCTION_CASES, formulaLiteral, inputFormula, isErrorInput } from "./functionCases";
import type { Scratch } from "./scratch";
import { type AssociatedFunction, type CheckResult, describeError, type ExcelRun } from "./types";
import { columnLetter } from "../import/addresses";

/**
 * Functions inside Excel: each case's inputs and formula are written to the scratch sheet in one
 * batch, Excel is asked to calculate (Application.calculate, ExcelApi 1.8), and the results are
 * read back until nothing shows #BUSY! (or the time limit passes). Every cell of every spill is
 * compared with what the very functions Excel calls (captured CustomFunctions.associate
 * registrations) return in this pane for the same inputs, and with the contract's example.
 */

const FORMULA_COLUMN = 8; // column I: inputs go in A…G
const POLL_MS = 250;

interface Placed {
  readonly c: FunctionCase;
  readonly row: number; // 0-based row of the formula
  readonly expected: Shown[][] | undefined;
  readonly expectedError?: string;
}

const address = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** Each argument as Excel hands it to a function: a matrix parameter gets a 2-D array, an omitted one null. */
export function jsArgs(c: FunctionCase, scalarParams: ReadonlySet<number>): unknown[] {
  return c.args.map((arg, i) => {
    if (arg.kind === "omitted") return null;
    if (arg.kind === "literal") return scalarParams.has(i) ? arg.value : [[arg.value]];
    return arg.cells.map((row) => row.map((cell) => (isErrorInput(cell) ? { code: cell.error } : cell)));
  });
}

async function expectedFor(c: FunctionCase, functions: ReadonlyMap<string, AssociatedFunction>, scalarParams: ReadonlySet<number>): Promise<Shown[][]> {
  const fn = functions.get(c.fn);
  if (fn === undefined) throw new Error(`AI.${c.fn} is not registered in this pane's runtime`);
  return asGrid(await fn(...jsArgs(c, scalarParams)));
}

function formulaFor(c: FunctionCase, argAddress: (i: number) => string): string {
  const parts = c.args.map((arg: CaseArg, i) => (arg.kind === "omitted" ? "" : arg.kind === "literal" ? formulaLiteral(arg.value) : argAddress(i)));
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return `=AI.${c.fn}(${parts.join(",")})`;
}

function diagnose(c: FunctionCase, shown: unknown[][], expected: Shown[][], anchor: string): string | undefined {
  const problems: string[] = [];
  const rows = expected.length;
  const cols = Math.max(...expected.map((r) => r.length));
  for (let r = 0; r <= rows; r++) {
    for (let col = 0; col <= cols; col++) {
      const got = shown[r]?.[col] ?? "";
      const inside = r < rows && col < cols;
      const want: Shown = inside ? (expected[r]?.[col] ?? "") : "";
      if (!sameValue(got, want)) problems.push(`${inside ? `cell (${r + 1},${col + 1})` : `beyond the ${rows}×${cols} result at (${r + 1},${col + 1})`}: Excel ${showValue(got)}, catalogue ${showValue(want)}`);
    }
  }
  if (problems.length === 0) return undefined;
  const first = shown[0]?.[0];
  let hint = "";
  if (first === "#NAME?") hint = " — Excel does not know AI." + c.fn + ": the add-in's functions are not registered (reload the add-in; see Troubleshooting)";
  else if (typeof first === "string" && PENDING.has(first)) hint = " — still calculating when the time limit passed";
  else if (c.id === "LOSSRATIO.errorInRange" && rows > 1 && shown[1]?.[0] === "") hint = " — Excel did not pass the error cell to the function (allowErrorForDataTypeAny)";
  return `${anchor} ${formulaSummary(c)}: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? `; …${problems.length - 3} more` : ""}${hint}`;
}

const formulaSummary = (c: FunctionCase): string => `AI.${c.fn} (${c.exercises})`;

function goldenMismatch(c: FunctionCase, expected: Shown[][]): string | undefined {
  if (c.golden === undefined) return undefined;
  for (let r = 0; r < c.golden.length; r++) {
    for (let col = 0; col < (c.golden[r]?.length ?? 0); col++) {
      const want = c.golden[r]![col]!;
      const got = expected[r]?.[col];
      if (got === undefined || !sameValue(got, want)) return `the catalogue gives ${showValue(got)} where the contract says ${showValue(want)} (cell ${r + 1},${col + 1})`;
    }
  }
  return undefined;
}

export interface FunctionCheckOptions {
  readonly run: ExcelRun;
  readonly scratch: Scratch;
  readonly functions: ReadonlyMap<string, AssociatedFunction>;
  /** Parameter positions Excel passes as scalars, per function id (from functions.json). */
  readonly scalarParams: ReadonlyMap<string, ReadonlySet<number>>;
  readonly timeLimitMs: number;
  readonly cases?: readonly FunctionCase[];
}

export async function functionChecks(options: FunctionCheckOptions): Promise<CheckResult[]> {
  const cases = options.cases ?? FUNCTION_CASES;
  const results: CheckResult[] = [];
  const placed: Placed[] = [];
  let row = 0;
  for (const c of cases) {
    let expected: Shown[][] | undefined;
    let expectedError: string | undefined;
    try {
      expected = await expectedFor(c, options.functions, options.scalarParams.get(c.fn) ?? new Set());
    } catch (error) {
      expectedError = describeError(error);
    }
    placed.push({ c, row, expected, expectedError });
    const inputRows = Math.max(1, ...c.args.map((a) => (a.kind === "range" ? a.cells.length : 1)));
    row += Math.max(inputRows, expected?.length ?? 1) + 1;
  }
  const width = Math.max(1, ...placed.map((p) => Math.max(...(p.expected ?? [[""]]).map((r) => r.length))));
  const readAddress = `${address(0, FORMULA_COLUMN)}:${address(row, FORMULA_COLUMN + width)}`;

  await options.run({ delayForCellEdit: true }, async (context) => {
    const sheet = options.scratch.sheet(context);
    for (const p of placed) {
      let col = 0;
      const argAddress = new Map<number, string>();
      p.c.args.forEach((arg, i) => {
        if (arg.kind !== "range") return;
        const rows = arg.cells.length;
        const cols = Math.max(...arg.cells.map((r) => r.length));
        const at = `${address(p.row, col)}:${address(p.row + rows - 1, col + cols - 1)}`;
        sheet.getRange(at).formulas = arg.cells.map((r) => r.map(inputFormula));
        argAddress.set(i, at);
        col += cols;
      });
      sheet.getRange(address(p.row, FORMULA_COLUMN)).formulas = [[formulaFor(p.c, (i) => argAddress.get(i)!)]];
    }
    context.workbook.application.calculate("Recalculate");
    await context.sync();
  });

  const deadline = Date.now() + options.timeLimitMs;
  let grid: unknown[][] = [];
  for (;;) {
    grid = await readBlock(options, readAddress);
    const busy = placed.some((p) => (p.expected ?? [[""]]).some((r, i) => r.some((_, j) => PENDING.has(String(grid[p.row + i]?.[j] ?? "")))));
    if (!busy || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }

  for (const p of placed) {
    const id = `functions.${p.c.id}`;
    if (p.expected === undefined) {
      results.push({ id, group: "functions", status: "fail", detail: `cannot compute the expected value: ${p.expectedError ?? "unknown"}` });
      continue;
    }
    const shown = grid.slice(p.row, p.row + p.expected.length + 1).map((r) => r.slice(0, width + 1));
    const problem = diagnose(p.c, shown, p.expected, address(p.row, FORMULA_COLUMN)) ?? goldenMismatch(p.c, p.expected);
    const size = `${p.expected.length}×${Math.max(...p.expected.map((r) => r.length))}`;
    results.push(
      problem === undefined
        ? { id, group: "functions", status: "pass", detail: `${formulaSummary(p.c)}: Excel shows what the catalogue computes (${size}${p.c.golden ? ", = the contract's example" : ""})` }
        : { id, group: "functions", status: "fail", detail: problem },
    );
  }
  return results;
}

function readBlock(options: FunctionCheckOptions, at: string): Promise<unknown[][]> {
  return options.run({ delayForCellEdit: true }, async (context) => {
    const range = options.scratch.sheet(context).getRange(at).load("values");
    await context.sync();
    return range.values as unknown[][];
  });
}

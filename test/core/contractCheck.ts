import { type Case, type Expected, OMIT } from "./contract.cases";

/**
 * Runs one contract case through a function as Excel calls it and compares the result. Shared by
 * the adapter run (test/core/contract.test.ts) and the built-bundle run (test/addin/bundle.test.ts).
 */
export type ExcelFunction = (...args: unknown[]) => unknown;

/** Excel's view of an argument: a matrix for a value or a range, null when omitted. */
export const toExcelArg = (arg: unknown): unknown => (arg === OMIT ? null : Array.isArray(arg) ? arg : [[arg]]);

function cellMatches(actual: unknown, expected: Expected): boolean {
  if (typeof expected === "number") return typeof actual === "number" && Object.is(actual === 0 ? 0 : actual, expected === 0 ? 0 : expected);
  if (typeof expected === "string") return actual === expected;
  if (Array.isArray(expected)) return false;
  const error = expected as { error: string; says?: RegExp };
  if (typeof actual !== "object" || actual === null) return false;
  const { code, message } = actual as { code?: unknown; message?: unknown };
  if (code !== error.error) return false;
  return error.says === undefined || (typeof message === "string" && error.says.test(message));
}

/** The result's cells compared with the expected ones; "" when they match, else what differs. */
export function compare(result: unknown, expected: Expected): string {
  const rows = Array.isArray(expected) ? (expected as readonly (readonly Expected[])[]) : [[expected]];
  if (!Array.isArray(result)) return `not a 2-D result: ${JSON.stringify(result)}`;
  if (result.length !== rows.length) return `${result.length} rows, expected ${rows.length}`;
  for (let r = 0; r < rows.length; r++) {
    const got = result[r] as unknown[];
    const want = rows[r]!;
    if (!Array.isArray(got) || got.length !== want.length) return `row ${r}: ${JSON.stringify(got)}, expected ${want.length} cells`;
    for (let c = 0; c < want.length; c++) {
      if (!cellMatches(got[c], want[c]!)) return `cell [${r}][${c}] is ${show(got[c])}, expected ${show(want[c])}`;
    }
  }
  return "";
}

function show(value: unknown): string {
  if (value instanceof RegExp) return String(value);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const { code, message, error, says } = value as Record<string, unknown>;
    if (error !== undefined) return `${String(error)}${says === undefined ? "" : ` ${String(says)}`}`;
    return `${String(code)} ${message === undefined ? "" : JSON.stringify(message)}`;
  }
  return JSON.stringify(value);
}

export const caseName = ([fn, args]: Case): string =>
  `${fn}(${args.map((a) => (a === OMIT ? "" : typeof a === "number" && !Number.isFinite(a) ? String(a) : JSON.stringify(a))).join(", ")})`;

export async function runCase(fn: ExcelFunction | undefined, [id, args, expected]: Case): Promise<string> {
  if (fn === undefined) return `${id} is not registered`;
  const result = await fn(...args.map(toExcelArg));
  return compare(result, expected);
}
